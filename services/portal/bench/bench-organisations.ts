/**
 * The synthetic organisations the cycle benchmarks launch: copies of the reference organisation (the
 * SPF Interior) under another code, each with its signed strategic plan, its President's office and
 * one drafter for each entity that owns objectives, and the launch of a cycle as the President's
 * office does it (the portal's cycle API, with a real access token).
 */
import type { ServiceName } from '@jalon/auth';
import type { createDatabase } from '@jalon/service-kit';
import { loadReferenceIntoDatabase, loadReferencePlan, versionsWithoutDocument, type Database } from '@jalon/plans';
import { signStrategicPlan } from '@jalon/plans/test-support/sign-plan';
import type { JalonStack } from './bench-support.js';

/** access tokens asked of the identity provider at once, before the clock starts (see presidentsTokens) */
const TOKEN_CONCURRENCY = 8;

const reference = loadReferencePlan();
/** the entities that receive a drafting task: every owner of an objective ("ALL" is not an entity) */
export const draftingEntities = [...new Set(reference.objectives.flatMap((o) => o.ownerEntityCodes))].filter((c) => c !== 'ALL').sort();

export interface Organisation { code: string; presidentEmail: string; drafters: string[] }

/** The organisations of one run, known before its stack starts: their President's offices are put in the identity provider. */
export const codesOf = (run: number, level: number) => Array.from({ length: level }, (_, i) => `bench-r${run}-l${level}-${i}`);
export const presidentOf = (code: string) => ({ name: 'Cellule Corporate', email: `corporate@${code}.bench.example` });
const drafterOf = (code: string, entity: string) => `drafter.${entity.toLowerCase()}@${code}.bench.example`;
/** Who an organisation made by createOrganisation holds: its addresses follow from its code. */
export const organisationOf = (code: string): Organisation => ({
  code, presidentEmail: presidentOf(code).email, drafters: draftingEntities.map((entity) => drafterOf(code, entity)),
});

export async function pool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    for (let i = next++; i < items.length; i = next++) await fn(items[i]!);
  }));
}

/**
 * A call to the plans service as `caller`: the plan is signed as the workflows sign it (the worker),
 * people are registered as the installation's operator, whom the plans rules allow to.
 */
async function plansCall(stack: JalonStack, caller: ServiceName, method: 'GET' | 'POST', url: string, payload?: object) {
  const response = await fetch(`${stack.plansUrl}${url}`, {
    method, headers: { ...await stack.asService(caller, 'plans'), ...(payload ? { 'content-type': 'application/json' } : {}) },
    ...(payload ? { body: JSON.stringify(payload) } : {}),
  });
  return { status: response.status, body: await response.text() };
}

/** A signed strategic plan: what a round reviews and its decisions are recorded against. */
export interface SignedPlan { id: string; version: { number: number; sha256: string } }

/** One synthetic organisation: the reference plan under another code, signed, and its people. */
export async function createOrganisation(stack: JalonStack, db: ReturnType<typeof createDatabase<Database>>, code: string): Promise<Organisation & { plan: SignedPlan }> {
  const { strategicPlanId } = await loadReferenceIntoDatabase(db, { ...reference, organisation: { ...reference.organisation, code } }, 'bench');
  const version = await signStrategicPlan((method, url, payload) => plansCall(stack, 'worker', method, url, payload), strategicPlanId);
  const person = async (name: string, email: string, roles: object[]) => {
    const res = await plansCall(stack, 'operator', 'POST', `/organisations/${code}/people`, { name, email, language: 'fr', roles });
    if (res.status !== 201) throw new Error(`adding ${email}: ${res.body}`);
  };
  const president = presidentOf(code);
  await person(president.name, president.email, [{ role: 'president_office' }]);
  for (const entity of draftingEntities) await person(`Rédacteur ${entity}`, drafterOf(code, entity), [{ role: 'drafter', entityCode: entity }]);
  return { ...organisationOf(code), plan: { id: strategicPlanId, version } };
}

/**
 * Each President's office's access token, asked before the clock starts: signing in is not what the
 * fan-out measures. In parallel, since one at a time would add minutes to the 1,000 organisations'
 * setup; a few at once only, since each token costs Keycloak a deliberately slow password hash on the
 * two cores it shares with the services, and a thousand requests at once would only queue there
 * (about 0.1 s of CPU each: eight in flight keep both cores busy).
 */
export async function presidentsTokens(stack: JalonStack, orgs: Organisation[]): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  await pool(orgs, TOKEN_CONCURRENCY, async (org) => { tokens.set(org.code, await stack.identityProvider!.accessToken(org.presidentEmail)); });
  return tokens;
}

/**
 * Waits until the plans service has kept the PDF of every frozen version. Making organisations signs
 * their strategic plans, and the service renders each signed version beside its requests (seconds of
 * CPU for a strategic plan): left running, that setup work would be timed with the first launches.
 */
export async function documentsRendered(db: ReturnType<typeof createDatabase<Database>>, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  for (let said = 0; ; said++) {
    const missing = (await versionsWithoutDocument(db)).length;
    if (missing === 0) return;
    // A version whose rendering fails waits longer and longer between tries: not a reason to wait for ever.
    if (performance.now() - started > 15 * 60_000) {
      log(`  ${missing} plan versions are still without their PDF after 15 minutes (see the plans service's log); starting the clock anyway`);
      return;
    }
    if (said % 15 === 0) log(`  waiting for the plans service to render ${missing} plan versions' PDFs before the clock starts (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    await new Promise((r) => setTimeout(r, 2_000));
  }
}

/** Launches answered 5xx and sent again, as a script would (launching a year twice returns the cycle that exists). */
export const launchRetries: string[] = [];

/**
 * How long a launch answered 5xx is sent again: the 503 says "launch it again in a minute". The dev
 * server's lost namespace under load (temporalio/temporal#3784) lasted 3.3 s on 2026-12-03, longer
 * than the 1 + 2 s this benchmark waited then, and that run stopped.
 */
const LAUNCH_RETRY_MS = 60_000;

/** The President's office launches the organisation's cycle of `year`; throws unless it was started. */
export async function launchCycle(stack: JalonStack, code: string, token: string, year: number): Promise<void> {
  const first = performance.now();
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${stack.internalUrl}/organisations/${code}/cycles`, {
      // As a script launching for many organisations would: it does not read each cycle back (return-preference.ts).
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, prefer: 'return=minimal' }, body: JSON.stringify({ year }),
    });
    // 200: an earlier attempt started it after all.
    if (res.status === 201 || (res.status === 200 && attempt > 1)) return;
    const answer = `${res.status} ${await res.text()}`;
    if (res.status < 500 || performance.now() - first > LAUNCH_RETRY_MS) throw new Error(`launching the cycle ${year} of ${code}: ${answer}`);
    launchRetries.push(`${code}/${year}: ${answer.slice(0, 200)}`);
    // 1, 2, 4, 8, then 10 s between tries.
    await new Promise((r) => setTimeout(r, Math.min(1_000 * 2 ** (attempt - 1), 10_000)));
  }
}
