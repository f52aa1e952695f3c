import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { repoRoot, runsTypeScript } from '@jalon/infra';
import t from 'tap';

/*
 * A parent killed without a chance to stop its children (kill -9, a test runner's time limit) must
 * not leave them running: their process groups outlive it by design, and the reaper stops them.
 */

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function startParent() {
  const parent = spawn(process.execPath, [...runsTypeScript, path.join(repoRoot, 'test/support/supervised-sleeper.ts')], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: parent.stdout! })[Symbol.asyncIterator]();
  const pid = Number((await lines.next()).value);
  return { parent, pid, lines };
}

async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !alive(pid);
}

t.test('a parent killed with SIGKILL: its child is stopped by the reaper', async (t) => {
  const { parent, pid } = await startParent();
  t.ok(pid > 0 && alive(pid), 'the child runs');
  parent.kill('SIGKILL');
  t.ok(await goneWithin(pid, 15_000), 'the child is gone within 15 s of its parent');
});

t.test('a parent that stops its children cleanly: the child is stopped once, and the parent exits', async (t) => {
  const { parent, pid, lines } = await startParent();
  t.ok(alive(pid), 'the child runs');
  parent.stdin!.write('stop\n');
  t.equal((await lines.next()).value, 'stopped', 'the parent stopped its child');
  t.ok(await goneWithin(pid, 5_000), 'the child is gone');
  const code = await new Promise<number | null>((resolve) => (parent.exitCode !== null ? resolve(parent.exitCode) : parent.once('exit', resolve)));
  t.equal(code, 0, 'the reaper does not keep the parent alive');
});
