import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { signStatement, verifyStatement, type ServiceSigningKey, type TrustedServiceKeys } from '@jalon/auth';
import canonicalize from 'canonicalize';
import { z } from 'zod';

/**
 * Signed heads of the audit chain, kept outside the database: someone who can rewrite the table
 * (a superuser) can recompute every hash, but cannot sign a new head with the plans service's key,
 * nor remove lines from a file they cannot reach. One JSON object a line, appended, never rewritten.
 */
export const HEADS_FILE = 'audit-heads.jsonl';

export const chainHeadSchema = z.object({
  id: z.number().int(),
  rowHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** the row's `at`, as hashed */
  at: z.string().min(1),
});
export type ChainHead = z.infer<typeof chainHeadSchema>;

export const signedHeadSchema = z.object({
  head: chainHeadSchema,
  signedAt: z.iso.datetime(),
  kid: z.string().min(1),
  signature: z.string().min(1),
});
export type SignedHead = z.infer<typeof signedHeadSchema>;

/** What is signed: the head and when, in canonical JSON, so any verifier rebuilds the same bytes. */
const statementOf = (head: ChainHead, signedAt: string) => canonicalize({ statement: 'jalon.plans.audit-head', head, signedAt }) ?? '';

export function signHead(key: ServiceSigningKey, head: ChainHead, signedAt = new Date()): SignedHead {
  const at = signedAt.toISOString();
  return { head, signedAt: at, ...signStatement(key, statementOf(head, at)) };
}

export function appendSignedHead(dir: string, signed: SignedHead): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // One write of one line with O_APPEND: two processes appending never interleave within a line.
  appendFileSync(path.join(dir, HEADS_FILE), `${JSON.stringify(signed)}\n`, { mode: 0o600 });
}

export type HeadLine = { line: number } & ({ ok: true; signed: SignedHead } | { ok: false; problem: string });

/** Every line of the heads file, each either a head the plans service signed or the reason it is not. */
export function readSignedHeads(dir: string, trusted: TrustedServiceKeys): HeadLine[] {
  const file = path.join(dir, HEADS_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').flatMap((text, i): HeadLine[] => {
    if (text.trim() === '') return [];
    const line = i + 1;
    let parsed: ReturnType<typeof signedHeadSchema.safeParse>;
    try {
      parsed = signedHeadSchema.safeParse(JSON.parse(text));
    } catch {
      return [{ line, ok: false, problem: 'is not JSON' }];
    }
    if (!parsed.success) return [{ line, ok: false, problem: 'is not a signed head' }];
    const signed = parsed.data;
    if (!verifyStatement(trusted, 'plans', statementOf(signed.head, signed.signedAt), signed)) {
      return [{ line, ok: false, problem: `has no valid signature by a trusted key of the plans service (key ${signed.kid})` }];
    }
    return [{ line, ok: true, signed }];
  });
}

/** The last head in the file, to avoid signing the same head twice in a row. */
export function lastSignedHead(dir: string): ChainHead | undefined {
  const file = path.join(dir, HEADS_FILE);
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  try {
    return signedHeadSchema.parse(JSON.parse(lines[lines.length - 1] ?? '')).head;
  } catch {
    return undefined;
  }
}
