import { z } from 'zod';
import { generateServiceKey, publicJwkOf, serviceSigningKeySchema, trustedServiceKeysSchema, type TrustedServiceKeys } from './service-keys.js';
import { serviceNameSchema, type ServiceName } from './service-names.js';
import { ServiceTokenSigner, ServiceTokenVerifier } from './service-token.js';

/** A variable holding JSON, checked against its schema; a syntax error is reported, never the value (it may be a secret). */
export const jsonVariable = <T extends z.ZodType>(schema: T) => z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
    return z.NEVER;
  }
}).pipe(schema);

/**
 * A service's identity in its environment: `JALON_SERVICE_KEY`, its own signing key (a JSON Web Key
 * with the service's name), and `JALON_TRUSTED_KEYS`, the public keys of the services it accepts
 * calls from. `npm start` writes both from the data folder; production sets them from its secrets.
 */
export const serviceAuthEnvSchema = z.object({
  JALON_SERVICE_KEY: jsonVariable(serviceSigningKeySchema),
  JALON_TRUSTED_KEYS: jsonVariable(trustedServiceKeysSchema),
});

export interface ServiceAuth {
  signer: ServiceTokenSigner;
  verifier: ServiceTokenVerifier;
}

/** The signer and verifier of one service; refuses a key made for another service. */
export function serviceAuthFrom(env: z.output<typeof serviceAuthEnvSchema>, service: ServiceName): ServiceAuth {
  if (env.JALON_SERVICE_KEY.service !== service) {
    throw new Error(`JALON_SERVICE_KEY is the key of the ${env.JALON_SERVICE_KEY.service} service, not of ${service}`);
  }
  return { signer: new ServiceTokenSigner(env.JALON_SERVICE_KEY), verifier: new ServiceTokenVerifier(service, env.JALON_TRUSTED_KEYS) };
}

/** Keys for every service at once: the run command's first start, and tests. */
export async function generateKeyring(): Promise<{
  env: (service: ServiceName) => { JALON_SERVICE_KEY: string; JALON_TRUSTED_KEYS: string };
  auth: (service: ServiceName) => ServiceAuth;
  trusted: TrustedServiceKeys;
}> {
  const keys = Object.fromEntries(await Promise.all(serviceNameSchema.options.map(async (s) => [s, await generateServiceKey(s)] as const)));
  const trusted: TrustedServiceKeys = Object.fromEntries(Object.entries(keys).map(([s, k]) => [s, [publicJwkOf(k)]]));
  const env = (service: ServiceName) => ({ JALON_SERVICE_KEY: JSON.stringify(keys[service]), JALON_TRUSTED_KEYS: JSON.stringify(trusted) });
  return { env, trusted, auth: (service) => serviceAuthFrom(serviceAuthEnvSchema.parse(env(service)), service) };
}
