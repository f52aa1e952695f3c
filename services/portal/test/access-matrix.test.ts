import { randomUUID } from 'node:crypto';
import { testIdentityProvider, testKeyring } from '@jalon/testkit';
import t from 'tap';
import { cycleWorld } from '../test-support/cycle-world.js';

/*
 * Every route of the portal's internal API that people call, tried by the callers it must refuse:
 * nobody, a person without the role, a person of another organisation, and a service that has no
 * business there. Each gets 401 or 403, and nothing is started on Temporal.
 */

const w = await cycleWorld(t);
const idp = testIdentityProvider();
// A year no other test launches: a launch let through by mistake would be seen here.
const YEAR = 2096;

/** Someone of another organisation, President's office there, known to the provider with a verified e-mail. */
async function personOfAnotherOrganisation() {
  const code = `autre-${randomUUID().slice(0, 8)}`;
  await w.plans.db.insertInto('organisations').values({ code, name_fr: 'SPF Autre', name_nl: 'FOD Ander', short_name: 'Autre' }).execute();
  const person = await w.plans.db.insertInto('people')
    .values({ organisation_code: code, name: 'Présidente Autre', email: `presidence@${code}.example`, language: 'fr', identity_issuer: null, identity_subject: null })
    .returning('id').executeTakeFirstOrThrow();
  await w.plans.db.insertInto('person_roles').values({ person_id: person.id, role: 'president_office', entity_code: null, authority_code: null }).execute();
  return { email: `presidence@${code}.example` };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const callers: Array<[string, Record<string, string>, number]> = [
  ['nobody', {}, 401],
  ['a header naming the President\'s office', { 'x-jalon-actor': w.people.president.id }, 401],
  ['a person of the organisation without any role', bearer(await idp.accessToken(w.people.outsider)), 403],
  ['the President\'s office of another organisation', bearer(await idp.accessToken(await personOfAnotherOrganisation())), 403],
  ['the notifications service', bearer(await (await testKeyring()).auth('notifications').signer.sign('portal')), 403],
];

/** A route's path with its parameters filled in for this organisation and year. */
const pathOf = (url: string) => url
  .replace(':org', w.ORG).replace(':year', String(YEAR))
  .replace(/:[A-Za-z]+/g, () => randomUUID());

t.test('every people route of the internal API refuses the callers it must', async (t) => {
  await w.portal.internal.ready();
  const routes = w.portal.internal.accessTable.filter((r) => r.rule?.people && !r.rule.anonymous);
  t.ok(routes.length >= 8, `${routes.length} routes open to people by role`);
  for (const route of routes) {
    const roles = route.rule!.people!.roles;
    for (const [who, headers, status] of callers) {
      // A route open to every member lets a member without a role through: that caller is expected there.
      if (roles === 'member' && who.startsWith('a person of the organisation')) continue;
      const response = await w.portal.internal.inject({ method: route.method as 'GET', url: pathOf(route.url), headers, ...(route.method === 'GET' ? {} : { payload: {} }) });
      t.equal(response.statusCode, status, `${route.method} ${route.url} as ${who}`);
    }
  }
  const cycle = await w.api('GET', `/organisations/${w.ORG}/cycles/${YEAR}`);
  t.equal(cycle.statusCode, 404, 'no cycle was launched');
});
