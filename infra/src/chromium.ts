import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { timedStep } from './progress.js';

/** Where Debian's chromium package puts the browser; JALON_CHROMIUM names another. */
const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function run(command: string, args: string[], log: (line: string) => void): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    let tail = '';
    const keep = (chunk: Buffer) => { tail = (tail + chunk.toString()).slice(-2000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', () => resolve(127));
    child.once('exit', (code) => {
      if (code !== 0) log(`chromium: ${command} ${args.join(' ')} failed:\n${tail}`);
      resolve(code ?? 1);
    });
  });
}

/**
 * Debian's Chromium for the browser tests. Installed with apt when missing and we may (root); the
 * browser tests say plainly what is missing otherwise. Returns '' when there is none.
 */
export async function ensureChromium(log: (line: string) => void): Promise<string> {
  const named = process.env.JALON_CHROMIUM;
  if (named) return existsSync(named) ? named : '';
  const found = candidates.find((c) => existsSync(c));
  if (found) return found;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    log('chromium: not installed, and installing it needs root and apt-get: the browser tests will fail. Install Debian\'s chromium package or set JALON_CHROMIUM.');
    return '';
  }
  return timedStep(log, 'chromium', 'installing Debian\'s chromium package for the browser tests', async () => {
    if ((await run('apt-get', ['update', '-qq'], log)) !== 0) return '';
    if ((await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], log)) !== 0) return '';
    return candidates.find((c) => existsSync(c)) ?? '';
  }, { estimate: 'about 1 min' });
}
