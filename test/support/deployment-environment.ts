import type { z } from 'zod';
import { COMPONENT } from './deployment-policy.js';
import type { Manifest } from './kubernetes-manifests.js';

/*
 * What each Deployment puts in its process's environment, compared with what the process reads:
 * its zod schema (services/<name>/src/config.ts) and the variables read outside it.
 */

/** Read outside the services' schemas: by the production checks, the logger, and glibc's malloc (the worker's arenas). */
export const READ_OUTSIDE_SCHEMAS = ['NODE_ENV', 'LOG_LEVEL', 'MALLOC_ARENA_MAX'];

/** Variables whose value is a password, a key or a secret: only ever from a Secret. */
export const SECRET_VARIABLES = [
  'DATABASE_URL', 'DATABASE_OWNER_URL', 'SMTP_URL', 'OIDC_CLIENT_SECRET', 'CSRF_SECRET', 'OUTBOX_KEYS',
  'JALON_SERVICE_KEY', 'JALON_TRUSTED_KEYS', 'JALON_PAYLOAD_KEYS', 'TEMPORAL_API_KEY', 'TEMPORAL_TLS_KEY',
];

export interface Environment {
  /** variable → value, from the ConfigMaps of envFrom and literal env entries */
  values: Record<string, string>;
  /** variable → the Secret and key it comes from */
  secrets: Record<string, { name: string; key: string }>;
  problems: string[];
}

export function environmentOf(manifests: Manifest[], component: string): Environment {
  const env: Environment = { values: {}, secrets: {}, problems: [] };
  const deployment = manifests.find((m) => m.kind === 'Deployment' && m.spec?.template?.metadata?.labels?.[COMPONENT] === component);
  if (!deployment) return { ...env, problems: [`no Deployment of ${component}`] };
  const container = deployment.spec.template.spec.containers[0];
  for (const source of container.envFrom ?? []) {
    if (source.secretRef) { env.problems.push(`${component}: envFrom a whole Secret (${source.secretRef.name}); name each variable`); continue; }
    const map = manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === source.configMapRef?.name);
    if (!map) { env.problems.push(`${component}: envFrom ConfigMap ${source.configMapRef?.name}, which is not one of the manifests`); continue; }
    Object.assign(env.values, map.data ?? {});
  }
  for (const entry of container.env ?? []) {
    const ref = entry.valueFrom?.secretKeyRef;
    if (ref) env.secrets[entry.name] = { name: ref.name, key: ref.key };
    else if (entry.valueFrom?.configMapKeyRef) env.values[entry.name] = '(from a ConfigMap key)';
    else env.values[entry.name] = entry.value ?? '';
  }
  return env;
}

/**
 * The environment against the process's schema: nothing it does not read, everything it requires,
 * the production keys (service-kit's productionRequirements) present, secrets only from Secrets.
 */
export function environmentProblems(env: Environment, component: string, schema: z.ZodObject, productionKeys: readonly string[]): string[] {
  const problems = [...env.problems];
  const shape = schema.shape as Record<string, z.ZodType>;
  const known = new Set([...Object.keys(shape), ...READ_OUTSIDE_SCHEMAS]);
  const given = new Set([...Object.keys(env.values), ...Object.keys(env.secrets)]);
  for (const name of given) if (!known.has(name)) problems.push(`${component}: ${name} is set, but the process does not read it`);
  for (const [name, type] of Object.entries(shape)) {
    if (!type.safeParse(undefined).success && !given.has(name)) problems.push(`${component}: ${name} is required and not set`);
  }
  for (const name of productionKeys) if (!given.has(name)) problems.push(`${component}: ${name} is required in production and not set`);
  for (const name of SECRET_VARIABLES) {
    if (name in env.values) problems.push(`${component}: ${name} holds a secret and is not taken from a Secret`);
  }
  for (const [name, value] of Object.entries(env.values)) {
    if (!(shape[name] ?? { safeParse: () => ({ success: true }) }).safeParse(value).success && !READ_OUTSIDE_SCHEMAS.includes(name)) {
      problems.push(`${component}: ${name}=${value} is refused by the process's schema`);
    }
  }
  return problems;
}
