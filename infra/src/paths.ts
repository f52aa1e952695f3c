import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where `npm start` keeps its state between runs (Temporal's SQLite file, PostgreSQL, caught mail). */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.JALON_DATA_DIR ?? path.join(repoRoot, '.data'));
}

/** Where `npm start`'s plans service appends the signed heads of its audit chain. */
export const auditHeadsDir = (data: string) => path.join(data, 'audit-heads');

/** Built tools shared by every checkout on this machine, so a fresh clone does not rebuild Temporal. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.JALON_CACHE_DIR ?? path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'jalon');
  return path.resolve(base);
}

/**
 * The arguments that make `node` run a TypeScript source of this repository (the types stripped by
 * Node.js, `./x.js` imports found as `./x.ts`): `spawn(process.execPath, [...runsTypeScript, file])`.
 */
export const runsTypeScript: readonly string[] = ['--import', pathToFileURL(path.join(repoRoot, 'infra', 'bin', 'source-imports.mjs')).href];
