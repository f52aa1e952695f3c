/**
 * `npm run verify-audit`: walks the plans service's audit chain and checks it against the signed
 * heads. Exit 0 with the row count and head on an intact log; 1 with a line naming the first broken
 * row and what differs otherwise, or the reason it could not check. `--sign` then signs the head
 * it has just verified (needs the plans service's key), e.g. before a backup.
 *
 *   DATABASE_URL       the database (any role that may read plans.audit_log)
 *   AUDIT_HEADS_DIR    the signed heads folder; JALON_TRUSTED_KEYS: the public keys to check them with
 *   JALON_SERVICE_KEY  the plans service's key, for --sign only
 * Under `npm start` the root script fills these from the data folder (infra/src/cli/verify-audit.ts).
 */
import { parseArgs } from 'node:util';
import { jsonVariable, serviceSigningKeySchema, trustedServiceKeysSchema } from '@jalon/auth';
import { ConfigurationError, createDatabase, parseEnv, runMain } from '@jalon/service-kit';
import { z } from 'zod';
import { signCurrentHead } from '../audit-chain/head-signing.js';
import { readSignedHeads } from '../audit-chain/signed-heads.js';
import { verifyChain } from '../audit-chain/verify-chain.js';
import { PLANS_SCHEMA } from '../config.js';

const say = (line: string) => process.stdout.write(`verify-audit: ${line}\n`);

runMain('verify-audit', async () => {
  const { values } = parseArgs({ options: { sign: { type: 'boolean', default: false } } });
  const env = parseEnv(z.object({
    DATABASE_URL: z.string().min(1, 'the PostgreSQL connection URL is required'),
    AUDIT_HEADS_DIR: z.string().min(1).optional(),
    JALON_TRUSTED_KEYS: jsonVariable(trustedServiceKeysSchema).optional(),
    JALON_SERVICE_KEY: jsonVariable(serviceSigningKeySchema).optional(),
  }));
  if (env.AUDIT_HEADS_DIR && !env.JALON_TRUSTED_KEYS?.plans) {
    throw new ConfigurationError('JALON_TRUSTED_KEYS must list the plans service\'s public keys to check the signed heads');
  }
  if (values.sign && (!env.AUDIT_HEADS_DIR || env.JALON_SERVICE_KEY?.service !== 'plans')) {
    throw new ConfigurationError('--sign needs AUDIT_HEADS_DIR and JALON_SERVICE_KEY, the plans service\'s key');
  }
  const db = createDatabase(env.DATABASE_URL, PLANS_SCHEMA, 1);
  try {
    const heads = env.AUDIT_HEADS_DIR ? readSignedHeads(env.AUDIT_HEADS_DIR, env.JALON_TRUSTED_KEYS ?? {}) : [];
    const verdict = await verifyChain(db, heads);
    if (!verdict.intact) {
      say(`BROKEN at ${verdict.id === undefined ? 'the signed heads' : `row ${verdict.id}`}: ${verdict.problem}`);
      process.exitCode = 1;
      return;
    }
    const head = verdict.head ? `head row ${verdict.head.id} (${verdict.head.at}) ${verdict.head.rowHash}` : 'no head (empty log)';
    say(`intact: ${verdict.rows} rows, ${head}; ${verdict.signedHeads} signed heads checked`);
    if (!env.AUDIT_HEADS_DIR) say('warning: AUDIT_HEADS_DIR is not set, so a truncated log or removed last rows cannot be detected');
    else if (verdict.signedHeads === 0 && verdict.rows > 0) say('warning: no signed head yet, so a truncated log or removed last rows cannot be detected');
    if (values.sign && env.AUDIT_HEADS_DIR && env.JALON_SERVICE_KEY) {
      const signed = await signCurrentHead(db, env.AUDIT_HEADS_DIR, env.JALON_SERVICE_KEY);
      say(signed ? `signed head row ${signed.head.id} at ${signed.signedAt}` : 'the head was already signed');
    }
  } finally {
    await db.destroy();
  }
});
