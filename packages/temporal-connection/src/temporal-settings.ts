import { ConfigurationError } from '@jalon/service-kit';
import { temporalConnectionOptions, type TemporalConnectionOptions } from './connection-options.js';
import { payloadKeyring, type PayloadKeyring } from './payload-keys.js';
import type { TemporalEnv } from './temporal-env.js';

/** Everything a process needs to talk to Temporal, from the variables of `temporalEnvSchema`. */
export interface TemporalSettings {
  connection: TemporalConnectionOptions;
  namespace: string;
  keyring: PayloadKeyring;
}

/**
 * Applies the rules that span several variables (parse them with `temporalEnvSchema` first); a
 * broken rule is a configuration error naming the variables, never their values.
 */
export function temporalSettings(env: TemporalEnv): TemporalSettings {
  try {
    return {
      connection: temporalConnectionOptions(env),
      namespace: env.TEMPORAL_NAMESPACE,
      keyring: payloadKeyring(env.JALON_PAYLOAD_KEYS, env.JALON_PAYLOAD_KEY_ID),
    };
  } catch (error) {
    throw new ConfigurationError(`The environment is not valid (${(error as Error).message}). Set it; the README lists it.`);
  }
}
