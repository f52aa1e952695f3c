import { createHash } from 'node:crypto';
import { createActivities } from '@jalon/activities';
import type { Person } from '@jalon/contracts';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';
import { signInByEmail } from '@jalon/portal/test-support/email-sign-in';
import { csrfOf, form, formHeaders, linkRequest } from '@jalon/portal/test-support/portal-app';
import { actor } from '@jalon/plans/test-support/plans-app';
import { testKeyring } from '@jalon/testkit';
import { sql, type Kysely } from 'kysely';
import t from 'tap';

/*
 * What a copy of the databases gives away after a cycle with links sent (none that opens a page),
 * and the links people get: the same one for a retried e-mail, superseded when the role is gone.
 */

const w = await cycleWorld(t);
// A year no other test launches: cycle workflow ids are per organisation and year on the shared Temporal server.
const year = new Date().getUTCFullYear() + 7;
const launched = await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year });
if (launched.statusCode !== 201) throw new Error(`launch: ${launched.body}`);
const committeeMails = await w.driveToCommittee(year);
const linkIn = (text: string) => text.match(/https?:\/\/[^\s/]+(\/decisions\/[A-Za-z0-9_-]+)/)?.[1];
const mailOf = (email: string) => committeeMails.find((m) => m.to.includes(email))!;

/** Every row of every table of the database, as text: the data a pg_dump holds. */
async function dumpOf(db: Kysely<unknown>): Promise<string> {
  const tables = await sql<{ name: string }>`
    select format('%I.%I', table_schema, table_name) as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`.execute(db);
  const lines: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<{ row: string }>`select t::text as row from ${sql.raw(name)} t`.execute(db);
    lines.push(`-- ${name}`, ...rows.rows.map((r) => r.row));
  }
  return lines.join('\n');
}

t.test('a person whose role was removed finds their link superseded, in their language, and cannot decide', async (t) => {
  const path = linkIn(mailOf(w.people.dgsp.email).text)!;
  const page = await w.portal.pages.inject({ url: path });
  t.equal(page.statusCode, 200, 'the committee member\'s link opens while they hold the role');
  const person = (await w.plans.app.inject({ url: `/people/${w.people.dgsp.id}`, headers: actor })).json() as Person;
  const role = person.roles.find((r) => r.role === 'committee_member')!;
  const removed = await w.plans.app.inject({ method: 'DELETE', url: `/people/${w.people.dgsp.id}/roles/${role.id}`, headers: actor });
  t.equal(removed.statusCode, 200, 'the organisation\'s administrator removes the role');

  const posted = await w.portal.pages.inject({ method: 'POST', url: path, headers: formHeaders, payload: form({ csrf: csrfOf(page.body), 'outcome:plan': 'approve' }) });
  t.equal(posted.statusCode, 410, 'the decision is refused on the day it is made');
  t.match(posted.body, /Vous n’exercez plus le rôle/, 'saying why, in French');
  t.match(posted.body, /administrateur de votre organisation/, 'and what to do');
  const again = await w.portal.pages.inject({ url: `${path}?lang=nl` });
  t.equal(again.statusCode, 410, 'the link stays superseded');
  t.match(again.body, /U oefent de rol waarvoor deze link u werd gestuurd niet meer uit/, 'in Dutch too');
  t.notMatch(again.body, /name="csrf"/, 'with no form');
  const cycle = await w.view(year);
  t.notOk(JSON.stringify(cycle.decisions ?? []).includes(w.people.dgsp.id), 'nothing was decided in their name');

  const other = await w.actOnEmail(mailOf(w.people.oe.email), { 'outcome:plan': 'approve' });
  t.equal(other.posted.statusCode, 200, 'a member who still holds the role decides as before');
});

t.test('a deputy whose delegation has ended finds their link superseded and is sent no other', async (t) => {
  const today = new Date().toISOString().slice(0, 10);
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const delegated = await w.plans.app.inject({
    method: 'POST', url: `/people/${w.people.oe.id}/delegations`, headers: actor,
    payload: { role: 'committee_member', deputyId: w.people.outsider.id, startsOn: today, endsOn: inAMonth },
  });
  t.equal(delegated.statusCode, 201, 'the DVZ\'s director delegates the committee to an agent');
  const deputy = { personId: w.people.outsider.id, name: 'Agent DGSC', email: w.people.outsider.email, language: 'fr' as const };
  const { input } = await w.portal.startRound({ members: [deputy], organisationCode: w.ORG });
  const holder = { holder: { organisationCode: w.ORG, roles: ['committee_member' as const] } };
  const link = await w.portal.issue(input, deputy, { ...holder, issueKey: 'deputy:request' });
  t.equal((await w.portal.pages.inject({ url: link.path })).statusCode, 200, 'the deputy\'s link opens while the delegation runs');

  // The delegation's last day passes (its dates moved back, as the calendar would move forward).
  await sql`update role_delegations set starts_on = current_date - 10, ends_on = current_date - 1 where deputy_id = ${w.people.outsider.id}`.execute(w.plans.db);
  const page = await w.portal.pages.inject({ url: link.path });
  t.equal(page.statusCode, 410);
  t.match(page.body, /votre délégation a pris fin/, 'the page says the role is no longer theirs');
  const reminder = await w.portal.internal.inject({
    method: 'POST', url: '/links', headers: await w.portal.serviceToken(), payload: linkRequest(input, deputy, { ...holder, issueKey: 'deputy:reminder:1' }),
  });
  t.equal(reminder.statusCode, 409, 'a reminder gets no link, so no e-mail goes out');
  t.equal(reminder.json().state, 'superseded');
});

t.test('a retried issue for the same e-mail gives the same working link', async (t) => {
  const activities = createActivities({
    plansUrl: w.plansUrl, notificationsUrl: w.notificationsUrl, portalUrl: w.internalUrl, signer: (await testKeyring()).auth('worker').signer,
  });
  const { input } = await w.portal.startRound({
    members: [{ personId: w.people.president.id, name: 'Laura Szabo', email: w.people.president.email, language: 'fr' }], step: 'consolidation', organisationCode: w.ORG,
  });
  const request = {
    idempotencyKey: `${input.roundId}:retried:review_request:0`,
    template: 'review_request' as const,
    recipient: { email: w.people.president.email, name: 'Laura Szabo', language: 'fr' as const },
    params: { planTitle: { fr: 'Plan opérationnel', nl: 'Operationeel plan' }, stepName: { fr: 'Consolidation', nl: 'Consolidatie' }, due: null },
    link: { ...linkRequest(input, input.members[0]!), holder: { organisationCode: w.ORG, roles: ['president_office' as const] } },
  };
  const first = await activities.sendDecisionRequest(request);
  // The activity is retried after the e-mail was queued (a timeout, a worker restart): the outbox keeps the first.
  const retried = await activities.sendDecisionRequest(request);
  t.equal(retried.id, first.id, 'one e-mail');
  const [mail] = await w.notifications.catcher.waitFor((m) => m.messageId === first.messageId, { timeoutMs: 20_000 });
  const path = linkIn(mail!.text)!;
  const page = await w.portal.pages.inject({ url: path });
  t.equal(page.statusCode, 200, 'the link of the e-mail sent works after the retry');
  const posted = await w.portal.pages.inject({ method: 'POST', url: path, headers: formHeaders, payload: form({ csrf: csrfOf(page.body), 'outcome:plan': 'approve' }) });
  t.equal(posted.statusCode, 200, 'and decides');
});

t.test('no token found in a dump of the databases after the cycle opens a page', async (t) => {
  // A sign-in link left unused, and a session opened by another.
  await signInByEmail(w, w.people.verlinden.email);
  const seen = new Set(w.notifications.catcher.messages.map((m) => m.id));
  const asked = await w.portal.pages.inject({ url: '/sign-in' });
  const cookie = (asked as unknown as { cookies: Array<{ name: string; value: string }> }).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  await w.portal.pages.inject({ method: 'POST', url: '/sign-in', headers: { ...formHeaders, cookie }, payload: form({ csrf: csrfOf(asked.body), email: w.people.mahdi.email }) });
  await w.notifications.catcher.waitFor((m) => !seen.has(m.id) && m.to.includes(w.people.mahdi.email), { timeoutMs: 20_000 });

  const sent = w.notifications.catcher.messages.flatMap((m) => [...m.text.matchAll(/\/(?:decisions|sign-in)\/([A-Za-z0-9_-]{43})\b/g)].map((x) => x[1]!));
  t.ok(sent.length >= 5, `the e-mails carried ${sent.length} personal links`);
  const opens = async (token: string) => {
    const decision = await w.portal.pages.inject({ url: `/decisions/${token}` });
    const signIn = await w.portal.pages.inject({ url: `/sign-in/${token}` });
    const session = await w.portal.pages.inject({ url: '/tasks', headers: { cookie: `jalon_session=${token}` } });
    return [decision.statusCode, signIn.statusCode, session.statusCode].includes(200);
  };
  t.ok(await opens(w.notifications.catcher.messages.find((m) => m.to.includes(w.people.mahdi.email) && /\/sign-in\//.test(m.text))!.text.match(/\/sign-in\/([A-Za-z0-9_-]{43})/)![1]!),
    'the probe finds a working link: an unused sign-in link from an e-mail opens its page');

  const dump = (await Promise.all([w.plans.db, w.notifications.db, w.portal.db].map((db) => dumpOf(db as Kysely<unknown>)))).join('\n');
  t.ok(dump.length > 10_000, `the dump holds the cycle (${dump.length} characters)`);
  t.same(sent.filter((token) => dump.includes(token)), [], 'no e-mailed token appears in the dump');

  // Every run of token characters of a token's length, and every token-long stretch of a longer run.
  const candidates = new Set<string>();
  for (const [run] of dump.matchAll(/[A-Za-z0-9_-]{43,}/g)) for (let i = 0; i + 43 <= run.length; i++) candidates.add(run.slice(i, i + 43));
  t.ok(candidates.size > 100, `${candidates.size} token-looking strings in the dump`);
  // Each one against the hashes the portal looks tokens up by, then the exact-length ones against the pages themselves.
  const hashes = new Set((await sql<{ h: string }>`
    select token_hash as h from decision_link_tokens union all select token_hash from sign_in_links union all select token_hash from sessions`.execute(w.portal.db)).rows.map((r) => r.h));
  const matching = [...candidates].filter((c) => hashes.has(createHash('sha256').update(c).digest('hex')));
  t.same(matching, [], 'none is a token the portal knows');
  const exact = [...dump.matchAll(/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g)].map((m) => m[0]);
  const opening: string[] = [];
  for (const token of new Set(exact)) if (await opens(token)) opening.push(token);
  t.same(opening, [], `none of the ${new Set(exact).size} token-long strings opens a decision page, a sign-in page or a session`);
});

