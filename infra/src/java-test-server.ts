import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { cacheDir, repoRoot } from './paths.js';
import { PrerequisiteError } from './prerequisite-error.js';
import { timedStep } from './progress.js';

const run = promisify(execFile);

/** Pinned in infra/test-server/pom.xml. */
export const JAVA_TEST_SERVER_VERSION = '1.38.0';

/**
 * A launcher for Temporal's Java test server, whose clock skips ahead whenever every workflow
 * waits on a timer: a test of reminders days apart runs in seconds. Maven resolves the pinned
 * artifact once; the launcher and its classpath are cached like the Temporal CLI.
 */
export async function ensureJavaTestServer(log: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const folder = path.join(cacheDir(env), `temporal-test-server-${JAVA_TEST_SERVER_VERSION}`);
  const launcher = path.join(folder, 'temporal-test-server');
  if (existsSync(launcher)) return launcher;
  for (const [tool, args] of [['java', ['-version']], ['mvn', ['-v']]] as const) {
    try {
      await run(tool, [...args], { timeout: 30_000, env });
    } catch {
      throw new PrerequisiteError(`${tool} is not available; the time-skipping tests need Java 17+ and Maven for Temporal's Java test server`, 'Install a JDK and Maven (Debian: apt-get install default-jdk-headless maven)');
    }
  }
  mkdirSync(folder, { recursive: true });
  const classpathFile = path.join(folder, 'classpath.txt');
  try {
    await timedStep(log, 'temporal', `downloading Temporal's Java test server ${JAVA_TEST_SERVER_VERSION}`, () =>
      run('mvn', ['-q', '-B', '-f', path.join(repoRoot, 'infra', 'test-server', 'pom.xml'), 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`], { timeout: 600_000, env }),
    { estimate: 'about 1 min', detail: `with Maven, cached in ${folder}` });
  } catch (error) {
    throw new PrerequisiteError(`Maven could not resolve io.temporal:temporal-test-server:${JAVA_TEST_SERVER_VERSION} (${(error as Error).message.split('\n')[0]})`, 'Check that Maven Central is reachable');
  }
  const classpath = readFileSync(classpathFile, 'utf8').trim();
  // Started without --enable-time-skipping, the server's clock stays put until the SDK unlocks it
  // (env.sleep, awaiting a result); with it, the clock races ahead whenever workflows only wait.
  const script = `#!/bin/sh
exec java -Xss4m -cp '${classpath}' io.temporal.testserver.TestServer "$@"
`;
  const partial = `${launcher}.partial-${process.pid}`;
  writeFileSync(partial, script);
  chmodSync(partial, 0o755);
  renameSync(partial, launcher);
  return launcher;
}
