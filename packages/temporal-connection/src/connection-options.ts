import type { TLSConfig } from '@temporalio/common/lib/internal-non-workflow/index.js';
import type { TemporalConnectionEnv } from './temporal-env.js';

/** What both `Connection.connect` (clients) and `NativeConnection.connect` (the worker) take. */
export interface TemporalConnectionOptions {
  address: string;
  tls?: TLSConfig | true;
  apiKey?: string;
}

/**
 * The connection options from the environment. TLS is on when any of its variables is set, or an
 * API key is (a key sent in clear would be anyone's on the path); TEMPORAL_TLS=false cannot turn it
 * off then. A client certificate without its key, or the reverse, is refused.
 */
export function temporalConnectionOptions(env: TemporalConnectionEnv): TemporalConnectionOptions {
  const { TEMPORAL_TLS_CA: ca, TEMPORAL_TLS_CERT: crt, TEMPORAL_TLS_KEY: key, TEMPORAL_TLS_SERVER_NAME: serverName, TEMPORAL_API_KEY: apiKey } = env;
  if ((crt === undefined) !== (key === undefined)) throw new Error('TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY: set both (mutual TLS) or neither');
  const configured = ca !== undefined || crt !== undefined || serverName !== undefined;
  if (env.TEMPORAL_TLS === 'false' && (configured || apiKey !== undefined)) {
    throw new Error('TEMPORAL_TLS=false: not possible with TEMPORAL_TLS_CA, TEMPORAL_TLS_CERT, TEMPORAL_TLS_SERVER_NAME or TEMPORAL_API_KEY');
  }
  const tls: TLSConfig | true | undefined = configured
    ? {
        ...(ca ? { serverRootCACertificate: ca } : {}),
        ...(crt && key ? { clientCertPair: { crt, key } } : {}),
        ...(serverName ? { serverNameOverride: serverName } : {}),
      }
    : env.TEMPORAL_TLS === 'true' || apiKey !== undefined ? true : undefined;
  return { address: env.TEMPORAL_ADDRESS, ...(tls ? { tls } : {}), ...(apiKey ? { apiKey } : {}) };
}
