import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';
import type { PayloadKeyring } from './payload-keys.js';

// The package is CommonJS: its namespace comes through the default import.
const { Payload: PayloadMessage } = proto.temporal.api.common.v1;

/** The metadata an encrypted payload carries; the Temporal UI and other SDKs' codecs know these names. */
export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const text = (value: string) => new TextEncoder().encode(value);
const read = (value: Uint8Array | null | undefined) => (value ? Buffer.from(value).toString('utf8') : undefined);

/** Raised when a payload cannot be decrypted: its key is unknown here, or it was altered. */
export class PayloadDecryptionError extends Error {
  override name = 'PayloadDecryptionError';
}

/**
 * Encrypts every payload (the whole payload, its metadata included, so the encoding and type of
 * the value are hidden too) with AES-256-GCM under the current key, and names that key in the
 * metadata so that keys can rotate: a payload decrypts with whichever key encrypted it, as long as
 * that key is still configured. The key id is also the authenticated data, so a payload cannot be
 * passed off as encrypted under another key. Payloads written before encryption, or by a process
 * without it, decode as they are: histories recorded before keep replaying.
 */
export class EncryptionCodec implements PayloadCodec {
  private readonly keyring: PayloadKeyring;
  constructor(keyring: PayloadKeyring) {
    this.keyring = keyring;
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const keyId = this.keyring.currentKeyId;
    const key = this.keyring.keys.get(keyId)!;
    return payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(text(keyId));
      const clear = PayloadMessage.encode(payload).finish();
      const sealed = Buffer.concat([iv, cipher.update(clear), cipher.final(), cipher.getAuthTag()]);
      return { metadata: { encoding: text(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: text(keyId) }, data: sealed };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (read(payload.metadata?.encoding) !== ENCRYPTED_ENCODING) return payload;
      const keyId = read(payload.metadata?.[KEY_ID_METADATA]);
      const key = keyId === undefined ? undefined : this.keyring.keys.get(keyId);
      if (!key || keyId === undefined) throw new PayloadDecryptionError(`No payload key ${keyId ?? '(none named)'} is configured (JALON_PAYLOAD_KEYS): keep retired keys until no history needs them`);
      const sealed = Buffer.from(payload.data ?? new Uint8Array());
      if (sealed.length < IV_BYTES + TAG_BYTES) throw new PayloadDecryptionError(`An encrypted payload (key ${keyId}) is truncated`);
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
      decipher.setAAD(text(keyId));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      let clear: Buffer;
      try {
        clear = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
      } catch {
        throw new PayloadDecryptionError(`An encrypted payload (key ${keyId}) does not decrypt: it was altered, or the key under that id changed`);
      }
      return PayloadMessage.decode(clear);
    });
  }
}
