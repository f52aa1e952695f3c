import { z } from 'zod';

/** Raised when the environment does not configure a process correctly; its message is one line. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/**
 * Reads the process environment through a zod schema. A wrong or missing variable is reported by
 * name with what is expected, never with its value (it may be a secret).
 */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.output<S> {
  // An empty variable means unset, so defaults apply.
  const result = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new ConfigurationError(`The environment is not valid (${problems}). Set these variables; the README lists them.`);
}

export const portSchema = z.coerce.number().int().min(0).max(65535);
