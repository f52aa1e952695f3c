/** What a failed SMTP attempt means for the message. */
export interface SendFailure {
  /** true: retrying cannot help (5xx); false: try again later (4xx, connection trouble) */
  permanent: boolean;
  /** for the delivery status: what went wrong, in one line */
  error: string;
  /** the server's answer, when there was one, e.g. "550 5.1.1 mailbox unavailable" */
  smtpResponse: string | null;
}

interface NodemailerError { message?: unknown; code?: unknown; responseCode?: unknown; response?: unknown }

const clip = (text: string) => (text.length > 2000 ? `${text.slice(0, 1999)}…` : text);

/**
 * A 5xx answer is about this message (unknown mailbox, refused content): retrying sends the same thing
 * to the same answer. A 4xx answer (greylisting, mailbox full, rate limit) and a broken connection are
 * temporary. A refused login is the service's own configuration, not the message's fault, so it is
 * retried too: once an administrator fixes SMTP_URL the queued messages still go out.
 */
export function classifySendError(error: unknown): SendFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as NodemailerError;
  const code = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const smtpResponse = typeof e.response === 'string' && e.response.trim() ? clip(e.response.trim()) : null;
  const message = typeof e.message === 'string' && e.message ? e.message : String(error);
  const errorCode = typeof e.code === 'string' ? e.code : undefined;
  const permanent = code !== undefined && code >= 500 && code <= 599 && errorCode !== 'EAUTH';
  return { permanent, error: clip(errorCode ? `${errorCode}: ${message}` : message), smtpResponse };
}

/** Exponential backoff: base, 2×base, 4×base… never longer than the cap. */
export function retryDelayMs(attemptsMade: number, baseMs: number, capMs: number): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attemptsMade - 1));
}
