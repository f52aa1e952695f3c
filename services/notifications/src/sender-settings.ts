import type { Language, Recipient } from '@jalon/contracts';
import type { BodyKeyring } from './body-keys.js';

/** Someone who must hear about e-mails that could not be delivered. */
export type OfficeAddress = Pick<Recipient, 'name' | 'email'>;

/** What the sender needs besides the database and the SMTP transport. */
export interface SenderSettings {
  /** the From header, e.g. `Jalon <jalon@ibz.be>` */
  from: string;
  /** the right-hand side of every Message-ID */
  mailDomain: string;
  /** delay before the first retry; each further retry waits twice as long */
  retryBaseMs: number;
  /** no retry waits longer than this */
  retryCapMs: number;
  /** attempts (the first one included) before a message that keeps getting 4xx answers is given up */
  maxAttempts: number;
  /**
   * How long a claimed message may stay in 'sending' before another run takes it over. Longer than
   * the worst SMTP exchange (the transport times out idle sockets after a minute), so that a live
   * sender is never overtaken.
   */
  leaseMs: number;
  /** messages claimed per run; the pooled transport sends them over a few connections */
  batchSize: number;
  /**
   * The SMTP transport's connections: as many messages are in flight at once, in runs of
   * `batchSize` side by side (connections / batchSize of them, at least one).
   */
  connections: number;
  /** the President's office, told of every e-mail that could not be delivered */
  presidentOffice: { addresses: OfficeAddress[]; language: Language };
  /** seals the bodies queued (failure reports) and opens those sent (OUTBOX_KEYS) */
  bodyKeys: BodyKeyring;
}

/** Everything but the keys, which come from the configuration alone. */
export const DEFAULT_SENDER_SETTINGS: Readonly<Omit<SenderSettings, 'bodyKeys'>> = Object.freeze({
  from: 'Jalon <jalon@localhost>',
  mailDomain: 'jalon.localhost',
  retryBaseMs: 30_000,
  retryCapMs: 3_600_000,
  maxAttempts: 12,
  leaseMs: 5 * 60_000,
  // No more than the SMTP pool's connections: a claimed message waiting for a free connection
  // could outlast its lease and be claimed, and sent, a second time.
  batchSize: 5,
  // Four runs side by side: one run of five waits for its slowest message before claiming more, and
  // the measured sending rate was 54 e-mails/s with a single run (bench fan-out, 100 organisations).
  connections: 20,
  presidentOffice: Object.freeze({ addresses: [], language: 'fr' as Language }),
});
