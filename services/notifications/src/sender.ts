import { startPollLoop, type PollLoop } from '@jalon/service-kit';
import type { FastifyBaseLogger } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { Database, OutboxRow } from './database.js';
import { openBody } from './outbox-bodies.js';
import { queueFailureReports } from './failure-reports.js';
import { classifySendError, retryDelayMs, type SendFailure } from './send-errors.js';
import { DEFAULT_SENDER_SETTINGS, type SenderSettings } from './sender-settings.js';
import type { SmtpTransport } from './smtp-transport.js';

/*
 * Delivery from the outbox. A run claims due rows (pending or retrying, or stuck in 'sending' past
 * their lease) with FOR UPDATE SKIP LOCKED, so any number of runs and processes share the work without
 * sending a row twice, and marks them 'sending' with a lease before talking to SMTP.
 *
 * At most one duplicate is possible, and only this way: the process dies (or loses the database)
 * after the SMTP server accepted a message and before the row is marked 'sent'. The row stays in
 * 'sending'; when its lease ends another run sends it again. That copy carries the same Message-ID,
 * so mail clients and servers that deduplicate show it once. Marking 'sent' before sending would
 * trade this for losing the e-mail, which is worse for a deadline.
 */

export type SenderLog = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

export interface SendOptions extends Partial<Omit<SenderSettings, 'bodyKeys'>>, Pick<SenderSettings, 'bodyKeys'> {
  /** fault tests: called once the mail server accepted a message, before the outbox records it */
  afterSmtpAccepted?: () => void;
  log?: SenderLog | undefined;
}

export interface SendReport {
  /** rows this run took */
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

type Outcome = 'sent' | 'retrying' | 'failed';
type Clock = () => Date;

const silent: SenderLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Sends every message due at `now`, once; the loop below calls it, tests call it directly. */
export async function sendDue(db: Kysely<Database>, smtp: SmtpTransport, now: Date, options: SendOptions): Promise<SendReport> {
  const { log = silent, afterSmtpAccepted, ...overrides } = options;
  const settings: SenderSettings = { ...DEFAULT_SENDER_SETTINGS, ...overrides };
  // The run's time starts at `now` and moves on with the real clock, so that a retry waits its full
  // delay from the failed attempt, however long the claim and the SMTP exchange took.
  const started = Date.now();
  const clock: Clock = () => new Date(now.getTime() + (Date.now() - started));
  const claimed = await claimDue(db, now, settings);
  const report: SendReport = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  const results = await Promise.allSettled(claimed.map((row) => deliver(db, smtp, row, clock, settings, log, afterSmtpAccepted)));
  for (const result of results) if (result.status === 'fulfilled') report[result.value] += 1;
  const broken = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  // The rows whose outcome could not be recorded stay 'sending' and are taken up again after their lease.
  if (broken) throw broken.reason;
  return report;
}

function claimDue(db: Kysely<Database>, now: Date, settings: SenderSettings): Promise<OutboxRow[]> {
  return db.updateTable('outbox')
    .set({ status: 'sending', attempts: sql`attempts + 1`, next_attempt_at: new Date(now.getTime() + settings.leaseMs) })
    .where('id', 'in', (eb) => eb.selectFrom('outbox').select('id')
      .where('status', 'in', ['pending', 'retrying', 'sending'])
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at')
      .limit(settings.batchSize)
      .forUpdate()
      .skipLocked())
    .returningAll()
    .execute();
}

/**
 * Updates only while the row is still this run's claim: if the lease ran out and another run took
 * the row over (its attempts moved on), the late answer of this run is not recorded over the newer one.
 */
function stillClaimed(db: Kysely<Database>, row: OutboxRow) {
  return db.updateTable('outbox').where('id', '=', row.id).where('status', '=', 'sending').where('attempts', '=', row.attempts);
}

async function deliver(
  db: Kysely<Database>, smtp: SmtpTransport, row: OutboxRow, clock: Clock, settings: SenderSettings, log: SenderLog, afterSmtpAccepted?: () => void,
): Promise<Outcome> {
  let body;
  try {
    body = openBody(row, settings.bodyKeys);
  } catch (error) {
    // A key taken out of OUTBOX_KEYS too early, or a body purged: no attempt can send this message.
    return recordFailure(db, row, { permanent: true, error: (error as Error).message, smtpResponse: null }, clock(), settings, log);
  }
  let response: string;
  try {
    const info = await smtp.sendMail({
      from: settings.from,
      to: { name: row.recipient_name, address: row.recipient_email },
      subject: row.subject,
      text: body.text,
      html: body.html,
      ...(body.attachments?.length
        ? { attachments: body.attachments.map((a) => ({ filename: a.fileName, contentType: a.contentType, content: Buffer.from(a.content, 'base64') })) }
        : {}),
      messageId: row.message_id,
      headers: {
        'Content-Language': row.language,
        // RFC 3834: out-of-office replies must not answer an automatic message.
        'Auto-Submitted': 'auto-generated',
        'X-Auto-Response-Suppress': 'All',
      },
    });
    response = typeof info.response === 'string' ? info.response : 'accepted';
  } catch (error) {
    return recordFailure(db, row, classifySendError(error), clock(), settings, log);
  }
  afterSmtpAccepted?.();
  const [marked] = await stillClaimed(db, row).set({ status: 'sent', sent_at: clock(), smtp_response: response, next_attempt_at: null }).execute();
  // Another run re-claimed the row after our lease ran out: it owns the outcome, not this one.
  if (!marked || marked.numUpdatedRows === 0n) log.warn({ id: row.id }, 'sent after the lease ran out; another run owns this message');
  return 'sent';
}

async function recordFailure(db: Kysely<Database>, row: OutboxRow, failure: SendFailure, failedAt: Date, settings: SenderSettings, log: SenderLog): Promise<Outcome> {
  const context = { notificationId: row.id, messageId: row.message_id, attempts: row.attempts, error: failure.error };
  if (!failure.permanent && row.attempts < settings.maxAttempts) {
    const nextAttemptAt = new Date(failedAt.getTime() + retryDelayMs(row.attempts, settings.retryBaseMs, settings.retryCapMs));
    await stillClaimed(db, row).set({
      status: 'retrying', next_attempt_at: nextAttemptAt, last_error: failure.error, smtp_response: failure.smtpResponse,
    }).execute();
    log.warn({ ...context, nextAttemptAt }, 'e-mail not accepted yet; will try again');
    return 'retrying';
  }
  await db.transaction().execute(async (trx) => {
    const failed = await stillClaimed(trx, row).set({
      status: 'failed', next_attempt_at: null, last_error: failure.error, smtp_response: failure.smtpResponse,
    }).returningAll().executeTakeFirst();
    if (!failed) return;
    log.error(context, failure.permanent ? 'e-mail refused by the mail server' : 'e-mail given up after the last attempt');
    // A report that cannot be delivered is not reported in turn: that would loop.
    if (failed.template === 'delivery_failed') {
      log.error(context, 'a delivery failure report to the President\'s office could not be delivered; check its address in PRESIDENT_OFFICE_EMAILS');
      return;
    }
    if (settings.presidentOffice.addresses.length === 0) {
      log.warn(context, 'nobody was told of this failed e-mail: set PRESIDENT_OFFICE_EMAILS');
      return;
    }
    await queueFailureReports(trx, failed, failure, failedAt, settings);
    await trx.updateTable('outbox').set({ failure_reported_at: failedAt }).where('id', '=', failed.id).execute();
  });
  return 'failed';
}

export type SenderLoop = PollLoop;

/**
 * Runs sendDue until stopped: again at once while runs find work (a failure report queued by one run
 * goes out in the next), otherwise after `pollMs` or as soon as woken. As many loops side by side as
 * the SMTP connections hold runs of `batchSize`: they share the outbox as separate processes do.
 */
export function startSender(
  db: Kysely<Database>,
  smtp: SmtpTransport,
  settings: SenderSettings & { pollMs: number; afterSmtpAccepted?: () => void },
  log: SenderLog,
): SenderLoop {
  const loops = Array.from({ length: Math.max(1, Math.floor(settings.connections / settings.batchSize)) }, () => startPollLoop({
    pollMs: settings.pollMs,
    run: async () => (await sendDue(db, smtp, new Date(), { ...settings, log })).claimed > 0,
    onError: (error) => log.error({ err: error }, `sending due e-mails failed; trying again in ${settings.pollMs} ms`),
  }));
  return {
    wake: () => { for (const loop of loops) loop.wake(); },
    stop: async () => { await Promise.all(loops.map((loop) => loop.stop())); },
  };
}
