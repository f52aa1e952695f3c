import { createHash } from 'node:crypto';
import t from 'tap';
import { cancelRound, roundState } from '@jalon/workflows';
import { csrfOf, form, formHeaders, linkRequest, member, portalApp, PUBLIC_BASE_URL } from '../test-support/portal-app.js';

const waitUntil = async (ok: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 100));
};

/* POST /links: what the round's activities call to put a personal link in each e-mail. */

const portal = await portalApp(t);
const { pages, internal } = portal;
const worker = () => portal.serviceToken('worker');

t.test('a link is built from PUBLIC_BASE_URL, whatever Host the request names', async (t) => {
  const { input } = await portal.startRound();
  const link = await portal.issue(input, input.members[0]!, {}, { host: 'attacker.example', 'x-forwarded-host': 'attacker.example', 'x-forwarded-proto': 'http' });
  t.ok(link.url.startsWith(`${PUBLIC_BASE_URL}/decisions/`), link.url);
  t.match(link.token, /^[A-Za-z0-9_-]{43}$/, '32 bytes, base64url');
  t.ok(Date.parse(link.expiresAt) > Date.now(), 'with its expiry');
});

t.test('only the hash of the token is stored', async (t) => {
  const { input } = await portal.startRound();
  const link = await portal.issue(input, input.members[0]!);
  const row = await portal.linkRow(link.linkId);
  t.equal(row.token_hash, createHash('sha256').update(link.token).digest('hex'));
  t.notMatch(JSON.stringify(row), link.token, 'the token appears in no column');
  t.same(row.items.map((i) => i.key), ['plan']);
  t.equal(row.language, 'fr');
  t.equal(row.plan_version, 3);
});

t.test('two links never share a token', async (t) => {
  const { input } = await portal.startRound();
  const tokens = new Set<string>();
  for (const m of input.members) tokens.add((await portal.issue(input, m)).token);
  t.equal(tokens.size, input.members.length);
});

t.test('a retried issue for the same e-mail gives the same working link; every e-mail of the round has its own, all working', async (t) => {
  const { input } = await portal.startRound();
  const person = input.members[0]!;
  const request = await portal.issue(input, person, { issueKey: `${input.roundId}:dgsp:review_request:0` });
  const retried = await portal.issue(input, person, { issueKey: `${input.roundId}:dgsp:review_request:0` });
  t.equal(retried.token, request.token, 'the retry gets the token of the e-mail already queued');
  const reminder = await portal.issue(input, person, { issueKey: `${input.roundId}:dgsp:reminder:1` });
  t.equal(reminder.linkId, request.linkId, 'the same link');
  t.not(reminder.token, request.token, 'the reminder has a token of its own');
  for (const [what, link] of [['the request', request], ['the reminder', reminder]] as const) {
    t.equal((await pages.inject({ method: 'GET', url: link.path })).statusCode, 200, `${what}'s link opens the page`);
  }
  const tokens = await portal.db.selectFrom('decision_link_tokens').select('token_hash').where('link_id', '=', request.linkId).execute();
  t.same(tokens.map((r) => r.token_hash).sort(), [request.token, reminder.token].map((x) => createHash('sha256').update(x).digest('hex')).sort(), 'only their hashes are stored');
  t.equal(await portal.db.selectFrom('decision_links').select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', input.roundId).executeTakeFirstOrThrow().then((r) => r.n), 1);

  const other = await portal.startRound();
  const sameKey = await portal.issue(other.input, other.input.members[0]!, { issueKey: `${input.roundId}:dgsp:review_request:0` });
  t.not(sameKey.token, request.token, 'the same key for another link gives another token');
});

t.test('a link stays open past the expiry its caller asked for, while its round is open; closing the round ends it', async (t) => {
  const { input, handle } = await portal.startRound();
  // What the round asked for until now: 60 days after a due date long past.
  const link = await portal.issue(input, input.members[0]!, { expiresAt: new Date(Date.now() - 10 * 86_400_000).toISOString(), issueKey: 'late-reminder' });
  t.ok(Date.parse(link.expiresAt) > Date.now() + 300 * 86_400_000, 'kept open up to a year after this e-mail');
  const open = await pages.inject({ method: 'GET', url: link.path });
  t.equal(open.statusCode, 200, 'the page of a late reminder opens while the round is open');
  t.match(open.body, /name="csrf"/, 'with its form');
  await handle.signal(cancelRound, 'plan withdrawn');
  await waitUntil(async () => (await handle.query(roundState)).status === 'cancelled');
  const closed = await pages.inject({ method: 'GET', url: link.path });
  t.equal(closed.statusCode, 409, 'once the round is closed the link opens no form');
  t.match(closed.body, /clôturée/);
  const posted = await pages.inject({ method: 'POST', url: link.path, headers: formHeaders, payload: form({ csrf: csrfOf(open.body), 'outcome:plan': 'approve' }) });
  t.equal(posted.statusCode, 409, 'and decides nothing');
  t.equal((await portal.linkRow(link.linkId)).used_at, null);
});

t.test('a used link is never issued again', async (t) => {
  const { input } = await portal.startRound();
  const link = await portal.issue(input, input.members[0]!);
  await portal.db.updateTable('decision_links').set({ used_at: new Date() }).where('id', '=', link.linkId).execute();
  const response = await internal.inject({ method: 'POST', url: '/links', headers: await worker(), payload: linkRequest(input, input.members[0]!) });
  t.equal(response.statusCode, 409);
  t.equal(response.json().state, 'used');
});

t.test('a newer version supersedes the unused older links; an older version is not issued after a newer one', async (t) => {
  const v2 = await portal.startRound({ planVersion: 2 });
  const v3 = await portal.startRound({ planId: v2.input.planId, planVersion: 3 });
  const used = await portal.issue(v2.input, v2.input.members[0]!);
  await portal.db.updateTable('decision_links').set({ used_at: new Date() }).where('id', '=', used.linkId).execute();
  const unused = await portal.issue(v2.input, v2.input.members[1]!);
  await portal.issue(v3.input, v3.input.members[0]!);
  await portal.issue(v3.input, v3.input.members[1]!);
  t.not((await portal.linkRow(unused.linkId)).superseded_at, null, 'the unused v2 link is superseded');
  t.equal((await portal.linkRow(used.linkId)).superseded_at, null, 'a used one keeps its history');

  const late = await internal.inject({ method: 'POST', url: '/links', headers: await worker(), payload: linkRequest(v2.input, v2.input.members[2]!) });
  t.equal(late.statusCode, 201, 'another person has no newer link: issued');
  const stale = await internal.inject({ method: 'POST', url: '/links', headers: await worker(), payload: linkRequest(v2.input, v2.input.members[1]!) });
  t.equal(stale.statusCode, 409, 'a delayed retry for the older version');
  t.equal(stale.json().state, 'superseded');
});

t.test('bad input is refused naming the field', async (t) => {
  const { input } = await portal.startRound();
  const body = { ...linkRequest(input, member('x')), planSha256: 'nope', person: { id: 'x', name: 'X', language: 'es' } };
  const response = await internal.inject({ method: 'POST', url: '/links', headers: await worker(), payload: body });
  t.equal(response.statusCode, 400);
  const paths = (response.json().issues as Array<{ path: string }>).map((i) => i.path);
  t.ok(paths.includes('body.planSha256'), paths.join(', '));
  t.ok(paths.includes('body.person.language'), paths.join(', '));
  const duplicate = await internal.inject({ method: 'POST', url: '/links', headers: await worker(), payload: { ...linkRequest(input, member('x')), items: [{ key: 'plan', title: 'A' }, { key: 'plan', title: 'B' }] } });
  t.equal(duplicate.statusCode, 400, 'an item twice');
});

/* POST /links/batch: a cycle's drafting round asks for all its links in one call. */

const batch = async (links: object[]) => internal.inject({ method: 'POST', url: '/links/batch', headers: await worker(), payload: { links } });

t.test('a batch issues each link as POST /links would; retried, it gives the same working links', async (t) => {
  const { input } = await portal.startRound();
  const links = input.members.map((m) => linkRequest(input, m, { issueKey: `${input.roundId}:${m.personId}:drafting_task` }));
  const first = await batch(links);
  t.equal(first.statusCode, 200, first.body);
  const results = first.json().results as Array<{ outcome: string; url: string; linkId: string }>;
  t.same(results.map((r) => r.outcome), ['issued', 'issued', 'issued'], 'one result per link, in order');
  t.ok(results.every((r) => r.url.startsWith(`${PUBLIC_BASE_URL}/decisions/`)), 'built from PUBLIC_BASE_URL');
  t.equal(new Set(results.map((r) => r.url)).size, 3, 'each person a token of their own');
  for (const [i, r] of results.entries()) t.equal((await portal.linkRow(r.linkId)).person_id, input.members[i]!.personId, `link ${i} is its person's`);
  const retried = (await batch(links)).json().results as typeof results;
  t.same(retried.map((r) => r.url), results.map((r) => r.url), 'a retried batch gets the tokens of the e-mails already queued');
  for (const r of results) t.equal((await pages.inject({ method: 'GET', url: new URL(r.url).pathname })).statusCode, 200, 'each link opens its page');
});

t.test('a link of a batch in conflict is reported in its place; the others are issued', async (t) => {
  const { input } = await portal.startRound();
  const used = await portal.issue(input, input.members[0]!);
  await portal.db.updateTable('decision_links').set({ used_at: new Date() }).where('id', '=', used.linkId).execute();
  const response = await batch(input.members.map((m) => linkRequest(input, m, { issueKey: `${input.roundId}:${m.personId}:reminder:1` })));
  const results = response.json().results as Array<{ outcome: string; state?: string; code?: string; message?: string }>;
  t.same(results.map((r) => [r.outcome, r.state, r.code]), [['conflict', 'used', 'link.used'], ['issued', undefined, undefined], ['issued', undefined, undefined]]);
  t.match(results[0]!.message, /already decided/, 'saying why');
  t.equal((await portal.linkRow(used.linkId)).superseded_at, null, 'the used link keeps its history');
});

t.test('a link being used while its reminder is issued: the reminder waits, and finds it used', async (t) => {
  const { input } = await portal.startRound();
  const link = await portal.issue(input, input.members[0]!);
  // A decision holds the link's row while the round records it (decide.ts, consumeLink).
  let claimed!: () => void;
  let commit!: () => void;
  const isClaimed = new Promise<void>((resolve) => { claimed = resolve; });
  const decision = portal.db.transaction().execute(async (trx) => {
    await trx.updateTable('decision_links').set({ used_at: new Date() }).where('id', '=', link.linkId).execute();
    claimed();
    await new Promise<void>((resolve) => { commit = resolve; });
  });
  await isClaimed;
  const reminder = batch(input.members.slice(0, 2).map((m) => linkRequest(input, m, { issueKey: `${input.roundId}:${m.personId}:reminder:1` })));
  await new Promise((r) => setTimeout(r, 300));
  commit();
  await decision;
  const results = (await reminder).json().results as Array<{ outcome: string; state?: string }>;
  t.same(results.map((r) => [r.outcome, r.state]), [['conflict', 'used'], ['issued', undefined]], 'no reminder with a used link; the other person\'s is sent');
  const tokens = await portal.db.selectFrom('decision_link_tokens').select('token_hash').where('link_id', '=', link.linkId).execute();
  t.equal(tokens.length, 1, 'no token added to the used link');
});

t.test('a batch of a newer version supersedes each person\'s unused older links; a batch naming two versions for one person keeps the newer', async (t) => {
  const v1 = await portal.startRound({ planVersion: 1 });
  const v2 = await portal.startRound({ planId: v1.input.planId, planVersion: 2 });
  const v3 = await portal.startRound({ planId: v1.input.planId, planVersion: 3 });
  const [a, b, c] = [v1.input.members[0]!, v1.input.members[1]!, v1.input.members[2]!];
  const keyed = (input: typeof v1.input, m: ReturnType<typeof member>, what: string) => linkRequest(input, m, { issueKey: `${input.roundId}:${m.personId}:${what}` });
  const older = (await batch([keyed(v1.input, a, 'request'), keyed(v1.input, b, 'request')])).json().results as Array<{ linkId: string }>;
  const used = older[1]!.linkId;
  await portal.db.updateTable('decision_links').set({ used_at: new Date() }).where('id', '=', used).execute();

  const newer = (await batch([keyed(v2.input, a, 'request'), keyed(v2.input, b, 'request'), keyed(v2.input, c, 'request')])).json().results as Array<{ outcome: string; linkId: string }>;
  t.same(newer.map((r) => r.outcome), ['issued', 'issued', 'issued']);
  t.match(await portal.linkRow(older[0]!.linkId), { superseded_reason: 'newer_version' }, 'the unused version 1 link is superseded');
  t.match(await portal.linkRow(used), { superseded_at: null }, 'the used one keeps its history');

  const late = (await batch([keyed(v1.input, c, 'late'), keyed(v2.input, a, 'reminder')])).json().results as Array<{ outcome: string; state?: string; linkId?: string }>;
  t.same(late.map((r) => [r.outcome, r.state]), [['conflict', 'superseded'], ['issued', undefined]], 'a delayed version 1 link is refused in its place, beside a reminder of version 2');
  t.equal(late[1]!.linkId, newer[0]!.linkId, 'the reminder adds a token to the link already issued');

  // Version 2 then version 3 for the same person in one batch: in order, the newer supersedes the older.
  const both = (await batch([keyed(v2.input, c, 'again'), keyed(v3.input, c, 'request')])).json().results as Array<{ outcome: string; linkId: string }>;
  t.same(both.map((r) => r.outcome), ['issued', 'issued']);
  t.match(await portal.linkRow(both[0]!.linkId), { superseded_reason: 'newer_version' }, 'the version 2 link is superseded by the version 3 one issued after it');
  t.match(await portal.linkRow(both[1]!.linkId), { superseded_at: null, plan_version: 3 });
});

t.test('a bad batch is refused naming the field, and issues nothing', async (t) => {
  const { input } = await portal.startRound();
  const good = linkRequest(input, input.members[0]!, { issueKey: 'k-0' });
  const { issueKey: _, ...keyless } = linkRequest(input, input.members[1]!);
  const response = await batch([good, keyless]);
  t.equal(response.statusCode, 400);
  const paths = (response.json().issues as Array<{ path: string }>).map((i) => i.path);
  t.same(paths, ['body.links.1.issueKey'], 'a batch names each e-mail, so that a retry gets the same tokens');
  t.equal((await batch(Array.from({ length: 51 }, (_, i) => linkRequest(input, member(`p${i}`), { issueKey: `k-${i}` })))).statusCode, 400, 'at most 50');
  t.equal(await portal.db.selectFrom('decision_links').select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', input.roundId).executeTakeFirstOrThrow().then((r) => Number(r.n)), 0, 'no link was issued');
  t.equal((await internal.inject({ method: 'POST', url: '/links/batch', headers: await portal.serviceToken('notifications'), payload: { links: [good] } })).statusCode, 403, 'the worker only');
});

t.test('the documentation lists every route', async (t) => {
  const docs = (await internal.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
  const documented = new Set(Object.entries(docs.paths)
    .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)));
  const served = internal.servedRoutes.filter((r) => !r.split(' ')[1]!.startsWith('/docs'));
  t.ok(served.includes('POST /links') && served.includes('POST /organisations/:org/cycles'), served.join(', '));
  t.ok(pages.servedRoutes.includes('GET /decisions/:token') && pages.servedRoutes.includes('POST /decisions/:token'), 'the decision pages are served by the pages\' listener');
  t.same(served.filter((r) => !documented.has(r)), [], 'every served route is documented');
  const health = await internal.inject({ method: 'GET', url: '/health' });
  t.equal(health.statusCode, 200);
  t.same(Object.keys(health.json().checks).sort(), ['postgres', 'temporal']);
});
