import { z } from 'zod';

const testEnvSchema = z.object({
  TEMPORAL_ADDRESS: z.string().min(1),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  DATABASE_URL: z.string().min(1),
});

/** The servers the test command started for this run (see infra/src/test-servers.ts). */
export function testEnv() {
  const parsed = testEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error('Test servers are not configured (TEMPORAL_ADDRESS, DATABASE_URL). Run the tests through `pnpm test`, which starts them.');
  }
  return parsed.data;
}

/** A short random suffix that keeps names of one test apart from every other test's. */
export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
