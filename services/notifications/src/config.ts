import { portSchema } from '@jalon/service-kit';
import { z } from 'zod';

export const notificationsConfigSchema = z.object({
  PORT: portSchema.default(3002),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().min(1, 'the PostgreSQL connection URL is required'),
  /** smtp://user:password@host:port, or smtps:// for implicit TLS */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).default('Jalon <jalon@localhost>'),
});
export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;

export const NOTIFICATIONS_SCHEMA = 'notifications';
