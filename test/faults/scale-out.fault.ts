import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ServiceTokenSigner, serviceSigningKeySchema, type ServiceName } from '@jalon/auth';
import { loadReferencePlan } from '@jalon/plans';
import { signStrategicPlan } from '@jalon/plans/test-support/sign-plan';
import { testIdentityProvider } from '@jalon/testkit';
import t from 'tap';
import { freeRunPorts, runDataFolder, startJalon, stopJalon, type Run } from '../support/run-command.js';

/**
 * `npm start` with two workers and two portals (the run command itself: its supervisor, real
 * processes, its Temporal dev server, PostgreSQL and mail catcher). A yearly cycle is launched; one
 * worker is killed -9 while the drafting e-mails go out, one portal while the drafters' answers are
 * being posted to the shared address. The cycle goes on to its transmission, every e-mail arrives
 * once, every answer is recorded once, and the portal left answers on the same addresses.
 */
const ORG = 'spf-interieur';
const YEAR = new Date().getUTCFullYear() + 45;
const PRESIDENT = { email: 'corporate@ibz.example', name: 'Cellule Corporate' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Mail { to: string[]; subject: string; text: string; messageId: string | null }

/** The demo drafters (DGSP, OE) and one for every other entity that owns an objective. */
const draftingEntities = [...new Set(loadReferencePlan().objectives.flatMap((o) => o.ownerEntityCodes))].filter((c) => c !== 'ALL').sort();
const demoDrafters: Record<string, string> = { DGSP: 'dgsp@ibz.example', OE: 'dvz@ibz.example' };
const drafterOf = (entity: string) => demoDrafters[entity] ?? `drafter.${entity.toLowerCase()}@ibz.example`;

function keyOf(data: string, service: ServiceName): ServiceTokenSigner {
  return new ServiceTokenSigner(serviceSigningKeySchema.parse(JSON.parse(readFileSync(path.join(data, 'service-keys', `${service}.jwk.json`), 'utf8'))));
}

/** The processes of one kind the run recorded (processes.json), by their command line. */
function pidsOf(data: string, kind: 'worker' | 'portal'): number[] {
  const pids = JSON.parse(readFileSync(path.join(data, 'processes.json'), 'utf8')) as number[];
  const commandLine = (pid: number) => { try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { return ''; } };
  return pids.filter((pid) => commandLine(pid).includes(`services/${kind}/src/server.ts`));
}
const environOf = (pid: number) => new Map(readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));

async function mails(run: Run): Promise<Mail[]> {
  return (await fetch(`${run.addresses.get('mail-catcher')!}/api/messages`)).json() as Promise<Mail[]>;
}
async function waitForMails(run: Run, what: string, match: (m: Mail) => boolean, count: number, timeoutMs = 120_000): Promise<Mail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mails(run)).filter(match);
    if (found.length >= count) return found;
    if (Date.now() > deadline) throw new Error(`${what}: ${found.length} of ${count} e-mails after ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

/** A call to the cycle API as the President's office (a fresh token each time: the run outlasts one). */
async function cycleApi(run: Run, method: 'GET' | 'POST', url: string, body?: object) {
  const token = await testIdentityProvider().accessToken(PRESIDENT);
  const response = await fetch(`${run.addresses.get('portal-api')!.replace(/\/docs$/, '')}${url}`, {
    method, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, json: await response.json() as Record<string, unknown> & { stage?: string; drafting?: Array<{ entityCode: string; status: string }>; transmission?: unknown } };
}
async function waitForCycle(run: Run, what: string, ok: (v: Awaited<ReturnType<typeof cycleApi>>['json']) => boolean, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await cycleApi(run, 'GET', `/organisations/${ORG}/cycles/${YEAR}`);
    if (view.status === 200 && ok(view.json)) return view.json;
    if (Date.now() > deadline) throw new Error(`the cycle never reached "${what}": ${JSON.stringify(view.json).slice(0, 2000)}`);
    await sleep(500);
  }
}

interface Answer { status: number; attempts: number; recorded: boolean }

/**
 * A person acting on their e-mail as a browser does, on the shared address: the page, then the form.
 * A connection cut (its portal killed) or a 5xx is tried again, as a person presses the button again;
 * a retry that finds the link used (410) means the first try was recorded.
 */
async function actOnEmail(portalUrl: string, mail: Mail, fields: Record<string, string>): Promise<Answer> {
  const link = new URL(mail.text.match(/https?:\/\/[^\s/]+\/decisions\/[A-Za-z0-9_-]+/)![0]).pathname;
  for (let attempt = 1; ; attempt++) {
    try {
      const page = await fetch(`${portalUrl}${link}`);
      const csrf = (await page.text()).match(/name="csrf" value="([^"]+)"/)?.[1];
      if (page.status === 410 && attempt > 1) return { status: 410, attempts: attempt, recorded: true };
      if (!csrf) throw new Error(`no form on the page (${page.status})`);
      const posted = await fetch(`${portalUrl}${link}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ csrf, ...fields }).toString() });
      await posted.text();
      if (posted.status < 500) return { status: posted.status, attempts: attempt, recorded: posted.status === 200 || (posted.status === 410 && attempt > 1) };
    } catch (error) {
      if (attempt >= 10) throw error;
    }
    await sleep(300 * attempt);
  }
}

async function fiftyAnswers(url: string): Promise<number[]> {
  // A new connection each time: the kernel picks a listening portal for each.
  return Promise.all(Array.from({ length: 50 }, async () => (await fetch(url, { headers: { connection: 'close' } })).status));
}

t.test('two workers and two portals: one of each killed -9 mid-cycle, nothing lost, no e-mail twice', async (t) => {
  t.setTimeout(900_000);
  const idp = testIdentityProvider();
  const data = runDataFolder(t, 'scale-out');
  const ports = await freeRunPorts();
  const client = await idp.portalClient(`http://127.0.0.1:${ports.JALON_PORTAL_PORT}`);
  const run = await startJalon({
    ...ports, JALON_DATA_DIR: data, JALON_WORKERS: '2', JALON_PORTALS: '2', SMTP_URL: '',
    OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: client.clientId, OIDC_CLIENT_SECRET: client.clientSecret,
  });
  t.teardown(() => { if (run.child.exitCode === null) run.child.kill('SIGKILL'); });
  t.ok(run.output.includes('worker: 2 processes') && run.output.includes('portal: 2 processes'), 'the run says two workers and two portals run');
  for (const name of ['worker-1-health', 'worker-2-health', 'portal-1-health', 'portal-2-health']) {
    t.equal((await fetch(run.addresses.get(name)!)).status, 200, `${name} answers on its own port`);
  }
  const portalUrl = new URL(run.addresses.get('sign-in')!).origin;
  const internalUrl = new URL(run.addresses.get('portal-api')!).origin;

  // What a year needs: a signed strategic plan (as its lifecycle signs it) and a drafter per entity.
  const plansUrl = new URL(run.addresses.get('plans-health')!).origin;
  const plansCall = (caller: ServiceName) => async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await fetch(`${plansUrl}${url}`, {
      method, headers: { authorization: `Bearer ${await keyOf(data, caller).sign('plans')}`, ...(payload ? { 'content-type': 'application/json' } : {}) }, ...(payload ? { body: JSON.stringify(payload) } : {}),
    });
    return { status: response.status, body: await response.text() };
  };
  await signStrategicPlan(plansCall('worker'), run.addresses.get('reference-plan')!.split('/').pop()!);
  for (const entity of draftingEntities.filter((e) => !demoDrafters[e])) {
    const added = await plansCall('operator')('POST', `/organisations/${ORG}/people`, { name: `Rédaction ${entity}`, email: drafterOf(entity), language: 'fr', roles: [{ role: 'drafter', entityCode: entity }] });
    t.equal(added.status, 201, `a drafter for ${entity}`);
  }

  const launched = await cycleApi(run, 'POST', `/organisations/${ORG}/cycles`, { year: YEAR });
  t.equal(launched.status, 201, 'the President\'s office launches the year through the shared internal address');
  const isDrafting = (m: Mail) => m.subject.includes(String(YEAR)) && draftingEntities.some((e) => m.to.includes(drafterOf(e)));
  await waitForMails(run, 'the first drafting task', isDrafting, 1);
  const [worker] = pidsOf(data, 'worker');
  const sentBeforeKill = (await mails(run)).filter(isDrafting).length;
  process.kill(worker!, 'SIGKILL');
  t.pass(`a worker killed -9 after ${sentBeforeKill} of ${draftingEntities.length} drafting e-mails`);

  const tasks = await waitForMails(run, 'every drafting task', isDrafting, draftingEntities.length);
  t.equal(new Set(tasks.flatMap((m) => m.to)).size, draftingEntities.length, 'every drafter receives the drafting task');
  // The drafting e-mails are queued in one batch, so they can all arrive before the run has noticed
  // the worker's exit: it is given a few seconds to say so.
  const said = () => run.output.some((l) => /worker-\d stopped unexpectedly .* 1 worker process\(es\) go on without it/.test(l));
  for (const until = Date.now() + 15_000; !said() && Date.now() < until;) await new Promise((r) => setTimeout(r, 200));
  t.equal(pidsOf(data, 'worker').length, 1, 'one worker is left…');
  t.equal(run.child.exitCode, null, '…and the run goes on');
  t.ok(said(), 'saying the worker stopped and the other goes on');

  // The drafters answer, a few at a time; a portal dies while they do.
  const portals = pidsOf(data, 'portal');
  const victim = portals[0]!;
  const victimHealth = `http://127.0.0.1:${environOf(victim).get('HEALTH_PORT')}/health`;
  const answers: Answer[] = [];
  let killed = false;
  const queue = [...tasks];
  await Promise.all(Array.from({ length: 3 }, async () => {
    for (let mail = queue.shift(); mail; mail = queue.shift()) {
      answers.push(await actOnEmail(portalUrl, mail, { 'outcome:drafting': 'approve' }));
      if (!killed && answers.length >= 3) { killed = true; process.kill(victim, 'SIGKILL'); }
    }
  }));
  t.ok(killed, 'a portal was killed -9 while the answers were being posted');
  t.same(answers.filter((a) => !a.recorded), [], `every answer recorded (${answers.filter((a) => a.attempts > 1).length} needed another try)`);

  const drafted = await waitForCycle(run, 'every drafting task done', (v) => (v.drafting ?? []).length > 0 && v.drafting!.every((d) => d.status === 'done'));
  t.equal(drafted.drafting!.length, draftingEntities.length, 'each entity\'s task done, once');
  t.same((await fiftyAnswers(`${portalUrl}/health`)).filter((s) => s !== 200), [], 'the pages\' shared address answers, 50 connections out of 50');
  t.same((await fiftyAnswers(`${internalUrl}/health`)).filter((s) => s !== 200), [], 'so does the internal API\'s');
  await t.rejects(fetch(victimHealth), 'the killed portal\'s own /health is gone');

  // On to the consolidation and the committee, through the portal left.
  const [consolidation] = await waitForMails(run, 'the consolidation', (m) => m.to.includes(PRESIDENT.email) && /consolidation/i.test(m.subject), 1);
  t.ok((await actOnEmail(portalUrl, consolidation!, { 'outcome:consolidation': 'approve' })).recorded, 'the President\'s office confirms the consolidation');
  const committee = await waitForMails(run, 'the committee', (m) => (m.to.includes('dgsp@ibz.example') || m.to.includes('dvz@ibz.example')) && /comité|directiecomité/i.test(m.subject), 2);
  for (const mail of committee) t.ok((await actOnEmail(portalUrl, mail, { 'outcome:plan': 'approve' })).recorded, `committee member ${mail.to.join()} approves`);
  const transmitted = await waitForCycle(run, 'transmitted', (v) => v.transmission !== null && v.transmission !== undefined);
  t.equal(transmitted.stage, 'in_force', 'the plan is transmitted and in force');

  await sleep(5_000);
  const all = await mails(run);
  const seen = new Map<string, number>();
  for (const m of all) seen.set(`${m.to.join()} ${m.subject}`, (seen.get(`${m.to.join()} ${m.subject}`) ?? 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1).map(([key]) => key);
  t.same(twice, [], `no e-mail twice (${all.length} e-mails, by recipient and subject)`);
  t.equal(new Set(all.map((m) => m.messageId)).size, all.length, 'every Message-ID once');
  t.equal(await stopJalon(run), 0, 'Ctrl-C stops what is left');
});
