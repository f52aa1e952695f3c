import { PersonTokenVerifier } from '@jalon/auth';
import t from 'tap';
import { actor, as, plansApp, worker } from '../test-support/plans-app.js';
import { identityProvider } from './identity-provider.js';

type App = Awaited<ReturnType<typeof plansApp>>;

async function register({ app, organisationCode }: App, name: string, email: string, roles: Array<Record<string, string>>) {
  const res = await app.inject({ method: 'POST', url: `/organisations/${organisationCode}/people`, headers: actor, payload: { name, email, language: 'fr', roles } });
  return (res.json() as { id: string }).id;
}

const auditOf = async ({ app }: App, personId: string) =>
  (await app.inject({ url: `/audit?subjectType=person&subjectId=${personId}`, headers: worker })).json().items as Array<{ action: string; actor: string; after: unknown }>;

t.test('the portal resolves a provider identity: by verified e-mail the first time (then linked), by subject afterwards', async (t) => {
  const ctx = await plansApp(t);
  const jan = await register(ctx, 'Jan Peeters', 'jan.peeters@ibz.example', [{ role: 'drafter', entityCode: 'OE' }]);
  const resolve = async (body: object, headers: object) =>
    ctx.app.inject({ method: 'POST', url: '/identities/resolve', headers: headers as Record<string, string>, payload: body });
  const identity = { issuer: 'https://login.ibz.example/realms/ibz', subject: 'f1c2-jan', email: 'Jan.Peeters@ibz.example', emailVerified: true };

  t.equal((await resolve(identity, {})).statusCode, 401, 'nobody: 401');
  t.equal((await resolve(identity, await as.worker())).statusCode, 403, 'the worker: 403, sign-in is the portal\'s');
  t.equal((await resolve({ ...identity, emailVerified: false }, await as.portal())).statusCode, 404, 'an e-mail the provider did not verify finds no one');
  t.equal((await resolve({ ...identity, subject: 'x', email: 'nobody@ibz.example' }, await as.portal())).statusCode, 404, 'an unknown e-mail finds no one');
  t.same((await auditOf(ctx, jan)).map((e) => e.action), ['person.created'], 'and nothing was linked');

  const first = await resolve(identity, await as.portal());
  t.equal(first.statusCode, 200);
  t.equal(first.json().id, jan, 'the person with that e-mail, whatever its case');
  t.match((await auditOf(ctx, jan))[0], { action: 'person.identity_linked', actor: 'portal', after: { issuer: identity.issuer, subject: identity.subject } }, 'the link is audited');

  const renamed = await resolve({ ...identity, email: 'jan.peeters@new.example', emailVerified: false }, await as.portal());
  t.equal(renamed.json().id, jan, 'an e-mail changed at the provider still finds him by subject');
  const other = await resolve({ ...identity, subject: 'someone-else' }, await as.portal());
  t.equal(other.statusCode, 409, 'another identity with his e-mail does not take his place');
  t.match(other.json().message, /another identity/);
  t.equal((await auditOf(ctx, jan)).length, 2, 'only the first link was audited');
});

t.test('the same first sign-in many times at once (a script\'s parallel calls with a fresh token): each finds the person, linked once', async (t) => {
  const ctx = await plansApp(t);
  const laura = await register(ctx, 'Laura Szabo', 'laura.szabo@ibz.example', [{ role: 'president_office' }]);
  const identity = { issuer: 'https://login.ibz.example/realms/ibz', subject: 'sub-laura', email: 'laura.szabo@ibz.example', emailVerified: true };
  const headers = await as.portal();
  const answers = await Promise.all(Array.from({ length: 12 }, () => ctx.app.inject({ method: 'POST', url: '/identities/resolve', headers, payload: identity })));
  t.same(answers.map((a) => a.statusCode), answers.map(() => 200), 'none is refused');
  t.ok(answers.every((a) => a.json().id === laura), 'each finds her');
  t.same((await auditOf(ctx, laura)).map((e) => e.action), ['person.identity_linked', 'person.created'], 'the link was made and audited once');
});

t.test('a person calls with an access token of the organisation\'s provider; the audit names them', async (t) => {
  const provider = await identityProvider(t);
  const ctx = await plansApp(t, { people: new PersonTokenVerifier({ issuer: provider.issuer, audience: 'jalon' }) });
  const { app, planId } = ctx;
  const laura = await register(ctx, 'Laura Szabo', 'laura.szabo@ibz.example', [{ role: 'president_office' }]);
  const jan = await register(ctx, 'Jan Peeters', 'jan.peeters@ibz.example', [{ role: 'drafter', entityCode: 'OE' }]);
  const plan = `/strategic-plans/${planId}`;
  const lauraToken = { sub: 'sub-laura', email: 'laura.szabo@ibz.example', email_verified: true };

  const read = await app.inject({ url: plan, headers: await provider.bearer(lauraToken) });
  t.equal(read.statusCode, 200, 'a member reads the plan with her own token');
  t.match((await auditOf(ctx, laura))[0], { action: 'person.identity_linked', after: { subject: 'sub-laura' } }, 'her identity was linked on the way');

  const edit = await app.inject({
    method: 'PATCH', url: `${plan}/objectives/3`, headers: await provider.bearer({ sub: 'sub-laura', email: 'l.szabo@elsewhere.example' }),
    payload: { expectedRevision: 1, title: 'Titre revu' },
  });
  t.equal(edit.statusCode, 200, 'her e-mail changed at the provider: still her, by subject');
  const entries = (await app.inject({ url: `/audit?subjectType=strategic_objective&subjectId=${planId}%233`, headers: worker })).json();
  t.equal(entries.items[0].actor, laura, 'the audit names the person herself');

  const refused: Array<[string, Record<string, string>]> = [
    ['an e-mail the provider did not verify', await provider.bearer({ sub: 'sub-jan', email: 'jan.peeters@ibz.example', email_verified: false })],
    ['someone Jalon does not know', await provider.bearer({ sub: 'sub-x', email: 'x@ibz.example', email_verified: true })],
    ['a token for another audience', await provider.bearer({ ...lauraToken, aud: 'another-app' })],
    ['an expired token', await provider.bearer({ ...lauraToken, expiresAt: Math.floor(Date.now() / 1000) - 3600 })],
    ['a token signed with another key', await provider.forged(lauraToken)],
  ];
  for (const [what, headers] of refused) t.equal((await app.inject({ url: plan, headers })).statusCode, 401, `${what}: 401`);

  const janToken = await provider.bearer({ sub: 'sub-jan', email: 'jan.peeters@ibz.example', email_verified: true });
  t.equal((await app.inject({ url: plan, headers: janToken })).statusCode, 200, 'a drafter reads the plan');
  const grant = await app.inject({ method: 'POST', url: `/people/${jan}/roles`, headers: janToken, payload: { role: 'president_office' } });
  t.equal(grant.statusCode, 403, 'but gives himself no role');
  const status = await app.inject({ method: 'POST', url: `${plan}/status`, headers: await provider.bearer(lauraToken), payload: { expectedRevision: 2, status: 'in_committee' } });
  t.equal(status.statusCode, 403, 'and the President\'s office moves no status with her token: the workflows do');
});
