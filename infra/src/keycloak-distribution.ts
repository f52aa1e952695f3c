import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { cacheDir } from './paths.js';
import { PrerequisiteError } from './prerequisite-error.js';
import { timedStep } from './progress.js';

const run = promisify(execFile);

/** The Keycloak release Jalon is tested with (26.7.3 runs on Java 17; later ones may need Java 21). */
export const KEYCLOAK_VERSION = '26.7.3';
const ARTIFACT = `org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip`;

/** Build-time options: changing them means building again, so they are part of the cache's name. */
const BUILD_OPTIONS = ['--db=dev-file', '--health-enabled=true'];

export function cachedKeycloakHome(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheDir(env), `keycloak-${KEYCLOAK_VERSION}-dev-file`);
}

async function step(log: (line: string) => void, what: string, command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }, estimate?: string): Promise<void> {
  // A line every 20 s: a first start spends minutes here, and silence looks like a hang.
  await timedStep(log, 'identity-provider', what, () => new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(stderr.trim().split('\n').slice(-3).join(' | ') || `exit code ${code}`))));
  }), estimate ? { estimate } : {});
}

/**
 * Keycloak, downloaded from Maven Central and built once (its build step takes a minute or two),
 * then reused from the cache by every checkout on the machine. Each run keeps its own database
 * (see startKeycloak), so the cached home is never written after the build.
 */
export async function ensureKeycloak(log: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const home = cachedKeycloakHome(env);
  if (existsSync(path.join(home, '.built'))) return home;
  for (const [tool, args] of [['java', ['-version']], ['mvn', ['-v']]] as const) {
    try {
      await run(tool, [...args], { timeout: 30_000, env });
    } catch {
      throw new PrerequisiteError(`${tool} is not available; the local identity provider (Keycloak) needs Java 17+ and Maven`, 'Install a JDK and Maven (Debian: apt-get install default-jdk-headless maven), or set OIDC_ISSUER to an existing provider');
    }
  }
  mkdirSync(path.dirname(home), { recursive: true });
  const work = mkdtempSync(`${home}.partial-`);
  try {
    log(`identity-provider: Keycloak ${KEYCLOAK_VERSION} comes from Maven Central (about 170 MB) and is cached in ${home}`);
    await step(log, `downloading Keycloak ${KEYCLOAK_VERSION}`, 'mvn', ['-q', '-B', 'dependency:copy', `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${work}`], { env }, 'about 1 min');
    const zip = path.join(work, `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip`);
    // The JDK's own jar tool unpacks it, so nothing beyond Java and Maven is needed.
    await step(log, 'unpacking Keycloak', 'jar', ['xf', zip], { cwd: work, env });
    rmSync(zip);
    const unpacked = path.join(work, `keycloak-${KEYCLOAK_VERSION}`);
    await run('chmod', ['+x', ...['kc.sh', 'kcadm.sh', 'kcreg.sh'].map((f) => path.join(unpacked, 'bin', f))]);
    await step(log, 'building Keycloak', path.join(unpacked, 'bin', 'kc.sh'), ['build', ...BUILD_OPTIONS], { env: { ...env, JAVA_OPTS_APPEND: '-Xmx768m' } }, 'about 1.5 min on 2 cores');
    writeFileSync(path.join(unpacked, '.built'), `${BUILD_OPTIONS.join(' ')}\n`);
    // Another process may have finished first: either copy is complete, keep the one in place.
    if (!existsSync(path.join(home, '.built'))) {
      rmSync(home, { recursive: true, force: true });
      renameSync(unpacked, home);
    }
  } catch (error) {
    throw error instanceof PrerequisiteError ? error
      : new PrerequisiteError(`Keycloak ${KEYCLOAK_VERSION} could not be obtained or built (${(error as Error).message})`, 'Check that Maven Central is reachable, or set OIDC_ISSUER to an existing provider');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return home;
}
