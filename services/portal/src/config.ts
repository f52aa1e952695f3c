import { portSchema } from '@jalon/service-kit';
import { z } from 'zod';

export const portalConfigSchema = z.object({
  PORT: portSchema.default(3000),
  HOST: z.string().default('127.0.0.1'),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  PLANS_URL: z.url().default('http://127.0.0.1:3001'),
});
export type PortalConfig = z.infer<typeof portalConfigSchema>;
