import { freePort } from './ports.js';
import { PrerequisiteError } from './prerequisite-error.js';
import type { RunConfig } from './run-config.js';
import { workerMemoryBounds } from './worker-memory.js';

export type ServiceKind = 'plans' | 'notifications' | 'portal' | 'worker';

/** One process `npm start` runs for a service: its name in logs, its port and what it alone is given. */
export interface ServiceProcess {
  kind: ServiceKind;
  /** `portal` when it is the only one of its kind, `portal-2` beside others */
  name: string;
  /** PORT: the service's listener (for the portal, its pages) */
  port: number;
  /** its own /health, whichever process of its kind a shared port would reach */
  healthUrl: string;
  /** the caller tier (services/…/server.ts) is stopped before the services it calls */
  stopTier: number;
  /** Node.js arguments before the script (the worker's memory bounds) */
  nodeArgs: string[];
  env: Record<string, string>;
}

/**
 * SO_REUSEPORT with the kernel's balancing, which Node 24 asks for with `reusePort`, exists on Linux
 * (and a few BSDs); elsewhere Node refuses to listen with it, so several portals cannot share a port.
 */
const SHARES_PORTS = ['linux', 'freebsd'].includes(process.platform);

const local = (port: number) => `http://127.0.0.1:${port}`;

/**
 * The service processes of one run. Plans and notifications run once. JALON_WORKERS workers poll the
 * same task queue: Temporal hands each task to one of them, so they need no address of their own but
 * their /health (the first keeps JALON_WORKER_PORT, the others a free port). JALON_PORTALS portals
 * listen on the same two ports (pages and internal API) with SO_REUSEPORT, so people, links and the
 * worker keep one address each while the kernel spreads connections; each portal also answers /health
 * on a port of its own, since the shared one reaches any of them.
 */
export async function serviceProcesses(config: RunConfig): Promise<ServiceProcess[]> {
  if (config.JALON_PORTALS > 1 && !SHARES_PORTS) {
    throw new PrerequisiteError(
      `JALON_PORTALS=${config.JALON_PORTALS} needs SO_REUSEPORT port sharing, which Node.js offers on Linux and FreeBSD, not on ${process.platform}`,
      'Run one portal here (JALON_PORTALS=1), or several behind a load balancer of your own',
    );
  }
  const processes: ServiceProcess[] = [
    { kind: 'plans', name: 'plans', port: config.JALON_PLANS_PORT, healthUrl: `${local(config.JALON_PLANS_PORT)}/health`, stopTier: 1, nodeArgs: [], env: {} },
    { kind: 'notifications', name: 'notifications', port: config.JALON_NOTIFICATIONS_PORT, healthUrl: `${local(config.JALON_NOTIFICATIONS_PORT)}/health`, stopTier: 1, nodeArgs: [], env: {} },
  ];
  const portals = config.JALON_PORTALS;
  for (let i = 1; i <= portals; i++) {
    const own = portals > 1 ? await freePort() : undefined;
    processes.push({
      kind: 'portal', name: portals > 1 ? `portal-${i}` : 'portal', port: config.JALON_PORTAL_PORT, stopTier: 2, nodeArgs: [],
      healthUrl: `${local(own ?? config.JALON_PORTAL_PORT)}/health`,
      env: own === undefined ? {} : { REUSE_PORT: 'true', HEALTH_PORT: String(own) },
    });
  }
  const workers = config.JALON_WORKERS;
  const memory = workerMemoryBounds(config.JALON_WORKER_HEAP_MIB);
  for (let i = 1; i <= workers; i++) {
    const port = i === 1 ? config.JALON_WORKER_PORT : await freePort();
    processes.push({ kind: 'worker', name: workers > 1 ? `worker-${i}` : 'worker', port, healthUrl: `${local(port)}/health`, stopTier: 2, nodeArgs: memory.nodeArgs, env: memory.env });
  }
  return processes;
}

/** `worker: 2 processes`, for the kinds that may run several. */
export function processCountLines(processes: ServiceProcess[]): string[] {
  return (['portal', 'worker'] as const).map((kind) => {
    const n = processes.filter((p) => p.kind === kind).length;
    return `${kind}: ${n} process${n === 1 ? '' : 'es'}`;
  });
}

/** The `name: url` lines of the services: each process's /health, and the documentation. */
export function serviceAddressLines(processes: ServiceProcess[]): Array<[string, string]> {
  return processes.flatMap((p): Array<[string, string]> => {
    const several = p.name !== p.kind;
    return [
      // Several portals: the shared address (any of them answers) and each one's own.
      ...(p.kind === 'portal' && several && p.name === 'portal-1' ? [['portal-health', `${local(p.port)}/health`] as [string, string]] : []),
      [`${p.name}-health`, p.healthUrl],
      // The portal's documentation is on its internal listener (portal-api).
      ...(p.kind === 'portal' ? [] : [[`${p.name}-docs`, `${local(p.port)}/docs`] as [string, string]]),
    ];
  });
}

/**
 * What is left of the kind of `name` once the processes in `gone` stopped: the run goes on while one
 * is (the portals' shared ports and the task queue route around the one that stopped).
 */
export function remainingOfKind(processes: ServiceProcess[], gone: Set<string>, name: string): { kind: ServiceKind | undefined; left: number } {
  const kind = processes.find((p) => p.name === name)?.kind;
  const left = processes.filter((p) => p.kind === kind && !gone.has(p.name)).length;
  return { kind, left: kind ? left : 0 };
}
