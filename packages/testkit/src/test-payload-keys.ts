import { createHash } from 'node:crypto';
import {
  clientDataConverter, payloadKeyring, payloadKeysSchema, temporalEnvSchema, temporalSettings, workerDataConverter, type TemporalSettings,
} from '@jalon/temporal-connection';
import { testEnv } from './test-env.js';

/**
 * The payload key every test encrypts with: fixed, so that a history recorded by one run replays in
 * the next, and plainly a test key (derived from its own name), never one of an installation.
 */
const TEST_KEY_ID = 'jalon-test-1';
const TEST_KEY = createHash('sha256').update('jalon test payload key, never used outside the tests').digest('base64');

/** JALON_PAYLOAD_KEYS and JALON_PAYLOAD_KEY_ID for a service a test starts as a process. */
export const testPayloadEnv = (): Record<string, string> => ({
  JALON_PAYLOAD_KEYS: JSON.stringify({ [TEST_KEY_ID]: TEST_KEY }),
  JALON_PAYLOAD_KEY_ID: TEST_KEY_ID,
});

export const testPayloadKeyring = () => payloadKeyring(payloadKeysSchema.parse({ [TEST_KEY_ID]: TEST_KEY }), TEST_KEY_ID);

/** The converters tests' clients and workers use: encryption is on in every test, as in production. */
export const testClientDataConverter = () => clientDataConverter(testPayloadKeyring());
export const testWorkerDataConverter = () => workerDataConverter(testPayloadKeyring());

/**
 * How tests reach the run's Temporal server: its address from the test command and, when the run
 * points at a cluster (TEMPORAL_ADDRESS set), the TLS and API key variables as the services read them.
 */
export function testTemporalSettings(): TemporalSettings {
  const env = testEnv();
  const parsed = temporalEnvSchema.parse(Object.fromEntries(Object.entries({ ...process.env, ...testPayloadEnv(), TEMPORAL_ADDRESS: env.TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE: env.TEMPORAL_NAMESPACE })
    .filter(([, value]) => value !== undefined && value !== '')));
  return temporalSettings(parsed);
}
