import { startPollLoop, type PollLoop } from '@jalon/service-kit';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { PlanKind } from '../repositories/versions.js';
import { versionDocument } from './version-document.js';

/*
 * Renders each frozen version's PDF as soon as the version exists, so that the document shows the
 * plan's figures (7.1, 7.2) and chapters as they were when it was frozen, not as they are at its first
 * download. It runs beside the freeze, never in it: a freeze commits at once (rendering takes seconds,
 * more under load, and no transaction or lock is held for it), and a version whose rendering fails
 * stays without a document until a later pass renders it. Nothing is lost: a pass takes every version
 * still without its document, so a restart or a failed rendering is made up at the next pass (and a
 * download renders one that is still missing, as before).
 */

export interface RendererLog { info: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void }

interface VersionKey { plan_kind: PlanKind; plan_id: string; number: number }

/**
 * Versions frozen without a kept PDF, newest first: the one just frozen is the one a transmission
 * waits for. Read from their queue, which holds only what is left to render, not from every version
 * ever frozen (migration 2026-12-11T0900).
 */
export function versionsWithoutDocument(db: Kysely<Database>): Promise<VersionKey[]> {
  return db.selectFrom('versions_to_render').select(['plan_kind', 'plan_id', 'number']).orderBy('frozen_at', 'desc').execute();
}

const RETRY_BASE_MS = 30_000;
const RETRY_CAP_MS = 30 * 60_000;

/**
 * Renders and keeps the PDF of every version still without one. A version that failed waits before
 * its next try (doubling, up to half an hour) so that one broken plan does not take the CPU from the
 * others; `failures` carries those waits from one pass to the next.
 */
export async function renderMissingDocuments(
  db: Kysely<Database>, log: RendererLog, failures: Map<string, { count: number; retryAt: number }>, stopped: () => boolean = () => false,
): Promise<number> {
  let rendered = 0;
  for (const key of await versionsWithoutDocument(db)) {
    if (stopped()) break;
    const id = `${key.plan_kind}/${key.plan_id}/${key.number}`;
    const failed = failures.get(id);
    if (failed && failed.retryAt > Date.now()) continue;
    const started = Date.now();
    try {
      await versionDocument(db, key.plan_kind, key.plan_id, key.number);
      failures.delete(id);
      rendered += 1;
      log.info({ version: id, ms: Date.now() - started }, 'frozen version rendered as PDF and kept');
    } catch (error) {
      const count = (failed?.count ?? 0) + 1;
      const waitMs = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (count - 1));
      failures.set(id, { count, retryAt: Date.now() + waitMs });
      log.error({ err: error, version: id, attempts: count, nextTryInMs: waitMs }, 'rendering a frozen version\'s PDF failed; it will be tried again');
    }
  }
  return rendered;
}

/** Renders missing documents at start, when woken after a freeze, and every `pollMs`. */
export function startDocumentRenderer(db: Kysely<Database>, options: { pollMs: number }, log: RendererLog): PollLoop {
  const failures = new Map<string, { count: number; retryAt: number }>();
  return startPollLoop({
    pollMs: options.pollMs,
    unref: true,
    // Each run takes every version still missing its document; a version frozen during the run wakes the loop for another.
    run: async (stopped) => { await renderMissingDocuments(db, log, failures, stopped); return false; },
    onError: (error) => log.error({ err: error }, `looking for versions to render failed; trying again in ${options.pollMs} ms`),
  });
}
