import type { LoggerOptions } from 'pino';

/**
 * Pino options shared by every service. Secrets never reach the logs: headers that carry
 * credentials, and any field that names a password, token or connection string, are censored.
 */
export function loggerOptions(service: string): LoggerOptions {
  return {
    name: service,
    level: process.env.LOG_LEVEL ?? 'info',
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.databaseUrl',
        '*.DATABASE_URL',
        '*.smtpPassword',
      ],
      censor: '[redacted]',
    },
  };
}
