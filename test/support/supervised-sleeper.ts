import { Supervisor } from '@jalon/infra';

/*
 * A parent with one supervised child (`sleep`, in a process group of its own): prints the child's
 * pid, then waits to be killed, or stops its child cleanly when told `stop` on its input.
 */
const supervisor = new Supervisor();
const child = supervisor.start({ name: 'sleeper', command: 'sleep', args: ['300'] });
process.stdout.write(`${child.pid}\n`);
process.stdin.on('data', async () => {
  await supervisor.stopAll(1_000);
  process.stdout.write('stopped\n');
  process.exit(0);
});
