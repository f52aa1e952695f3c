import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { z } from 'zod';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A key of its own for each purpose, derived from the portal's secret: one leaked purpose reveals no other. */
const keyFor = (secret: string, purpose: string) => Buffer.from(hkdfSync('sha256', secret, 'jalon-portal', purpose, 32));

/**
 * A value the browser keeps but can neither read nor change (AES-256-GCM): what the sign-in with
 * the provider must remember between leaving for the provider and coming back. It carries its own
 * expiry, so an old copy is refused even if the browser kept the cookie.
 */
export function seal(secret: string, purpose: string, value: unknown, ttlSeconds: number): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret, purpose), iv);
  cipher.setAAD(Buffer.from(purpose));
  const plain = JSON.stringify({ value, expiresAt: Date.now() + ttlSeconds * 1000 });
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

/** The sealed value, or undefined when it was altered, sealed for another purpose, expired or is not of the expected shape. */
export function unseal<T extends z.ZodType>(secret: string, purpose: string, sealed: string | undefined, schema: T): z.output<T> | undefined {
  if (!sealed || sealed.length > 8192) return undefined;
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret, purpose), raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    const { value, expiresAt } = JSON.parse(plain) as { value: unknown; expiresAt: number };
    if (typeof expiresAt !== 'number' || expiresAt <= Date.now()) return undefined;
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
