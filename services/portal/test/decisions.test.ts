import { randomBytes } from 'node:crypto';
import t from 'tap';
import { csrfOf, form, formHeaders, member, portalApp } from '../test-support/portal-app.js';

/*
 * The decision pages end to end: links issued through POST /links, pages through inject(), the
 * decision in a real approval round on the test Temporal server.
 */

const portal = await portalApp(t);
const app = portal.pages;

const get = (path: string, method: 'GET' | 'HEAD' = 'GET') => app.inject({ method, url: path });
const post = (path: string, fields: Record<string, string>) => app.inject({ method: 'POST', url: path, headers: formHeaders, payload: form(fields) });

t.test('a HEAD and two GETs decide nothing; the POST then records the decision', async (t) => {
  const { input, state } = await portal.startRound();
  const link = await portal.issue(input, input.members[0]!);

  const head = await get(link.path, 'HEAD');
  t.equal(head.statusCode, 200, 'HEAD answers like GET');
  t.equal(head.body, '', 'HEAD has no body');
  const first = await get(link.path);
  const second = await get(link.path);
  t.equal(first.statusCode, 200);
  t.equal(second.statusCode, 200, 'a second GET (the reader after the mail scanner) still shows the form');
  t.equal((await state()).decisions.length, 0, 'nothing decided by HEAD or GET');
  t.equal((await portal.linkRow(link.linkId)).used_at, null, 'the link is not consumed by HEAD or GET');

  const response = await post(link.path, { csrf: csrfOf(second.body), 'outcome:plan': 'approve', 'comment:plan': '' });
  t.equal(response.statusCode, 200);
  t.match(response.body, 'Votre décision a été enregistrée');
  const after = await state();
  t.same(after.decisions.map((d) => [d.personId, d.planVersion, d.decisions]), [['dgsp', 3, [{ item: 'plan', outcome: 'approve' }]]]);
  t.same(after.pending, ['oe', 'dgiac']);
  t.not((await portal.linkRow(link.linkId)).used_at, null, 'the POST consumed the link');

  const again = await get(link.path);
  t.equal(again.statusCode, 410, 'the link cannot be used again');
  t.match(again.body, 'Ce lien a déjà été utilisé');
});

t.test('the page shows the plan, the objectives, the changes and a labelled form, with safe headers', async (t) => {
  const { input } = await portal.startRound();
  const page = await get((await portal.issue(input, input.members[0]!)).path);
  t.equal(page.statusCode, 200);
  t.match(page.headers['content-type'], /^text\/html; charset=utf-8/);
  t.match(page.headers['content-security-policy'], /default-src 'self'/);
  t.match(page.headers['content-security-policy'], /frame-ancestors 'none'/);
  t.equal(page.headers['x-content-type-options'], 'nosniff');
  t.equal(page.headers['referrer-policy'], 'no-referrer');
  t.equal(page.headers['cache-control'], 'no-store');

  const body = page.body;
  t.match(body, '<html lang="fr">');
  t.match(body, 'Plan stratégique 2022-2024');
  t.match(body, 'Validation par le comité de direction');
  t.match(body, 'Version 3 du plan');
  t.match(body, 'Objectifs concernés');
  t.match(body, 'Garantir un accès au territoire maîtrisé');
  t.match(body, 'Modifications depuis la version 2');
  t.match(body, 'Objectif 21 : délais précisés');
  t.match(body, 'mardi 15 décembre 2026', 'the due date in French');
  t.notMatch(body, /<script/i, 'no script at all');
  t.notMatch(body, /\sstyle=/i, 'no inline style, which the CSP would block');
  t.match(body, /<form method="post"/);
  const ids = [...body.matchAll(/<(?:input|textarea)[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
  t.ok(ids.length >= 3, 'radios and a comment field');
  for (const id of ids) t.match(body, new RegExp(`<label[^>]* for="${id}"`), `field ${id} has a label`);
  t.match(body, /<fieldset class="item">\s*<legend>Le plan stratégique dans son ensemble<\/legend>/, 'the radios are grouped under the item\'s name');

  const css = await get('/assets/portal.css');
  t.equal(css.statusCode, 200);
  t.match(css.headers['content-type'], /^text\/css/);
  t.match(css.body, ':focus-visible', 'focus is visible');
});

t.test('a Dutch-speaking reviewer gets Dutch pages throughout', async (t) => {
  const { input, state } = await portal.startRound();
  const link = await portal.issue(input, input.members[1]!);
  const page = await get(link.path);
  t.equal(page.statusCode, 200);
  t.match(page.body, '<html lang="nl">');
  for (const text of ['Uw beslissing: Validering door het directiecomité', 'Strategisch plan 2022-2024', 'Versie 3 van het plan',
    'Betrokken doelstellingen', 'Een beheerste toegang tot het grondgebied waarborgen', 'Wijzigingen sinds versie 2',
    'Ik keur goed', 'Ik vraag wijzigingen', 'Opmerking', 'Mijn beslissing versturen', '15 december 2026']) {
    t.match(page.body, text, text);
  }
  t.notMatch(page.body, 'J’approuve', 'no French on a Dutch page');

  const invalid = await post(link.path, { csrf: csrfOf(page.body), 'outcome:plan': 'request_changes', 'comment:plan': '  ' });
  t.equal(invalid.statusCode, 400, 'changes without a comment');
  t.match(invalid.body, 'Uw beslissing werd niet verstuurd');
  t.match(invalid.body, 'Het strategisch plan in zijn geheel: vermeld wat er moet veranderen.', 'the error names the field, in Dutch');
  t.match(invalid.body, /id="item-0-changes"[^>]*checked/, 'what was chosen is kept');
  t.equal((await state()).decisions.length, 0, 'nothing decided');
  t.equal((await portal.linkRow(link.linkId)).used_at, null, 'the link is still usable');

  const missing = await post(link.path, { csrf: csrfOf(page.body) });
  t.equal(missing.statusCode, 400);
  t.match(missing.body, 'Het strategisch plan in zijn geheel: kies ‘Ik keur goed’ of ‘Ik vraag wijzigingen’.');

  const done = await post(link.path, { csrf: csrfOf(page.body), 'outcome:plan': 'request_changes', 'comment:plan': 'Doelstelling 21: termijnen ontbreken.' });
  t.equal(done.statusCode, 200);
  t.match(done.body, 'Uw beslissing werd geregistreerd');
  t.match(done.body, 'Wijzigingen gevraagd');
  t.same((await state()).decisions[0]?.decisions, [{ item: 'plan', outcome: 'request_changes', comment: 'Doelstelling 21: termijnen ontbreken.' }]);

  const used = await post(link.path, { csrf: csrfOf(page.body), 'outcome:plan': 'approve' });
  t.equal(used.statusCode, 410);
  t.match(used.body, 'Deze link werd al gebruikt');
});

t.test('20 concurrent POSTs of one link make exactly one decision', async (t) => {
  const { input, state } = await portal.startRound();
  const link = await portal.issue(input, input.members[2]!);
  const csrf = csrfOf((await get(link.path)).body);
  const responses = await Promise.all(Array.from({ length: 20 }, () => post(link.path, { csrf, 'outcome:plan': 'approve' })));
  const recorded = responses.filter((r) => r.statusCode === 200);
  t.equal(recorded.length, 1, 'one POST records the decision');
  t.match(recorded[0]?.body, 'Votre décision a été enregistrée');
  const others = responses.filter((r) => r.statusCode !== 200);
  t.equal(others.length, 19);
  t.ok(others.every((r) => r.statusCode === 410 && r.body.includes('Ce lien a déjà été utilisé')), 'the others are told the link was used');
  const decisions = (await state()).decisions;
  t.equal(decisions.length, 1, 'one decision in the round');
  t.equal(decisions[0]?.personId, 'dgiac');
});

t.test('a link past its hard cap shows when it expired and changes nothing', async (t) => {
  const { input, state } = await portal.startRound();
  const link = await portal.issue(input, input.members[0]!);
  // The cap is a year after the last e-mail; this one's has passed.
  await portal.db.updateTable('decision_links').set({ expires_at: '2026-01-05T09:30:00+01:00' }).where('id', '=', link.linkId).execute();
  const page = await get(link.path);
  t.equal(page.statusCode, 410);
  t.match(page.body, 'Ce lien a expiré');
  t.match(page.body, 'lundi 5 janvier 2026 à 09:30', 'in Brussels time');
  t.notMatch(page.body, '<form');
  const response = await post(link.path, { csrf: 'x', 'outcome:plan': 'approve' });
  t.equal(response.statusCode, 403, 'no form to take the anti-forgery value from');
  t.equal((await state()).decisions.length, 0);
  t.equal((await portal.linkRow(link.linkId)).used_at, null);
});

t.test('an expired link stays refused even with a valid form', async (t) => {
  const { input, state } = await portal.startRound();
  const link = await portal.issue(input, input.members[0]!);
  const csrf = csrfOf((await get(link.path)).body);
  await portal.db.updateTable('decision_links').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', link.linkId).execute();
  const response = await post(link.path, { csrf, 'outcome:plan': 'approve' });
  t.equal(response.statusCode, 410);
  t.match(response.body, 'Ce lien a expiré');
  t.equal((await state()).decisions.length, 0);
  t.equal((await portal.linkRow(link.linkId)).used_at, null);
});

t.test('truncated and forged tokens get one and the same bilingual page', async (t) => {
  const { input, state } = await portal.startRound();
  const link = await portal.issue(input, input.members[0]!);
  const csrf = csrfOf((await get(link.path)).body);
  const truncated = link.path.slice(0, -1);
  const forged = `/decisions/${randomBytes(32).toString('base64url')}`;
  const altered = `${link.path.slice(0, -1)}${link.path.endsWith('A') ? 'B' : 'A'}`;
  const pages: string[] = [];
  for (const path of [truncated, forged, altered, '/decisions/x', `${link.path}x`]) {
    const page = await get(path);
    t.equal(page.statusCode, 404, `GET ${path.length} chars: 404`);
    pages.push(page.body);
    const posted = await post(path, { csrf, 'outcome:plan': 'approve' });
    t.equal(posted.statusCode, 404, 'POST: 404');
    pages.push(posted.body);
  }
  t.ok(pages.every((p) => p === pages[0]), 'the same page for every unknown token');
  t.match(pages[0], 'Lien non valable');
  t.match(pages[0], 'Ongeldige link');
  t.match(pages[0], '<section lang="nl">');
  t.equal((await state()).decisions.length, 0, 'nothing decided');
  t.equal((await portal.linkRow(link.linkId)).used_at, null, 'the real link is untouched');
});

t.test('another person\'s link decides as its owner only, never as whoever the form names', async (t) => {
  const { input, state } = await portal.startRound();
  const mine = await portal.issue(input, input.members[0]!);
  const theirs = await portal.issue(input, input.members[1]!);
  const myCsrf = csrfOf((await get(mine.path)).body);
  const theirCsrf = csrfOf((await get(theirs.path)).body);

  const crossed = await post(theirs.path, { csrf: myCsrf, 'outcome:plan': 'approve' });
  t.equal(crossed.statusCode, 403, 'my form\'s anti-forgery value does not open their link');
  t.match(crossed.body, 'Dit formulier kon niet worden gecontroleerd', 'the refusal is in the link owner\'s language');
  t.equal((await state()).decisions.length, 0);

  const claimed = await post(theirs.path, { csrf: theirCsrf, 'outcome:plan': 'approve', personId: 'dgsp', person: 'dgsp' });
  t.equal(claimed.statusCode, 200);
  const decisions = (await state()).decisions;
  t.same(decisions.map((d) => d.personId), ['oe'], 'the decision is the link owner\'s, whatever the form claims');
  t.equal((await portal.linkRow(mine.linkId)).used_at, null, 'my link is still unused');
  t.equal((await state()).pending.includes('dgsp'), true, 'and I still have to decide');
});

t.test('a POST without the anti-forgery field, or from another site, is refused and changes nothing', async (t) => {
  const { input, state } = await portal.startRound();
  const link = await portal.issue(input, input.members[0]!);
  const csrf = csrfOf((await get(link.path)).body);
  const missing = await post(link.path, { 'outcome:plan': 'approve' });
  t.equal(missing.statusCode, 403);
  t.match(missing.body, 'Ce formulaire n’a pas pu être vérifié');
  const wrong = await post(link.path, { csrf: `${csrf.slice(0, -2)}xx`, 'outcome:plan': 'approve' });
  t.equal(wrong.statusCode, 403);
  const crossSite = await app.inject({
    method: 'POST', url: link.path, payload: form({ csrf, 'outcome:plan': 'approve' }),
    headers: { ...formHeaders, origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site' },
  });
  t.equal(crossSite.statusCode, 403, 'a form posted from another site');
  const json = await app.inject({ method: 'POST', url: link.path, payload: { csrf, 'outcome:plan': 'approve' } });
  t.equal(json.statusCode, 415, 'only a form is accepted');
  t.match(json.headers['content-type'], /^text\/html/, 'as a page, not JSON');
  t.equal((await state()).decisions.length, 0);
  t.equal((await portal.linkRow(link.linkId)).used_at, null);

  const noReferrerForm = await app.inject({
    method: 'POST', url: link.path, payload: form({ csrf, 'outcome:plan': 'approve' }),
    headers: { ...formHeaders, origin: 'null', 'sec-fetch-site': 'same-origin' },
  });
  t.equal(noReferrerForm.statusCode, 200, 'the portal\'s own form, posted from its no-referrer page, is accepted');
});

t.test('a link superseded by a newer version\'s e-mail is refused and changes nothing', async (t) => {
  const v3 = await portal.startRound();
  const v4 = await portal.startRound({ planId: v3.input.planId, planVersion: 4 });
  const old = await portal.issue(v3.input, v3.input.members[1]!);
  const oldCsrf = csrfOf((await get(old.path)).body);
  const newer = await portal.issue(v4.input, v4.input.members[1]!);

  const page = await get(old.path);
  t.equal(page.statusCode, 410);
  t.match(page.body, 'Deze link werd vervangen');
  const response = await post(old.path, { csrf: oldCsrf, 'outcome:plan': 'approve' });
  t.equal(response.statusCode, 410);
  t.equal((await v3.state()).decisions.length, 0, 'nothing decided in the old round');
  const row = await portal.linkRow(old.linkId);
  t.equal(row.used_at, null);
  t.not(row.superseded_at, null);
  t.equal((await get(newer.path)).statusCode, 200, 'the newer link works');
});

t.test('a closed round says so and records nothing', async (t) => {
  const { input, handle, state } = await portal.startRound({ rule: { kind: 'first' } });
  const late = await portal.issue(input, input.members[1]!);
  const csrf = csrfOf((await get(late.path)).body);
  const first = await portal.issue(input, input.members[0]!);
  t.equal((await post(first.path, { csrf: csrfOf((await get(first.path)).body), 'outcome:plan': 'approve' })).statusCode, 200);
  t.equal((await state()).status, 'closed', 'the first decision closed the round');

  const page = await get(late.path);
  t.equal(page.statusCode, 409);
  t.match(page.body, 'Deze beoordelingsstap is afgesloten');
  const response = await post(late.path, { csrf, 'outcome:plan': 'approve' });
  t.equal(response.statusCode, 409);
  t.match(response.body, 'Deze beoordelingsstap is afgesloten');
  t.equal((await state()).decisions.length, 1);
  t.equal((await portal.linkRow(late.linkId)).used_at, null);
  await handle.result();
});

t.test('a scoped review decides per objective; an objective already sent back is not asked again', async (t) => {
  const { input, state } = await portal.startRound({
    step: 'state_secretary_review', rule: { kind: 'all' }, items: ['20', '21', '22'],
    members: [member('cabinet-mahdi', 'nl'), member('oe', 'nl')],
  });
  const oe = await portal.issue(input, input.members[1]!);
  const oePage = await get(oe.path);
  await post(oe.path, {
    csrf: csrfOf(oePage.body), 'outcome:20': 'approve', 'outcome:21': 'approve', 'outcome:22': 'request_changes', 'comment:22': 'Termijnen ontbreken.',
  });
  const mahdi = await portal.issue(input, input.members[0]!);
  const page = await get(mahdi.path);
  t.equal(page.statusCode, 200);
  t.match(page.body, 'name="outcome:20"');
  t.match(page.body, 'name="outcome:21"');
  t.notMatch(page.body, 'name="outcome:22"', 'objective 22 was sent back already');
  t.match(page.body, 'Over dit punt werd in deze stap al beslist');
  const response = await post(mahdi.path, { csrf: csrfOf(page.body), 'outcome:20': 'approve', 'outcome:21': 'request_changes', 'comment:21': 'Cijfers nakijken.' });
  t.equal(response.statusCode, 200);
  t.same((await state()).decisions.find((d) => d.personId === 'cabinet-mahdi')?.decisions,
    [{ item: '20', outcome: 'approve' }, { item: '21', outcome: 'request_changes', comment: 'Cijfers nakijken.' }]);
});
