import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatePayloadKey, payloadKeysSchema } from '@jalon/temporal-connection';
import { z } from 'zod';

const keyFileSchema = z.object({ currentKeyId: z.string().min(1), keys: z.record(z.string(), z.string()) });

/**
 * The key that encrypts Temporal payloads in a local run, made at the first start into the data
 * folder (only the owner may read it) and reused after: workflows started before a restart must
 * still decrypt. A key added to the file's `keys` with a new `currentKeyId` rotates it; the old
 * ones keep decrypting. Production sets JALON_PAYLOAD_KEYS and JALON_PAYLOAD_KEY_ID from its secrets.
 */
export function payloadKeysIn(dataFolder: string): Record<'JALON_PAYLOAD_KEYS' | 'JALON_PAYLOAD_KEY_ID', string> {
  const file = path.join(dataFolder, 'payload-keys.json');
  if (!existsSync(file)) {
    const keyId = `local-${new Date().toISOString().slice(0, 10)}`;
    writeFileSync(file, `${JSON.stringify({ currentKeyId: keyId, keys: { [keyId]: generatePayloadKey() } }, null, 1)}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  const saved = keyFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  payloadKeysSchema.parse(saved.keys);
  return { JALON_PAYLOAD_KEYS: JSON.stringify(saved.keys), JALON_PAYLOAD_KEY_ID: saved.currentKeyId };
}
