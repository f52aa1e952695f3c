import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMessage {
  id: string;
  receivedAt: string;
  messageId: string | null;
  from: string;
  /** envelope recipients: who the SMTP client really sent to */
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  /** the files attached, as the mail parser found them; their bytes are kept in memory only (attachmentBytes) */
  attachments?: CaughtAttachment[];
}

export interface CaughtAttachment {
  fileName: string | null;
  contentType: string;
  size: number;
  sha256: string;
}

/** A scripted SMTP answer for the next message, to test how senders handle 4xx and 5xx. */
export interface ScriptedReply {
  code: number;
  message: string;
}

function addressText(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((a) => a.text).join(', ');
}

/**
 * A real SMTP server that keeps every message it accepts, for local runs (with a web view) and for
 * tests (which wait for the messages they expect). Optionally appends messages to a JSON-lines file
 * so that a restart keeps them.
 */
export class MailCatcher {
  readonly messages: CaughtMessage[] = [];
  private readonly scripted: ScriptedReply[] = [];
  private readonly waiters = new Set<() => void>();
  /** the attachments' bytes by message id: not in `messages`, which the web view lists and the store file keeps */
  private readonly attachmentContent = new Map<string, Buffer[]>();
  private server: SMTPServer | undefined;
  port = 0;
  /** messages being received now, and the most at once: how many a sender has in flight side by side */
  private inFlight = 0;
  maxInFlight = 0;
  private answerDelayMs = 0;

  private readonly storeFile?: string;
  constructor(storeFile?: string) {
    this.storeFile = storeFile;
    if (storeFile && existsSync(storeFile)) {
      for (const line of readFileSync(storeFile, 'utf8').split('\n')) {
        if (line.trim()) this.messages.push(JSON.parse(line) as CaughtMessage);
      }
    }
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 25 * 1024 * 1024,
      onData: (stream, session, callback) => {
        const reply = this.scripted.shift();
        this.inFlight += 1;
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
        simpleParser(stream)
          .then(async (parsed) => {
            if (this.answerDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.answerDelayMs));
            if (reply) {
              const error = Object.assign(new Error(reply.message), { responseCode: reply.code });
              return callback(error);
            }
            const headers: Record<string, string> = {};
            for (const [key, value] of parsed.headers) {
              headers[key] = typeof value === 'string' ? value : JSON.stringify(value);
            }
            const id = randomUUID();
            if (parsed.attachments.length > 0) this.attachmentContent.set(id, parsed.attachments.map((a) => a.content));
            this.add({
              id,
              receivedAt: new Date().toISOString(),
              messageId: parsed.messageId ?? null,
              from: addressText(parsed.from),
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
              headers,
              ...(parsed.attachments.length > 0 ? {
                attachments: parsed.attachments.map((a) => ({
                  fileName: a.filename ?? null, contentType: a.contentType, size: a.content.length,
                  sha256: createHash('sha256').update(a.content).digest('hex'),
                })),
              } : {}),
            });
            callback();
          })
          .catch((error: Error) => callback(error))
          .finally(() => { this.inFlight -= 1; });
      },
    });
    server.on('error', () => undefined);
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      server.server.once('error', onError);
      server.listen(port, host, () => {
        server.server.off('error', onError);
        resolve();
      });
    });
    const address = server.server.address();
    this.port = typeof address === 'object' && address ? address.port : port;
    return this.port;
  }

  /** Every message is answered this long after it arrived, as a slow relay answers (a sender's concurrency shows). */
  answerAfter(ms: number): void {
    this.answerDelayMs = ms;
  }

  /** The next messages get these SMTP answers instead of 250, in order. */
  scriptReplies(...replies: ScriptedReply[]): void {
    this.scripted.push(...replies);
  }

  clear(): void {
    this.messages.length = 0;
    this.attachmentContent.clear();
  }

  /** The bytes of a caught message's attachment, as received (this process's messages only). */
  attachmentBytes(messageId: string, index: number): Buffer | undefined {
    return this.attachmentContent.get(messageId)?.[index];
  }

  /** Waits until `count` messages match, and returns them; rejects after the timeout saying what it saw. */
  async waitFor(match: (m: CaughtMessage) => boolean, options: { count?: number; timeoutMs?: number } = {}): Promise<CaughtMessage[]> {
    const count = options.count ?? 1;
    const timeoutMs = options.timeoutMs ?? 10_000;
    const found = () => this.messages.filter(match);
    if (found().length >= count) return found();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (found().length >= count) {
          clearTimeout(timer);
          this.waiters.delete(check);
          resolve(found());
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        const seen = this.messages.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ') || 'none';
        reject(new Error(`expected ${count} matching e-mail(s) within ${timeoutMs} ms, found ${found().length}; caught: ${seen}`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private add(message: CaughtMessage): void {
    this.messages.push(message);
    if (this.storeFile) appendFileSync(this.storeFile, `${JSON.stringify(message)}\n`);
    for (const waiter of [...this.waiters]) waiter();
  }
}
