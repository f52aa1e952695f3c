import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import readline from 'node:readline';

export interface ChildSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Where the child's output goes: a file (tests), or the console with a `[name]` prefix. */
  logFile?: string;
  /** the child's stdout is read by the caller, not shown */
  quietStdout?: boolean;
}

interface Running {
  spec: ChildSpec;
  child: ChildProcess;
  exited: Promise<number | null>;
  log?: WriteStream;
}

/**
 * Starts child processes, each in its own process group so that stopping one also stops what it
 * started, and stops them all in reverse order: SIGTERM, then SIGKILL after a grace period.
 */
export class Supervisor {
  private readonly running: Running[] = [];
  private stopping = false;

  constructor(
    private readonly onUnexpectedExit: (name: string, code: number | null) => void = () => undefined,
    private readonly onChange: (pids: number[]) => void = () => undefined,
  ) {}

  start(spec: ChildSpec): ChildProcess {
    const log = spec.logFile ? createWriteStream(spec.logFile, { flags: 'a' }) : undefined;
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env, JALON_PARENT_PID: String(process.pid) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    for (const stream of spec.quietStdout ? [child.stderr] : [child.stdout, child.stderr]) {
      if (!stream) continue;
      if (log) {
        stream.pipe(log, { end: false });
      } else {
        readline.createInterface({ input: stream }).on('line', (line) => {
          process.stdout.write(`[${spec.name}] ${line}\n`);
        });
      }
    }
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code) => {
        resolve(code);
        if (!this.stopping) this.onUnexpectedExit(spec.name, code);
      });
      child.once('error', () => resolve(-1));
    });
    const entry: Running = { spec, child, exited };
    if (log) entry.log = log;
    this.running.push(entry);
    this.onChange(this.pids());
    // Started while everything is being stopped (Ctrl-C during start-up): it must not outlive us.
    if (this.stopping) void stopOne(entry, 2_000);
    return child;
  }

  /** Process ids of the children still running (each leads its own process group). */
  pids(): number[] {
    return this.running.flatMap(({ child }) => (child.pid && child.exitCode === null ? [child.pid] : []));
  }

  async stopAll(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    // A child may be started while earlier ones are being stopped; go on until none is left.
    while (this.running.length > 0) {
      const batch = this.running.splice(0).reverse();
      for (const entry of batch) await stopOne(entry, graceMs);
    }
  }
}

async function stopOne({ child, exited, log }: Running, graceMs: number): Promise<void> {
  if (child.exitCode === null && child.signalCode === null && child.pid) {
    signalGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
  // Whatever the child left in its group (a grandchild) goes with it.
  if (child.pid) signalGroup(child.pid, 'SIGKILL');
  log?.end();
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}
