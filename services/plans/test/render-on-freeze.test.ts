import { createHash } from 'node:crypto';
import t from 'tap';
import { renderMissingDocuments, versionsWithoutDocument } from '../src/documents/document-renderer.js';
import { plansApp, worker } from '../test-support/plans-app.js';
import { renderedInAnotherProcess } from '../test-support/render-in-another-process.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

t.test('a version\'s PDF is rendered and kept when it is frozen: a chapter corrected before the first download does not reach it', async (t) => {
  const { app, planId, url, ownerDb, db } = await plansApp(t, { renderDocuments: { pollMs: 60_000 } });
  const started = Date.now();
  const frozen = await app.inject({ method: 'POST', url: `/strategic-plans/${planId}/versions`, headers: worker });
  t.equal(frozen.statusCode, 201, `frozen in ${Date.now() - started} ms, without waiting for the PDF`);

  // Nobody asks for the document: the service renders it on its own.
  let pdfSha256: string | null = null;
  const deadline = Date.now() + 90_000;
  while (pdfSha256 === null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    pdfSha256 = (await app.inject({ url: `/strategic-plans/${planId}/versions/1`, headers: worker })).json().pdfSha256 as string | null;
  }
  t.match(pdfSha256, /^[0-9a-f]{64}$/, `the PDF's hash is recorded ${Date.now() - started} ms after the freeze, before any download`);
  t.same(await versionsWithoutDocument(db), [], 'and no version is left waiting for its document');

  // Chapters 2 to 5 live beside the plan, not in its frozen snapshot (reloading the reference plan corrects them).
  await ownerDb.updateTable('plan_chapters').set({ text: 'Texte corrigé après le gel de la version.' }).where('plan_id', '=', planId).where('number', '=', 2).execute();
  t.not(await renderedInAnotherProcess(url, planId), pdfSha256, 'rendered now, the document would show the corrected chapter');

  const downloaded = await app.inject({ url: `/strategic-plans/${planId}/versions/1/document.pdf`, headers: worker });
  t.equal(downloaded.statusCode, 200);
  t.equal(sha256(downloaded.rawPayload), pdfSha256, 'the first download serves the document as it was when the version was frozen');

  const again = await app.inject({ method: 'POST', url: `/strategic-plans/${planId}/versions`, headers: worker });
  t.equal(again.statusCode, 200, 'freezing unchanged content again gives the same version, and renders nothing new');
});

t.test('a version whose PDF cannot be rendered is tried again later, with a growing wait, and does not hold up the others', async (t) => {
  const { ownerDb, db } = await plansApp(t, { loadReference: false });
  // A snapshot the renderer cannot read (as a version of a future schema would be): rendering it fails.
  await ownerDb.insertInto('plan_versions').values({
    plan_kind: 'operational', plan_id: '0b0b0b0b-0000-4000-8000-000000000001', number: 1, sha256: 'e3'.repeat(32), snapshot: JSON.stringify({ kind: 'unknown' }), created_by: 'test',
  }).execute();
  const errors: Array<{ attempts?: number; nextTryInMs?: number }> = [];
  const log = { info: () => undefined, error: (obj: object) => { errors.push(obj); } };
  const failures = new Map<string, { count: number; retryAt: number }>();

  t.equal(await renderMissingDocuments(db, log, failures), 0, 'nothing rendered');
  t.match(errors, [{ attempts: 1, nextTryInMs: 30_000 }], 'the failure is logged, with when it is tried again');
  t.equal(await renderMissingDocuments(db, log, failures), 0);
  t.equal(errors.length, 1, 'a pass during the wait leaves the broken version alone');
  for (const failure of failures.values()) failure.retryAt = Date.now() - 1;
  await renderMissingDocuments(db, log, failures);
  t.match(errors[1], { attempts: 2, nextTryInMs: 60_000 }, 'after the wait it is tried again, and the next wait doubles');
  t.equal((await versionsWithoutDocument(db)).length, 1, 'the version is still waiting for its document: never marked done');
});
