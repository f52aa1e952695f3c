import process from 'node:process';
import readline from 'node:readline';

/*
 * The supervisor's reaper: a process of its own that outlives its parent by design. The parent
 * writes `+pid` when it starts a child (each leads its own process group) and `-pid` when it has
 * stopped it. If the pipe closes while groups are still listed, the parent died without stopping
 * them (kill -9, a test runner's time limit): the reaper stops them, so no Temporal, PostgreSQL or
 * Keycloak is left running with nobody to stop it.
 */
const groups = new Set<number>();
readline.createInterface({ input: process.stdin })
  .on('line', (line) => {
    const pid = Number(line.slice(1));
    if (!Number.isInteger(pid) || pid <= 0) return;
    if (line.startsWith('+')) groups.add(pid);
    if (line.startsWith('-')) groups.delete(pid);
  })
  .on('close', () => {
    if (groups.size === 0) process.exit(0);
    signalAll('SIGTERM');
    setTimeout(() => {
      signalAll('SIGKILL');
      process.exit(0);
    }, 10_000);
  });

function signalAll(signal: NodeJS.Signals): void {
  for (const pid of groups) {
    try {
      process.kill(-pid, signal);
    } catch {
      // the group is already gone
    }
  }
}
