/**
 * A real SMTP server that only notes what it accepts (when, for whom, which Message-ID): parsing
 * 11,000 messages with mailparser would take the CPU the benchmark measures.
 */
import { SMTPServer } from 'smtp-server';

export interface Accepted { at: number; to: string[]; messageId: string | null }

export class CountingSmtp {
  readonly accepted: Accepted[] = [];
  private server: SMTPServer | undefined;

  async listen(): Promise<string> {
    const server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
      onData: (stream, session, callback) => {
        let head = '';
        stream.on('data', (chunk: Buffer) => { if (!head.includes('\r\n\r\n')) head += chunk.toString('latin1'); });
        stream.on('end', () => {
          const headers = head.split('\r\n\r\n')[0]!;
          this.accepted.push({
            at: performance.now(),
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            messageId: headers.match(/^message-id:\s*(\S+)/im)?.[1] ?? null,
          });
          callback();
        });
      },
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
