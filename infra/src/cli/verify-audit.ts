/**
 * `npm run verify-audit [-- --sign]`: the plans service's verify-audit (services/plans/src/cli/
 * verify-audit.ts), with what is not set taken from `npm start`'s data folder (JALON_DATA_DIR):
 * the local server's URL (it must be running), the signed heads folder and the plans service's keys.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { auditHeadsDir, dataDir, repoRoot, runsTypeScript } from '../paths.js';
import { localPostgresUrl } from '../postgres-server.js';
import { runConfigSchema } from '../run-config.js';
import { serviceKeysIn } from '../service-keys.js';

const data = dataDir();
const env: NodeJS.ProcessEnv = { ...process.env };
const passwordFile = path.join(data, 'postgres-password');
if (!env.DATABASE_URL && existsSync(passwordFile)) {
  const { JALON_POSTGRES_PORT } = runConfigSchema.pick({ JALON_POSTGRES_PORT: true }).parse(process.env);
  env.DATABASE_URL = localPostgresUrl(JALON_POSTGRES_PORT, readFileSync(passwordFile, 'utf8').trim());
}
if (!env.AUDIT_HEADS_DIR && existsSync(auditHeadsDir(data))) env.AUDIT_HEADS_DIR = auditHeadsDir(data);
if (!env.JALON_TRUSTED_KEYS && existsSync(path.join(data, 'service-keys', 'plans.jwk.json'))) {
  Object.assign(env, (await serviceKeysIn(data))('plans'));
}
const child = spawn(process.execPath, [...runsTypeScript, path.join(repoRoot, 'services/plans/src/cli/verify-audit.ts'), ...process.argv.slice(2)], {
  cwd: repoRoot, env, stdio: 'inherit',
});
child.once('exit', (code) => process.exit(code ?? 1));
