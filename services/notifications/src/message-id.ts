import { createHash } from 'node:crypto';

/**
 * The Message-ID of the e-mail for an idempotency key (prefixed with its caller, whose key it is). It
 * depends on the key alone, so every attempt and any duplicate carries the same one, and mail clients
 * show a duplicate as one message.
 */
export function stableMessageId(scopedKey: string, mailDomain: string): string {
  const hash = createHash('sha256').update(scopedKey, 'utf8').digest('hex').slice(0, 32);
  return `<${hash}@${mailDomain}>`;
}
