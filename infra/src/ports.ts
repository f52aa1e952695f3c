import { randomInt } from 'node:crypto';
import net from 'node:net';
import getPort, { portNumbers } from 'get-port';
import { PrerequisiteError } from './prerequisite-error.js';

/**
 * A port nobody listens on. get-port also remembers the ports it handed out in this process, so
 * two servers started one after the other do not get the same one.
 */
export function freePort(): Promise<number> {
  return getPort({ host: '127.0.0.1' });
}

const SMALL_PORTS = { from: 20_000, to: 32_767 };

/**
 * A free port that fits PostgreSQL's smallint: Temporal's server records its services' ports in its
 * cluster_membership table as smallint, and refuses to start with one above 32767 (the system's
 * ephemeral ports, which freePort gives, mostly are). Being below the ephemeral range, it is also
 * never taken meanwhile by a port a server picks at random for itself (the dev server's metrics and
 * internal services do). The search starts at a random place: processes started together (two test
 * files at a time) would otherwise all be handed 20000 first.
 */
export function freeSmallPort(): Promise<number> {
  const start = SMALL_PORTS.from + randomInt(SMALL_PORTS.to - SMALL_PORTS.from + 1);
  const upward = [...portNumbers(start, SMALL_PORTS.to)];
  return getPort({ host: '127.0.0.1', port: start === SMALL_PORTS.from ? upward : [...upward, ...portNumbers(SMALL_PORTS.from, start - 1)] });
}

/** Fails with the name of the thing that wanted the port and how to choose another. */
export async function ensurePortFree(port: number, what: string, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
  if (!free) {
    throw new PrerequisiteError(
      `Port ${port} for ${what} is already in use`,
      `Stop the program that uses it (is Jalon already running?) or choose another port with ${variable}=<port>`,
    );
  }
}

/** Resolves once something accepts TCP connections on the port, or rejects after the timeout. */
export async function waitForPort(port: number, timeoutMs: number, host = '127.0.0.1'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host });
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => { socket.destroy(); resolve(false); });
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing answered on ${host}:${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Resolves once GET url answers 200. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (${last})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
