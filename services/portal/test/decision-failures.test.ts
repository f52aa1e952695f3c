import { Writable } from 'node:stream';
import t from 'tap';
import { portalLoggerOptions } from '../src/app.js';
import { consumeLink } from '../src/decisions/decide.js';
import { csrfOf, form, formHeaders, portalApp } from '../test-support/portal-app.js';

/* What the reader sees, and what is left behind, when the round cannot take the decision. */

t.test('a decision the round refuses rolls the link back: it can be used again', async (t) => {
  const portal = await portalApp(t);
  const { input, state } = await portal.startRound();
  const link = await portal.issue(input, input.members[0]!);
  const row = await portal.linkRow(link.linkId);
  const outcome = await consumeLink(portal.db, row, async () => {
    t.not((await portal.linkRow(link.linkId)).id, undefined);
    return { kind: 'refused' };
  });
  t.equal(outcome.kind, 'refused');
  t.equal((await portal.linkRow(link.linkId)).used_at, null, 'the claim was rolled back');
  t.equal((await state()).decisions.length, 0);

  const page = await portal.pages.inject({ method: 'GET', url: link.path });
  const posted = await portal.pages.inject({ method: 'POST', url: link.path, headers: formHeaders, payload: form({ csrf: csrfOf(page.body), 'outcome:plan': 'approve' }) });
  t.equal(posted.statusCode, 200, 'the link still decides afterwards');
});

t.test('a decision recorded before a crash is found again, and the link consumed, on the next POST', async (t) => {
  const portal = await portalApp(t);
  const { input, handle, state } = await portal.startRound();
  const link = await portal.issue(input, input.members[0]!);
  const csrf = csrfOf((await portal.pages.inject({ method: 'GET', url: link.path })).body);
  // The Update went through, then the process died before the commit: the round has the decision, the link is unused.
  const { decide, decisionUpdateId } = await import('@jalon/workflows');
  await handle.executeUpdate(decide, {
    args: [{ personId: 'dgsp', planVersion: 3, decisions: [{ item: 'plan', outcome: 'approve' }] }],
    updateId: decisionUpdateId(input.roundId, 'dgsp', 3),
  });
  t.equal((await portal.linkRow(link.linkId)).used_at, null);

  const again = await portal.pages.inject({ method: 'POST', url: link.path, headers: formHeaders, payload: form({ csrf, 'outcome:plan': 'approve' }) });
  t.equal(again.statusCode, 200, 'the retried POST is answered as recorded');
  t.match(again.body, 'Votre décision a été enregistrée');
  t.not((await portal.linkRow(link.linkId)).used_at, null, 'and the link is consumed now');
  t.equal((await state()).decisions.length, 1, 'still one decision');
});

t.test('when the round does not answer, the reader is told so and the link stays usable', async (t) => {
  const portal = await portalApp(t, { worker: false, temporalTimeoutMs: 1_500 });
  const { input } = await portal.startRound();
  const link = await portal.issue(input, input.members[1]!);
  const page = await portal.pages.inject({ method: 'GET', url: link.path });
  t.equal(page.statusCode, 200, 'the page falls back on the link alone');
  const posted = await portal.pages.inject({ method: 'POST', url: link.path, headers: formHeaders, payload: form({ csrf: csrfOf(page.body), 'outcome:plan': 'approve' }) });
  t.equal(posted.statusCode, 503);
  t.match(posted.body, 'Dienst tijdelijk niet beschikbaar');
  t.equal((await portal.linkRow(link.linkId)).used_at, null, 'not consumed');
});

t.test('too many requests from one address get a bilingual page', async (t) => {
  const portal = await portalApp(t, { rateLimit: 3 });
  const statuses: number[] = [];
  let last = '';
  for (let i = 0; i < 4; i += 1) {
    const response = await portal.pages.inject({ method: 'GET', url: '/decisions/unknown-token' });
    statuses.push(response.statusCode);
    last = response.body;
  }
  t.same(statuses, [404, 404, 404, 429]);
  t.match(last, 'Trop de demandes');
  t.match(last, 'Te veel aanvragen');
});

t.test('no log line carries a token', async (t) => {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
  const portal = await portalApp(t, { logger: { ...portalLoggerOptions(), level: 'info', stream } });
  const { input } = await portal.startRound();
  const link = await portal.issue(input, input.members[0]!);
  const page = await portal.pages.inject({ method: 'GET', url: link.path });
  await portal.pages.inject({ method: 'POST', url: link.path, headers: formHeaders, payload: form({ csrf: csrfOf(page.body), 'outcome:plan': 'approve' }) });
  await portal.pages.inject({ method: 'GET', url: `${link.path.slice(0, -1)}?x=1` });
  t.ok(lines.some((l) => l.includes('/decisions/[token]')), 'requests are logged, without their token');
  t.ok(lines.some((l) => l.includes(link.linkId)), 'the link is named by its id');
  t.notOk(lines.some((l) => l.includes(link.token) || l.includes(link.token.slice(0, -1))), 'no token in any line');
});

t.test('a decision address without a token gets the unknown-link page', async (t) => {
  const portal = await portalApp(t);
  for (const url of ['/decisions/', '/decisions']) {
    const response = await portal.pages.inject({ method: 'GET', url });
    t.equal(response.statusCode, 404, url);
    t.match(response.body, 'Lien non valable', url);
  }
});
