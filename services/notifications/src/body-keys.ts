import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { attachmentsSchema } from '@jalon/contracts';
import { z } from 'zod';

/*
 * The outbox's bodies are sealed (AES-256-GCM) before they reach the table: they carry personal
 * decision and sign-in links, and a copy of the database (a backup, a dump handed to support) must
 * not open anyone's page. Each sealed body names the id of its key, so keys rotate: the first key
 * of OUTBOX_KEYS seals, every key listed opens.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export interface SealedBody { keyId: string; sealed: string }

/**
 * What a row keeps sealed: everything that may hold a link, and the files the e-mail carries (a
 * plan's PDF is not secret, but one storage path means one retention and one purge). The subject
 * never holds a link, and stays readable.
 */
export const bodyContentSchema = z.object({ text: z.string(), html: z.string(), params: z.unknown(), attachments: attachmentsSchema.optional() });
export type BodyContent = z.infer<typeof bodyContentSchema>;

export class BodyKeyUnavailable extends Error {
  readonly keyId: string;

  constructor(keyId: string) {
    super(`the e-mail was sealed with key "${keyId}", which OUTBOX_KEYS does not list; add that key back to send it`);
    this.keyId = keyId;
  }
}

export class BodyKeyring {
  private readonly keys: Map<string, Buffer>;

  /** The first key seals; all of them open. */
  constructor(keys: Array<{ id: string; key: Buffer }>) {
    if (keys.length === 0) throw new Error('a body keyring needs at least one key');
    for (const { id, key } of keys) {
      if (!KEY_ID.test(id)) throw new Error(`key id "${id}": letters, digits, - and _ only, at most 32`);
      if (key.length !== 32) throw new Error(`key "${id}": must be 32 bytes`);
    }
    this.keys = new Map(keys.map(({ id, key }) => [id, key]));
  }

  get currentKeyId(): string {
    return this.keys.keys().next().value!;
  }

  /** `binding` is the row's identity: a sealed body moved to another row does not open there. */
  seal(binding: string, content: BodyContent): SealedBody {
    const keyId = this.currentKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(keyId)!, iv);
    cipher.setAAD(Buffer.from(`${keyId}\n${binding}`));
    const body = Buffer.concat([cipher.update(JSON.stringify(content), 'utf8'), cipher.final()]);
    return { keyId, sealed: Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64') };
  }

  /** Throws BodyKeyUnavailable for a key no longer configured, and on any alteration. */
  open(binding: string, { keyId, sealed }: SealedBody): BodyContent {
    const key = this.keys.get(keyId);
    if (!key) throw new BodyKeyUnavailable(keyId);
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(`${keyId}\n${binding}`));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    return bodyContentSchema.parse(JSON.parse(plain));
  }

  /** A key for one process only (development and tests without OUTBOX_KEYS): what it seals dies with it. */
  static ephemeral(): BodyKeyring {
    return new BodyKeyring([{ id: `process-${randomBytes(4).toString('hex')}`, key: randomBytes(32) }]);
  }
}

/** OUTBOX_KEYS: `id:key,id:key`, each key 32 bytes in base64 or base64url; the first one seals. */
export const bodyKeysSchema = z.string().trim().min(1).transform((value, ctx) => {
  const keys: Array<{ id: string; key: Buffer }> = [];
  for (const [i, entry] of value.split(',').map((e) => e.trim()).entries()) {
    const at = entry.indexOf(':');
    const id = entry.slice(0, at);
    const key = Buffer.from(entry.slice(at + 1).replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (at < 1 || !KEY_ID.test(id) || key.length !== 32) {
      ctx.addIssue({ code: 'custom', path: [i], message: `entry ${i + 1} must be <id>:<32 bytes in base64>, the id of letters, digits, - or _` });
      return z.NEVER;
    }
    keys.push({ id, key });
  }
  if (new Set(keys.map((k) => k.id)).size !== keys.length) {
    ctx.addIssue({ code: 'custom', message: 'each key id once' });
    return z.NEVER;
  }
  return new BodyKeyring(keys);
});

/** The binding of a row's sealed body: its caller and idempotency key, which never change. */
export const bodyBinding = (row: { requested_by: string; idempotency_key: string }) => `${row.requested_by}\n${row.idempotency_key}`;
