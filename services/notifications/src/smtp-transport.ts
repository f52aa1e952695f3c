import nodemailer from 'nodemailer';
import { DEFAULT_SENDER_SETTINGS } from './sender-settings.js';

/**
 * A pooled SMTP transport: connections are reused across messages, which matters when a cycle
 * launch sends hundreds of e-mails at once. The sender keeps one message in flight per connection
 * (SMTP_CONNECTIONS), so a claimed message never waits for one.
 */
export function createSmtpTransport(smtpUrl: string, connections: number = DEFAULT_SENDER_SETTINGS.connections) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return nodemailer.createTransport({
    pool: true,
    maxConnections: connections,
    host: url.hostname,
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    // smtp://…?starttls=required: plain port, but never a message before STARTTLS succeeded.
    requireTLS: url.searchParams.get('starttls') === 'required',
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    // Well under the sender's lease (5 minutes): a hung server must not outlive the claim on a message.
    socketTimeout: 60_000,
  });
}
export type SmtpTransport = ReturnType<typeof createSmtpTransport>;
