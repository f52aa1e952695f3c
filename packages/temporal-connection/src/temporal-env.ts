import { readFileSync } from 'node:fs';
import { jsonVariable } from '@jalon/auth';
import { z } from 'zod';
import { payloadKeysSchema } from './payload-keys.js';

/**
 * A certificate or key given either as PEM text (it starts with `-----BEGIN`) or as the path of a
 * PEM file: files suit mounted secrets, text suits a secrets manager that fills variables. The file
 * is read once, at start; a missing file is a configuration error naming the variable.
 */
const pemSchema = z.string().min(1).transform((value, ctx) => {
  if (value.trimStart().startsWith('-----BEGIN')) return Buffer.from(value.replace(/\\n/g, '\n'));
  try {
    return readFileSync(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `cannot read the PEM file it names (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    return z.NEVER;
  }
});

/**
 * Every variable of a Temporal connection and of the payload encryption, for the worker, the portal
 * and the command-line tools alike: one schema, so that each process reads them the same way.
 */
export const temporalEnvSchema = z.object({
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  /** TLS with the system's root certificates (a cluster with a public certificate, Temporal Cloud) */
  TEMPORAL_TLS: z.enum(['true', 'false']).optional(),
  /** the CA that signed the server's certificate (PEM text or file): implies TLS */
  TEMPORAL_TLS_CA: pemSchema.optional(),
  /** the client's certificate and key for mutual TLS (PEM text or file), both or neither */
  TEMPORAL_TLS_CERT: pemSchema.optional(),
  TEMPORAL_TLS_KEY: pemSchema.optional(),
  /** the name the server's certificate must carry, when it differs from TEMPORAL_ADDRESS's host */
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
  /** sent as `Authorization: Bearer` on every call (Temporal Cloud API keys); implies TLS */
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  /** the payload keys, JSON `{ "<key id>": "<base64 of 32 bytes>" }`: the current one and those still to decrypt */
  JALON_PAYLOAD_KEYS: jsonVariable(payloadKeysSchema),
  /** the key id new payloads are encrypted with; may be left out when JALON_PAYLOAD_KEYS holds one key */
  JALON_PAYLOAD_KEY_ID: z.string().min(1).optional(),
});
export type TemporalEnv = z.infer<typeof temporalEnvSchema>;

/** The connection's variables alone, for tools that read no payload (e.g. setting a namespace's retention). */
export const temporalConnectionEnvSchema = temporalEnvSchema.omit({ JALON_PAYLOAD_KEYS: true, JALON_PAYLOAD_KEY_ID: true });
export type TemporalConnectionEnv = z.infer<typeof temporalConnectionEnvSchema>;
