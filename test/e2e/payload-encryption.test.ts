import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ensureTemporalBinary } from '@jalon/infra';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';
import { actor } from '@jalon/plans/test-support/plans-app';
import { testEnv, uniqueSuffix } from '@jalon/testkit';
import { operationalCycleWorkflowId, roundsTaskQueue } from '@jalon/workflows';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import t from 'tap';

/*
 * What anyone who reads Temporal (its database, its UI, its API) without the payload key sees of a
 * cycle: no name, no e-mail address, no comment. The installation's operators read the same history
 * through the codec endpoint the Temporal UI calls; nobody else can.
 */

const UI_ORIGIN = 'http://127.0.0.1:8233';
const w = await cycleWorld(t, { portal: { codec: { operatorOrganisation: 'spf-interieur', uiOrigin: UI_ORIGIN } } });
// A year no other test launches (cycle workflow ids are per organisation and year on the shared server).
const YEAR = 2091;
const DRAFTING_COMMENT = 'Objectifs encodés avec Laura Szabo, vérifiés le matin.';
const COMMITTEE_COMMENT = 'Verduidelijk de termijnen van doelstelling 21 met het kabinet Mahdi.';

/** Every string of the history, and what it says once base64-decoded (payload data, metadata): where a secret would hide. */
function clearTextsOf(json: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      found.push(value);
      if (/^[A-Za-z0-9+/]+={0,2}$/.test(value) && value.length >= 4) found.push(Buffer.from(value, 'base64').toString('utf8'));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(json);
  return found;
}
const mentions = (texts: string[], secret: string) => texts.some((text) => text.toLowerCase().includes(secret.toLowerCase()));

/** The payloads of a history, in the remote codec protocol's form (objects with metadata and data). */
function payloadsOf(json: unknown): Array<{ metadata: Record<string, string>; data?: string }> {
  const found: Array<{ metadata: Record<string, string>; data?: string }> = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.metadata && typeof record.metadata === 'object' && 'encoding' in record.metadata) found.push(record as never);
      else Object.values(record).forEach(walk);
    }
  };
  walk(json);
  return found;
}

/** The history as stored, read with the connection's raw API: no codec, no data converter. */
async function rawHistory(workflowId: string): Promise<unknown[]> {
  const { workflowService } = w.portal.temporal.client.connection;
  const events: unknown[] = [];
  let nextPageToken: Uint8Array | undefined;
  do {
    const page = await workflowService.getWorkflowExecutionHistory({ namespace: w.portal.temporal.namespace, execution: { workflowId }, nextPageToken });
    events.push(...(JSON.parse(historyToJSON(page.history ?? {})) as { events: unknown[] }).events);
    nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
  } while (nextPageToken);
  return events;
}

t.test('a cycle\'s raw histories hold no name, e-mail address nor comment; operators read them through the codec endpoint', async (t) => {
  const { people, api } = w;
  t.equal((await api('POST', `/organisations/${w.ORG}/cycles`, people.president, { year: YEAR })).statusCode, 201, 'the President\'s office launches the year');
  await w.waitFor(YEAR, 'drafting tasks sent', (v) => v.drafting.length > 0);
  const [task] = await w.notifications.catcher.waitFor((m) => m.to.includes(people.dgsp.email), { timeoutMs: 30_000 });
  t.equal((await w.actOnEmail(task!, { 'outcome:drafting': 'approve', 'comment:drafting': DRAFTING_COMMENT })).posted.statusCode, 200);
  const committee = await w.driveToCommittee(YEAR);
  const dvz = committee.find((m) => m.to.includes(people.oe.email))!;
  t.equal((await w.actOnEmail(dvz, { 'outcome:plan': 'request_changes', 'comment:plan': COMMITTEE_COMMENT })).posted.statusCode, 200);
  await w.waitFor(YEAR, 'changes requested', (v) => JSON.stringify(v).includes('Verduidelijk'));

  // The cycle on the test's task queue, its rounds on the rounds' own.
  const workflowsOn = async (taskQueue: string) => {
    const ids: string[] = [];
    for await (const execution of w.portal.temporal.client.workflow.list({ query: `TaskQueue = '${taskQueue}'` })) ids.push(execution.workflowId);
    return ids;
  };
  const cycles = await workflowsOn(w.portal.temporal.taskQueue);
  const rounds = await workflowsOn(roundsTaskQueue(w.portal.temporal.taskQueue));
  t.ok(cycles.length >= 1 && rounds.length >= 1, `the cycle and its rounds: ${cycles.length} and ${rounds.length} workflows`);
  const workflows = [...cycles, ...rounds];
  const secrets = [
    'Laura Szabo', 'Directeur DGSP', 'Directeur-generaal DVZ', 'Kabinet Mahdi', 'Cabinet Verlinden',
    people.president.email, people.dgsp.email, people.oe.email, DRAFTING_COMMENT, COMMITTEE_COMMENT, 'Verduidelijk', 'Objectifs encodés',
  ];
  const histories = await Promise.all(workflows.map(rawHistory));
  const raw = clearTextsOf(histories);
  t.ok(raw.length > 100, `${raw.length} strings read`);
  for (const secret of secrets) t.notOk(mentions(raw, secret), `"${secret}" is nowhere in the raw histories, decoded or not`);
  const payloads = payloadsOf(histories);
  t.ok(payloads.length > 20, `${payloads.length} payloads`);
  // Temporal writes three things itself, outside any codec: the markers of `patched()` and the
  // TemporalChangeVersion search attribute, both holding the patch's id, and a local activity's
  // bookkeeping (its sequence, attempt, activity type and times; its result is a payload of ours).
  // Everything else is encrypted.
  const isEncrypted = (p: { metadata: Record<string, string> }) => Buffer.from(p.metadata.encoding!, 'base64').toString() === 'binary/encrypted';
  const patchIds = /^(\{"id":"[a-z0-9-]+","deprecated":(true|false)\}|\["[a-z0-9-]+"(,"[a-z0-9-]+")*\])$/;
  const localActivityKeys = new Set(['seq', 'attempt', 'activity_id', 'activity_type', 'complete_time', 'backoff', 'original_schedule_time']);
  const isLocalActivityBookkeeping = (data: string) => {
    try {
      const parsed = JSON.parse(data) as Record<string, unknown>;
      return Object.keys(parsed).every((k) => localActivityKeys.has(k)) && /^[a-zA-Z]+$/.test(String(parsed.activity_type));
    } catch {
      return false;
    }
  };
  const plain = payloads.filter((p) => !isEncrypted(p)).map((p) => Buffer.from(p.data ?? '', 'base64').toString());
  t.same(plain.filter((data) => !patchIds.test(data) && !isLocalActivityBookkeeping(data)), [],
    `every payload is encrypted but Temporal's own patch ids and local activities' bookkeeping (${plain.length}: ${[...new Set(plain)].slice(0, 12).join(' ')}…)`);
  t.ok(payloads.filter(isEncrypted).length > 20, `${payloads.filter(isEncrypted).length} payloads encrypted`);

  // The Temporal UI sends these payloads to the codec endpoint with the operator's access token.
  const operator = { email: `operateur-${uniqueSuffix()}@ibz.example` };
  const registered = await w.plans.app.inject({ method: 'POST', url: `/organisations/${w.ORG}/people`, headers: actor, payload: { name: 'Opérateur', ...operator, language: 'fr', roles: [{ role: 'org_admin' }] } });
  t.equal(registered.statusCode, 201, 'an administrator of the organisation running the installation');
  const decode = (headers: Record<string, string>) => w.portal.internal.inject({
    method: 'POST', url: '/codec/decode', headers: { 'x-namespace': w.portal.temporal.namespace, origin: UI_ORIGIN, ...headers }, payload: { payloads },
  });
  const decoded = await decode({ authorization: `Bearer ${await w.issuer.accessToken(operator)}` });
  t.equal(decoded.statusCode, 200, 'the operator: 200');
  t.equal(decoded.headers['access-control-allow-origin'], UI_ORIGIN, 'readable by the Temporal UI\'s pages');
  const clear = clearTextsOf(decoded.json());
  for (const secret of secrets.filter((s) => s !== 'Cabinet Verlinden')) t.ok(mentions(clear, secret), `"${secret}" is there once decoded`);
  t.notOk(payloadsOf(decoded.json()).some(isEncrypted), 'nothing is left encrypted');

  const anonymous = await decode({});
  t.equal(anonymous.statusCode, 401, 'without a token: 401');
  t.equal(anonymous.headers['access-control-allow-origin'], UI_ORIGIN, 'a refusal the UI can read');
  t.notMatch(anonymous.body, /Szabo|ibz\.example/);
  const president = await decode(w.as(people.president));
  t.equal(president.statusCode, 403, 'the President\'s office, not an administrator: 403');
  t.notMatch(president.body, /Szabo|ibz\.example|Verduidelijk/);
  t.equal((await decode({ authorization: 'Bearer not-a-token' })).statusCode, 401, 'a forged token: 401');
  const service = await w.portal.serviceToken('worker');
  t.equal((await decode(service)).statusCode, 403, 'a service, even the worker: 403');
  const elsewhere = await w.portal.internal.inject({
    method: 'POST', url: '/codec/decode', headers: { 'x-namespace': 'other-namespace', authorization: `Bearer ${await w.issuer.accessToken(operator)}` }, payload: { payloads },
  });
  t.equal(elsewhere.statusCode, 400, 'another namespace\'s payloads: 400');

  const preflight = await w.portal.internal.inject({
    method: 'OPTIONS', url: '/codec/decode', headers: { origin: UI_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,x-namespace' },
  });
  t.equal(preflight.statusCode, 204, 'the browser\'s preflight is answered');
  t.equal(preflight.headers['access-control-allow-origin'], UI_ORIGIN);
  t.match(String(preflight.headers['access-control-allow-headers']), /authorization/);
  const foreign = await w.portal.internal.inject({ method: 'OPTIONS', url: '/codec/decode', headers: { origin: 'https://evil.example' } });
  t.equal(foreign.headers['access-control-allow-origin'], undefined, 'another origin is not allowed');

  const encoded = await w.portal.internal.inject({
    method: 'POST', url: '/codec/encode', headers: { authorization: `Bearer ${await w.issuer.accessToken(operator)}` },
    payload: { payloads: [{ metadata: { encoding: Buffer.from('json/plain').toString('base64') }, data: Buffer.from('"Laura Szabo"').toString('base64') }] },
  });
  t.equal(encoded.statusCode, 200, 'the operator encodes (a signal typed in the UI)');
  t.notOk(mentions(clearTextsOf(encoded.json()), 'Szabo'), 'and gets it encrypted');

  // The Temporal CLI, as the README tells operators to use it with `npm start` (its dev UI has no sign-in to pass a token).
  const cycleId = operationalCycleWorkflowId(w.ORG, YEAR);
  const show = async (...codec: string[]) => (await promisify(execFile)(await ensureTemporalBinary(() => undefined), [
    'workflow', 'show', '--address', testEnv().TEMPORAL_ADDRESS, '--namespace', w.portal.temporal.namespace, '--workflow-id', cycleId, '--output', 'json', ...codec,
  ], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  t.notOk(mentions(clearTextsOf(JSON.parse(await show())), 'Laura Szabo'), 'temporal workflow show without the codec: no name');
  const withCodec = await show('--codec-endpoint', `${w.internalUrl}/codec`, '--codec-auth', `Bearer ${await w.issuer.accessToken(operator)}`);
  t.ok(mentions(clearTextsOf(JSON.parse(withCodec)), 'Laura Szabo'), 'with the codec endpoint and an operator\'s token: the names (payload data stays base64 in its JSON)');
});
