import { stringify } from 'yaml';
import type { SqlEndpoint } from './temporal-server-schema.js';

/** The ports the server's four services listen on, all on 127.0.0.1; the frontend's is the one clients use. */
export interface ServerPorts {
  frontend: number;
  frontendHttp: number;
  frontendMembership: number;
  history: number;
  historyMembership: number;
  matching: number;
  matchingMembership: number;
  worker: number;
  workerMembership: number;
}

/**
 * History shards are fixed when the databases are first set up and cannot change later: 4 is what
 * Temporal's own single-machine configurations use, and enough for one process on a few cores.
 */
export const HISTORY_SHARDS = 4;

const datastore = (endpoint: SqlEndpoint, database: string, maxConns: number) => ({
  sql: {
    pluginName: 'postgres12',
    databaseName: database,
    connectAddr: `${endpoint.host}:${endpoint.port}`,
    connectProtocol: 'tcp',
    user: endpoint.user,
    password: endpoint.password,
    maxConns,
    maxIdleConns: maxConns,
    maxConnLifetime: '1h',
  },
});

const service = (grpcPort: number, membershipPort: number, extra: Record<string, number> = {}) => ({
  rpc: { grpcPort, membershipPort, bindOnLocalHost: true, ...extra },
});

/**
 * The server's configuration: every service in one process (one cluster, one machine), persistence
 * and visibility on PostgreSQL through the postgres12 plugin, no archival, no metrics listener.
 */
export function temporalServerConfig(endpoint: SqlEndpoint, ports: ServerPorts, logLevel: 'warn' | 'info' = 'warn'): string {
  const config = {
    log: { stdout: true, level: logLevel },
    persistence: {
      defaultStore: 'postgres-default',
      visibilityStore: 'postgres-visibility',
      numHistoryShards: HISTORY_SHARDS,
      datastores: {
        'postgres-default': datastore(endpoint, 'temporal', 20),
        'postgres-visibility': datastore(endpoint, 'temporal_visibility', 4),
      },
    },
    global: { membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' } },
    services: {
      frontend: service(ports.frontend, ports.frontendMembership, { httpPort: ports.frontendHttp }),
      history: service(ports.history, ports.historyMembership),
      matching: service(ports.matching, ports.matchingMembership),
      worker: service(ports.worker, ports.workerMembership),
    },
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: { active: { enabled: true, initialFailoverVersion: 1, rpcName: 'frontend', rpcAddress: `127.0.0.1:${ports.frontend}` } },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    archival: { history: { state: 'disabled' }, visibility: { state: 'disabled' } },
    namespaceDefaults: { archival: { history: { state: 'disabled' }, visibility: { state: 'disabled' } } },
  };
  return `# Written by Jalon at every start (infra/src/temporal-server-config.ts); edits are overwritten.\n${stringify(config)}`;
}
