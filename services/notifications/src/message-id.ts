import { createHash } from 'node:crypto';

/**
 * The Message-ID of the e-mail for an idempotency key. It depends on the key alone, so every attempt
 * and any duplicate carries the same one, and mail clients show a duplicate as one message.
 */
export function stableMessageId(idempotencyKey: string, mailDomain: string): string {
  const hash = createHash('sha256').update(idempotencyKey, 'utf8').digest('hex').slice(0, 32);
  return `<${hash}@${mailDomain}>`;
}
