import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * A link's token is 32 bytes, random or an HMAC under the portal's secret: unguessable, and only its SHA-256 is stored. Looking a row up
 * by the hash of what was presented needs no constant-time comparison: the database compares
 * hashes, which tell an attacker nothing about the token.
 */

const TOKEN_BYTES = 32;
/** base64url of 32 bytes, without padding */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export const newToken = () => randomBytes(TOKEN_BYTES).toString('base64url');

/**
 * The token of one e-mail's link: an HMAC of the link's identity and the e-mail's idempotency key,
 * so a retried issue for the same e-mail gets the very token the outbox already holds, while only
 * its hash is stored. As unguessable as a random one without the portal's secret; without an
 * issue key, a random one.
 */
export function issuedToken(secret: string, issue: { roundId: string; person: { id: string }; planVersion: number; issueKey?: string | undefined }): string {
  if (!issue.issueKey) return newToken();
  return formToken(secret, 'decision-link-token', `${issue.roundId}\n${issue.person.id}\n${issue.planVersion}\n${issue.issueKey}`);
}

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** A truncated or altered token is refused before any database work. */
export const isWellFormedToken = (token: string) => tokenPattern.test(token);

/** An HMAC bound to a purpose and a subject (a link, a session, a browser): valid for that one only. */
export function formToken(secret: string, purpose: string, subject: string): string {
  return createHmac('sha256', secret).update(`${purpose}\n${subject}`).digest('base64url');
}

export function formTokenMatches(secret: string, purpose: string, subject: string, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const expected = Buffer.from(formToken(secret, purpose, subject));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const linkSubject = (link: { id: string; token_hash: string }) => `${link.id}\n${link.token_hash}`;

/**
 * The anti-forgery value of a link's form: bound to the link and its current token hash, so it is
 * valid for this link only, and no longer once a retried issue has rotated the token.
 */
export const csrfValue = (secret: string, link: { id: string; token_hash: string }) =>
  formToken(secret, 'decision-form', linkSubject(link));

export const csrfMatches = (secret: string, link: { id: string; token_hash: string }, presented: unknown) =>
  formTokenMatches(secret, 'decision-form', linkSubject(link), presented);
