import t from 'tap';
import { PlansClient, PlansRefusal, type PlansClientOptions, PlansUnavailable, prepareCycleLaunch, unlessMissing, withFreshRevision } from '../src/index.js';

type Answer = { status: number; body?: unknown } | Error;

/** A plans client whose service is a script: each request gets the next answer, and is kept. */
function scripted(...answers: Answer[]) {
  return scriptedWith({}, ...answers);
}

function scriptedWith(options: Omit<PlansClientOptions, 'fetch'>, ...answers: Answer[]) {
  const requests: Request[] = [];
  const fetch = async (input: Parameters<typeof globalThis.fetch>[0], init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    const answer = answers.shift();
    if (!answer) throw new Error(`no answer left for ${request.method} ${request.url}`);
    if (answer instanceof Error) throw answer;
    const response = new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
    Object.defineProperty(response, 'url', { value: request.url });
    return response;
  };
  return { client: new PlansClient('http://plans.test', { ...options, fetch }), requests };
}

const stale = { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'The operational plan has changed since revision 3 (it is now at revision 4).', currentRevision: 4 } };
const plan = (revision: number) => ({ status: 200, body: { id: 'p', status: 'drafting', revision } });

t.test('a change carries the caller\'s credential, made fresh for each request, and sends its body as JSON', async (t) => {
  const made: Array<string | undefined> = [];
  const authorization = async (actingFor: string | undefined) => {
    made.push(actingFor);
    return `token-${made.length}`;
  };
  const changed = { status: 200, body: { id: 'p', status: 'in_committee', revision: 2 } };
  const { client, requests } = scriptedWith({ authorization }, changed, changed);
  const updated = await client.setOperationalPlanStatus('p', { expectedRevision: 1, status: 'in_committee' });
  t.equal(updated.status, 'in_committee');
  const [request] = requests;
  t.equal(`${request!.method} ${new URL(request!.url).pathname}`, 'POST /operational-plans/p/status');
  t.equal(request!.headers.get('authorization'), 'Bearer token-1');
  t.equal(request!.headers.get('x-jalon-actor'), null, 'no self-declared actor');
  t.same(await request!.json(), { expectedRevision: 1, status: 'in_committee' });

  await client.onBehalfOf('person-1').setOperationalPlanStatus('p', { expectedRevision: 1, status: 'in_committee' });
  t.same(made, [undefined, 'person-1'], 'on behalf of a person, the credential names them');
  t.equal(requests[1]!.headers.get('authorization'), 'Bearer token-2');
});

t.test('a 4xx is final, with the service\'s message; a 5xx or no answer may pass', async (t) => {
  const { client } = scripted(
    { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Operational plan p does not exist.' } },
    { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'The database is not reachable right now.' } },
    new TypeError('fetch failed'),
  );
  const refused = await client.getOperationalPlan('p').catch((e: unknown) => e);
  t.ok(refused instanceof PlansRefusal, 'a 404 is a refusal');
  t.match(refused, { code: 'plans.404', status: 404, message: 'plans refused GET /operational-plans/p: Operational plan p does not exist.' });
  t.ok(await client.getOperationalPlan('p').catch((e: unknown) => e) instanceof PlansUnavailable, 'a 503 may pass');
  t.ok(await client.getOperationalPlan('p').catch((e: unknown) => e) instanceof PlansUnavailable, 'a network error may pass');
});

t.test('a stale revision is read again and retried; any other 409 is a refusal', async (t) => {
  const { client, requests } = scripted(plan(3), stale, plan(4), { status: 200, body: { id: 'p', status: 'in_committee', revision: 5 } });
  const moved = await withFreshRevision(async () => {
    const current = await client.getOperationalPlan('p');
    return client.setOperationalPlanStatus('p', { expectedRevision: current.revision, status: 'in_committee' });
  });
  t.equal(moved.revision, 5);
  t.same(await Promise.all(requests.filter((r) => r.method === 'POST').map((r) => r.json())), [
    { expectedRevision: 3, status: 'in_committee' }, { expectedRevision: 4, status: 'in_committee' },
  ], 'the second try names the revision read again');

  const refusal = { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'An operational plan that is drafting cannot become validated.', currentRevision: 4 } };
  const other = scripted(plan(4), refusal);
  const attempt = () => other.client.getOperationalPlan('p').then((p) => other.client.setOperationalPlanStatus('p', { expectedRevision: p.revision, status: 'validated' }));
  t.match(await withFreshRevision(attempt).catch((e: unknown) => e), { code: 'plans.409', message: /cannot become validated/ }, 'not retried');

  const always = scripted(stale, stale);
  const error = await withFreshRevision(() => always.client.getOperationalPlan('p'), 2).catch((e: unknown) => e);
  t.match(error, { status: 409 }, 'a revision that keeps moving: the refusal after the last try');
  t.equal(always.requests.length, 2);
});

t.test('unlessMissing: a 404 is undefined, other refusals stay', async (t) => {
  const { client } = scripted(
    { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'No one is registered with the e-mail x@y.' } },
    { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'The request is not valid.' } },
  );
  t.equal(await unlessMissing(client.getPersonByEmail('x@y')), undefined);
  await t.rejects(unlessMissing(client.getPersonByEmail('')), PlansRefusal);
});

t.test('a cycle is launched from a signed plan only, and needs a signing authority', async (t) => {
  const organisation = { status: 200, body: { code: 'org', name: { fr: 'SPF Intérieur', nl: 'FOD Binnenlandse Zaken' }, shortName: 'IBZ' } };
  const draft = { id: 's', status: 'draft', period: { from: 2022, to: 2024 }, title: { fr: 'Plan', nl: 'Plan' } };
  const minister = { code: 'minister', signs: true };
  const unsigned = scripted(organisation, { status: 200, body: { items: [draft] } }, { status: 200, body: [minister] });
  t.match(await prepareCycleLaunch(unsigned.client, 'org', 2023).catch((e: unknown) => e), { code: 'cycle.no_signed_plan', message: /has no signed strategic plan/ });

  const signed = { ...draft, status: 'signed' };
  const noMinister = scripted(organisation, { status: 200, body: { items: [signed] } }, { status: 200, body: [{ code: 'secretary', signs: false }] });
  t.match(await prepareCycleLaunch(noMinister.client, 'org', 2023).catch((e: unknown) => e), { code: 'cycle.no_minister' });

  const ready = scripted(organisation, { status: 200, body: { items: [signed] } }, { status: 200, body: [minister, { code: 'secretary', signs: false }] });
  t.match(await prepareCycleLaunch(ready.client, 'org', 2023), {
    strategicPlanId: 's', signingAuthorityCode: 'minister', reviewingAuthorityCodes: ['secretary'],
    planTitle: { fr: 'Plan opérationnel 2023 – SPF Intérieur', nl: 'Operationeel plan 2023 – FOD Binnenlandse Zaken' },
  });
});

t.test('a cycle takes the organisation\'s committee rule and who drafts its "(Tous)" objectives from its settings', async (t) => {
  const signed = { id: 's', status: 'signed', period: { from: 2022, to: 2024 }, title: { fr: 'Plan', nl: 'Plan' } };
  const settings = { emailSignIn: false, committeeRule: { kind: 'quorum', approvals: 2 }, reviewDays: 5, allEntitiesObjectivesGoTo: 'president_office' };
  const organisation = { status: 200, body: { code: 'org', name: { fr: 'SPF', nl: 'FOD' }, shortName: 'X', settings } };
  const configured = scripted(organisation, { status: 200, body: { items: [signed] } }, { status: 200, body: [{ code: 'minister', signs: true }] });
  t.match(await prepareCycleLaunch(configured.client, 'org', 2023), { committeeRule: { kind: 'quorum', approvals: 2 }, allEntitiesObjectivesGoTo: 'president_office' });

  const older = scripted({ status: 200, body: { code: 'org', name: { fr: 'SPF', nl: 'FOD' }, shortName: 'X' } }, { status: 200, body: { items: [signed] } }, { status: 200, body: [{ code: 'minister', signs: true }] });
  t.match(await prepareCycleLaunch(older.client, 'org', 2023), { committeeRule: { kind: 'all' }, allEntitiesObjectivesGoTo: 'every_entity' }, 'without settings: every member, every entity');
});
