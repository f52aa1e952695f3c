import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** A key id travels in every payload's metadata: short, and never anything personal. */
export const payloadKeyIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1 to 64 letters, digits, dots, dashes or underscores');

/** AES-256 keys by id, base64 (standard or URL alphabet) of exactly 32 bytes. */
export const payloadKeysSchema = z.record(payloadKeyIdSchema, z.string().transform((text, ctx) => {
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32) {
    ctx.addIssue({ code: 'custom', message: 'must be the base64 of 32 random bytes' });
    return z.NEVER;
  }
  return key;
})).refine((keys) => Object.keys(keys).length > 0, 'must hold at least one key');
export type PayloadKeys = z.infer<typeof payloadKeysSchema>;

/** The keyring the codec works with: the key new payloads are encrypted with, and every key that still decrypts. */
export interface PayloadKeyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** A new random key, as JALON_PAYLOAD_KEYS holds it. */
export const generatePayloadKey = (): string => randomBytes(32).toString('base64');

/**
 * The keyring from the configuration: the current key id must name one of the keys; it may be left
 * out when there is a single key. Several keys without a current one are refused rather than guessed.
 */
export function payloadKeyring(keys: PayloadKeys, currentKeyId: string | undefined): PayloadKeyring {
  const ids = Object.keys(keys);
  const current = currentKeyId ?? (ids.length === 1 ? ids[0] : undefined);
  if (current === undefined) throw new Error('JALON_PAYLOAD_KEY_ID: required when JALON_PAYLOAD_KEYS holds several keys');
  if (!ids.includes(current)) throw new Error(`JALON_PAYLOAD_KEY_ID: names no key of JALON_PAYLOAD_KEYS (${current})`);
  return { currentKeyId: current, keys: new Map(Object.entries(keys)) };
}
