import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { repoRoot, runsTypeScript } from '@jalon/infra';

const script = fileURLToPath(new URL('./render-version.ts', import.meta.url));

/** The SHA-256 of a frozen strategic version's PDF rendered now, from the database at `url`, by a process of its own. */
export async function renderedInAnotherProcess(url: string, planId: string, number = 1): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [...runsTypeScript, script, url, 'strategic', planId, String(number)], { cwd: repoRoot });
  return stdout.trim();
}
