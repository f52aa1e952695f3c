import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { timedStep } from './progress.js';

/** A Debian package the tests use, found by one of its programs. */
export interface DebianTool {
  package: string;
  /** where the package puts its program; the first that exists is the one used */
  programs: string[];
  /** what the tests use it for, said when it is missing */
  purpose: string;
}

function run(command: string, args: string[], log: (line: string) => void): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    let tail = '';
    const keep = (chunk: Buffer) => { tail = (tail + chunk.toString()).slice(-2000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', () => resolve(127));
    child.once('exit', (code) => {
      if (code !== 0) log(`debian: ${command} ${args.join(' ')} failed:\n${tail}`);
      resolve(code ?? 1);
    });
  });
}

const found = (tool: DebianTool) => tool.programs.find((p) => existsSync(p)) ?? '';

/**
 * The tools the tests need from Debian, installed with apt when missing and we may (root), all in one
 * apt-get call: two at once would wait on dpkg's lock. Returns each package's program ('' when it is
 * still missing; the tests that need it then say so).
 */
export async function ensureDebianTools(tools: DebianTool[], log: (line: string) => void): Promise<Map<string, string>> {
  const programs = () => new Map(tools.map((t) => [t.package, found(t)]));
  const missing = tools.filter((t) => found(t) === '');
  if (missing.length === 0) return programs();
  const names = missing.map((t) => t.package).join(' ');
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    for (const t of missing) log(`debian: ${t.package} is not installed (${t.purpose}), and installing it needs root and apt-get: install Debian's ${t.package} package.`);
    return programs();
  }
  return timedStep(log, 'debian', `installing Debian's ${names} for ${missing.map((t) => t.purpose).join(' and ')}`, async () => {
    if ((await run('apt-get', ['update', '-qq'], log)) === 0) await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((t) => t.package)], log);
    return programs();
  }, { estimate: 'about 1 min' });
}
