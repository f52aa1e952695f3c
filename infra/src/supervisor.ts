import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { runsTypeScript } from './paths.js';

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
  /**
   * When it stops: children of a higher tier stop first, those of one tier together. Callers (the
   * portal, the worker) stop before the services they call, and those before the servers under them,
   * so no request reaches a service that is gone; a tier at a time keeps Ctrl-C within seconds.
   */
  stopTier?: number;
}

interface Running {
  spec: ChildSpec;
  child: ChildProcess;
  exited: Promise<number | null>;
  log?: WriteStream;
}

/**
 * Starts child processes, each in its own process group so that stopping one also stops what it
 * started, and stops them all, tier by tier (ChildSpec.stopTier, the last started first within a
 * tier's order of starting): SIGTERM, then SIGKILL after a grace period.
 */
export class Supervisor {
  private readonly running: Running[] = [];
  private stopping = false;
  private reaper: ChildProcess | undefined;

  private readonly onUnexpectedExit: (name: string, code: number | null) => void;
  private readonly onChange: (pids: number[]) => void;

  constructor(
    onUnexpectedExit: (name: string, code: number | null) => void = () => undefined,
    onChange: (pids: number[]) => void = () => undefined,
  ) {
    this.onUnexpectedExit = onUnexpectedExit;
    this.onChange = onChange;
  }

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
    if (child.pid) this.tellReaper(`+${child.pid}`);
    void exited.then(() => { if (child.pid) this.tellReaper(`-${child.pid}`); });
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
      const top = Math.max(...this.running.map((entry) => entry.spec.stopTier ?? 0));
      const tier = this.running.filter((entry) => (entry.spec.stopTier ?? 0) === top);
      for (const entry of tier) this.running.splice(this.running.indexOf(entry), 1);
      await Promise.all(tier.map((entry) => stopOne(entry, graceMs)));
    }
    this.reaper?.stdin?.end();
  }

  /**
   * Children lead process groups of their own, so they outlive a parent killed without a chance to
   * stop them; the reaper (reaper-process.ts) stops them then. Started with the first child, it
   * keeps nothing alive: the parent may exit, and its exit is what the reaper waits for.
   */
  private tellReaper(line: string): void {
    if (!this.reaper) {
      this.reaper = spawn(process.execPath, [...runsTypeScript, fileURLToPath(new URL('./reaper-process.ts', import.meta.url))], {
        stdio: ['pipe', 'ignore', 'ignore'], detached: true, cwd: fileURLToPath(new URL('../..', import.meta.url)),
      });
      this.reaper.unref();
      this.reaper.stdin?.on('error', () => undefined);
      (this.reaper.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    }
    this.reaper.stdin?.write(`${line}\n`);
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
