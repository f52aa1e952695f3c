/**
 * What every benchmark records beside its figures: the engine it ran on, the machine's load while it
 * ran (the machine is shared with other work), and the CPU each of Jalon's processes spent, read
 * from /proc, to say what limited a figure. Written to bench/results/<benchmark>.<engine>.json, which
 * `npm run bench` puts side by side (infra/src/bench-table.ts).
 */
import { mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engineResultSchema, temporalEngineSchema, type EngineResult, type Machine, type TemporalEngine } from '@jalon/infra';
import { repoRoot } from './bench-support.js';

/** The engine this benchmark process runs on: `npm run bench -- --engines` sets it per run. */
export const benchEngine = (): TemporalEngine => temporalEngineSchema.parse(process.env.JALON_BENCH_ENGINE || undefined);

export const resultsDir = () => path.join(repoRoot, 'bench/results');

/** Samples the 1-minute load average while the benchmark runs. */
export class LoadWatch {
  private readonly before = os.loadavg()[0]!;
  private peak = this.before;
  private readonly timer = setInterval(() => { this.peak = Math.max(this.peak, os.loadavg()[0]!); }, 5_000).unref();

  /** the machine so far: called after each run, the sampling goes on (its timer does not hold the process) */
  machine(): Machine {
    const after = os.loadavg()[0]!;
    return { cpus: os.cpus().length, loadBefore: this.before, loadAfter: after, loadPeak: Math.max(this.peak, after) };
  }
}

export function writeEngineResult(result: EngineResult): string {
  mkdirSync(resultsDir(), { recursive: true });
  const file = path.join(resultsDir(), `${result.benchmark}.${result.engine}.json`);
  writeFileSync(file, `${JSON.stringify(engineResultSchema.parse(result), null, 2)}\n`);
  return file;
}

const CLOCK_TICKS = 100;

/** CPU seconds of a process and of its children, the exited ones (counted by the kernel) and the live ones. */
function treeCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces), from field 3 on: utime is 14, cutime 16.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    const own = fields[11]! + fields[12]! + fields[13]! + fields[14]!;
    let children = 0;
    for (const child of childrenOf(pid)) children += treeCpuSeconds(child);
    return own / CLOCK_TICKS + children;
  } catch {
    return 0; // exited meanwhile
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => {
      try {
        return readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      } catch { return []; }
    });
  } catch { return []; }
}

/** The process listening on a TCP port (e.g. the benchmark's PostgreSQL, started by `npm run bench`). */
export function pidListeningOn(port: number): number | null {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try { text = readFileSync(table, 'utf8'); } catch { continue; }
    for (const line of text.trim().split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A') inodes.add(cols[9]!);
    }
  }
  if (inodes.size === 0) return null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[] = [];
    try { fds = readdirSync(`/proc/${entry}/fd`); } catch { continue; }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        if (target.startsWith('socket:[') && inodes.has(target.slice(8, -1))) return Number(entry);
      } catch { /* closed meanwhile */ }
    }
  }
  return null;
}

/** CPU seconds of each named process (with its children) now. */
export const cpuSnapshot = (pids: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, treeCpuSeconds(pid)]));

/**
 * Seconds each named process's threads (and its live children's) spent runnable but waiting for a CPU (the scheduler's run
 * queue, /proc/<pid>/task/<tid>/schedstat): on a machine shared with other work, the time a figure
 * lost to the others rather than to Jalon.
 */
function treeWaitSeconds(pid: number): number {
  let waited = 0;
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try { waited += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[1]) / 1e9; } catch { /* thread gone */ }
    }
  } catch { /* process gone */ }
  for (const child of childrenOf(pid)) waited += treeWaitSeconds(child);
  return waited;
}

export const runQueueSnapshot = (pids: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, treeWaitSeconds(pid)]));

/** Both snapshots: CPU used and time waited for a CPU. */
export const schedulerSnapshot = (pids: Record<string, number>) => ({ cpu: cpuSnapshot(pids), waited: runQueueSnapshot(pids) });

/**
 * Each process's CPU between two snapshots, and the time its threads waited for a CPU, as a share of
 * one core over `seconds` (200 % is both cores of this machine): "CPU <process> (% of a core)" and
 * "CPU wait <process> (% of a core)".
 */
export function schedulerFigures(before: ReturnType<typeof schedulerSnapshot>, after: ReturnType<typeof schedulerSnapshot>, seconds: number): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const name of Object.keys(before.cpu)) figures[`CPU ${name} (% of a core)`] = (100 * ((after.cpu[name] ?? 0) - before.cpu[name]!)) / seconds;
  // A child that exited between the snapshots takes its wait with it (the kernel adds only its CPU to
  // the parent's): PostgreSQL's wait counts its live connections only, and is never shown below 0.
  for (const name of Object.keys(before.waited)) figures[`CPU wait ${name} (% of a core)`] = Math.max(0, (100 * ((after.waited[name] ?? 0) - before.waited[name]!)) / seconds);
  return figures;
}

/** Resident memory of a process now and at its peak, from /proc (MiB). */
export function memoryMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))![1]);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}
