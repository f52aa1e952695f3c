/**
 * `npm run migrate [plans|notifications|portal …]`: every service's migrations (or those named),
 * one service after the other, then exit: a deploy's init step before the new version starts
 * (infra/deploy). Idempotent: a second run applies nothing. Each service's schema is migrated by
 * its owner: `<SERVICE>_DATABASE_OWNER_URL`, else DATABASE_OWNER_URL, else DATABASE_URL.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { DATABASE_SERVICES, type DatabaseService } from '../database-roles.js';
import { repoRoot, runsTypeScript } from '../paths.js';

const log = (line: string) => process.stdout.write(`${line}\n`);
const servicesSchema = z.array(z.enum(DATABASE_SERVICES));

function ownerUrlOf(service: DatabaseService): string | undefined {
  const env = process.env;
  return env[`${service.toUpperCase()}_DATABASE_OWNER_URL`] || env.DATABASE_OWNER_URL || env.DATABASE_URL || undefined;
}

/** The service's own migrate command, in a process of its own, with the owner's URL alone. */
function migrateService(service: DatabaseService, ownerUrl: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...runsTypeScript, path.join(repoRoot, 'services', service, 'src', 'cli', 'migrate.ts')], {
      cwd: repoRoot,
      // Not the other services' URLs: a process is given what it needs.
      env: { ...withoutDatabaseUrls(process.env), DATABASE_OWNER_URL: ownerUrl },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', resolve);
  });
}

function withoutDatabaseUrls(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/DATABASE(_OWNER)?_URL$/.test(name)));
}

async function main(): Promise<number> {
  const named = servicesSchema.safeParse(process.argv.slice(2));
  if (!named.success) {
    log(`migrate: unknown service among ${process.argv.slice(2).join(' ')}; choose among ${DATABASE_SERVICES.join(', ')} (none: all)`);
    return 2;
  }
  const services = named.data.length > 0 ? named.data : [...DATABASE_SERVICES];
  const missing = services.filter((service) => !ownerUrlOf(service));
  if (missing.length > 0) {
    log(`migrate: no database for ${missing.join(', ')}: set DATABASE_URL (npm start prints its own as \`database:\`), DATABASE_OWNER_URL or <SERVICE>_DATABASE_OWNER_URL`);
    return 2;
  }
  for (const service of services) {
    const code = await migrateService(service, ownerUrlOf(service)!);
    if (code !== 0) {
      log(`migrate: ${service} failed (exit code ${code}); the services after it were not migrated`);
      return 1;
    }
  }
  log(`migrate: ${services.join(', ')} up to date`);
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  log(`migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
