import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PrerequisiteError } from './prerequisite-error.js';
import { timedStep } from './progress.js';

const run = promisify(execFile);

/** One program of a pinned Go module: its package, the file name it gets, and its -ldflags. */
export interface GoProgram {
  pkg: string;
  file: string;
  ldflags?: string;
}

/**
 * A cache key for a build: go.mod, go.sum and how each program is built. Changing a pin or a flag
 * (the CLI's version string) gives a new key, so an older build is never taken for the new one.
 */
export function pinnedBuildKey(moduleDir: string, programs: GoProgram[]): string {
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum']) hash.update(readFileSync(path.join(moduleDir, file)));
  hash.update(JSON.stringify(programs));
  return hash.digest('hex').slice(0, 12);
}

/** `go version`'s line, or undefined when Go is not installed. */
export async function goVersion(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    return (await run('go', ['version'], { timeout: 10_000, env })).stdout.trim();
  } catch {
    return undefined;
  }
}

/** Where the pinned module lives in Go's module cache (its schema files are read from there). */
export async function goModuleDir(moduleDir: string, modulePath: string, env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run('go', ['list', '-mod=readonly', '-m', '-f', '{{.Dir}}', modulePath], { cwd: moduleDir, env, timeout: 300_000 });
  return stdout.trim();
}

function goBuild(moduleDir: string, program: GoProgram, out: string, env: NodeJS.ProcessEnv): Promise<void> {
  const args = ['build', '-trimpath', ...(program.ldflags ? ['-ldflags', program.ldflags] : []), '-o', out, program.pkg];
  return new Promise<void>((resolve, reject) => {
    const child = spawn('go', args, {
      cwd: moduleDir,
      // -mod=readonly: the build uses exactly what go.sum pins and fails rather than resolving anew.
      env: { ...env, GOFLAGS: `${env.GOFLAGS ?? ''} -mod=readonly`.trim(), CGO_ENABLED: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) return resolve();
      reject(new Error(`go build ${program.pkg} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}

/**
 * Builds the programs of a pinned module into `folder`, once: a folder that exists is a finished
 * build, because the programs are built in a partial folder that is renamed when all are there.
 * `prepare` may add files to the partial folder (schema files) before it is renamed.
 */
export async function buildPinnedPrograms(options: {
  moduleDir: string;
  folder: string;
  programs: GoProgram[];
  log: (line: string) => void;
  prefix: string;
  what: string;
  estimate: string;
  hint: string;
  env: NodeJS.ProcessEnv;
  prepare?: (partial: string) => Promise<void>;
}): Promise<void> {
  const { folder, env } = options;
  if (existsSync(folder)) return;
  const go = await goVersion(env);
  if (!go) throw new PrerequisiteError(`Go is not installed, and ${options.what} needs it once`, options.hint);
  const partial = `${folder}.partial-${process.pid}`;
  mkdirSync(partial, { recursive: true });
  try {
    await timedStep(options.log, options.prefix, options.what, async () => {
      for (const program of options.programs) await goBuild(options.moduleDir, program, path.join(partial, program.file), env);
      await options.prepare?.(partial);
    }, { estimate: options.estimate, detail: `from the pinned Go modules (${go}), cached in ${path.dirname(folder)}` });
    // Another process may have finished first: either build is whole, keep the one in place.
    if (!existsSync(folder)) renameSync(partial, folder);
  } catch (error) {
    throw error instanceof PrerequisiteError ? error
      : new PrerequisiteError(`${options.what} failed (${(error as Error).message})`, options.hint);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}
