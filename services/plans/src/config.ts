import { portSchema } from '@jalon/service-kit';
import { z } from 'zod';

export const plansConfigSchema = z.object({
  PORT: portSchema.default(3001),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().min(1, 'the PostgreSQL connection URL is required'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});
export type PlansConfig = z.infer<typeof plansConfigSchema>;

/** The PostgreSQL schema this service owns; no other service reads it. */
export const PLANS_SCHEMA = 'plans';
