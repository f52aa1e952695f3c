import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/**
 * `npm start` records the processes it started. If it is killed without a chance to stop them
 * (kill -9, a closed terminal), the next start finds them here and stops them before reusing the
 * ports and the data folder.
 */
export function recordProcesses(file: string, pids: number[]): void {
  writeFileSync(file, `${JSON.stringify(pids)}\n`);
}

export function forgetProcesses(file: string): void {
  if (existsSync(file)) unlinkSync(file);
}

function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

const alive = (pid: number) => commandLine(pid) !== undefined;

/** Stops what a previous run left behind; only processes that are still Jalon's own are touched. */
export async function stopLeftovers(file: string, postgresPidFile: string, log: (line: string) => void): Promise<void> {
  const pids: number[] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as number[]) : [];
  if (existsSync(postgresPidFile)) {
    const postmaster = Number(readFileSync(postgresPidFile, 'utf8').split('\n')[0]);
    if (Number.isInteger(postmaster) && postmaster > 0) pids.push(postmaster);
  }
  const ours = pids.filter((pid) => /temporal|server\.ts|postgres/.test(commandLine(pid) ?? ''));
  if (ours.length === 0) return forgetProcesses(file);
  log(`jalon: stopping ${ours.length} process(es) left running by an earlier start`);
  for (const pid of ours) {
    try {
      process.kill(commandLine(pid)?.includes('postgres') ? pid : -pid, 'SIGTERM');
    } catch {
      try { process.kill(pid, 'SIGTERM'); } catch { /* already gone */ }
    }
  }
  const deadline = Date.now() + 15_000;
  while (ours.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  for (const pid of ours.filter(alive)) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  forgetProcesses(file);
}
