import { parseArgs } from 'node:util';
import { parseEnv } from '@jalon/service-kit';
import { z } from 'zod';

/*
 * The President's office's command line for the yearly cycle, for those who prefer a terminal to the
 * API: it calls the portal's API as the person named with --as, so roles are checked the same way.
 *
 *   npm run cycle -- launch --year 2027 --as corporate@ibz.example
 *   npm run cycle -- status --year 2027
 *   npm run cycle -- budget-adopted --year 2027 --on 2026-12-21 --as corporate@ibz.example
 */

const usage = `usage: npm run cycle -- <launch|status|budget-adopted> --year YYYY [--organisation CODE] [--as E-MAIL] [--on YYYY-MM-DD]
  launch          launch the operational cycle of the year (launching it again shows the one that runs)
  status          where the year's cycle stands
  budget-adopted  record the date the Chamber adopted the budget (--on), or withdraw it (--on none)`;

const env = parseEnv(z.object({
  PORTAL_URL: z.url().default('http://127.0.0.1:3000'),
  PLANS_URL: z.url().default('http://127.0.0.1:3001'),
}), process.env);

function fail(message: string): never {
  process.stderr.write(`cycle: ${message}\n`);
  process.exit(2);
}

async function call(method: string, url: string, personId?: string, body?: unknown) {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { ...(personId ? { 'x-jalon-actor': personId } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    fail(`${new URL(url).origin} does not answer; is Jalon running (npm start)? Set PORTAL_URL and PLANS_URL otherwise.`);
  }
  const json = await response.json().catch(() => ({})) as Record<string, unknown>;
  if (!response.ok) fail(`${response.status}: ${String(json.message ?? response.statusText)}`);
  return { status: response.status, json };
}

async function personIdOf(email: string | undefined): Promise<string> {
  if (!email) fail('say who you are with --as <your e-mail address>');
  const { json } = await call('GET', `${env.PLANS_URL}/people/by-email/${encodeURIComponent(email)}`);
  return String(json.id);
}

function summary(cycle: Record<string, unknown>): string {
  const budget = cycle.budget as { dueDate: string | null; awaitingBudgetAdoption: boolean; daysLate: number };
  const holders = (cycle.holders as Array<{ name: string }>).map((h) => h.name);
  return [
    `cycle ${String(cycle.year)} of ${String(cycle.organisationCode)}: ${String(cycle.stage).replaceAll('_', ' ')}`,
    budget.awaitingBudgetAdoption ? 'due date: none yet, awaiting budget adoption (provisional twelfths)' : `due date: ${budget.dueDate}${budget.daysLate > 0 ? ` (${budget.daysLate} days late)` : ''}`,
    `waiting for: ${holders.length > 0 ? [...new Set(holders)].join(', ') : 'nobody'}`,
    `alerts sent: ${(cycle.alerts as unknown[]).length}`,
  ].join('\n');
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { year: { type: 'string' }, organisation: { type: 'string', default: 'spf-interieur' }, as: { type: 'string' }, on: { type: 'string' }, help: { type: 'boolean' } },
  });
  const [command] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const year = Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) fail(`--year must be a year such as 2027\n${usage}`);
  const org = encodeURIComponent(values.organisation!);
  const cycleUrl = `${env.PORTAL_URL}/organisations/${org}/cycles/${year}`;

  switch (command) {
    case 'launch': {
      const { json } = await call('POST', `${env.PORTAL_URL}/organisations/${org}/cycles`, await personIdOf(values.as), { year });
      process.stdout.write(`${json.created ? 'launched' : 'already running'}: ${String(json.workflowId)}\n`);
      if (json.cycle) process.stdout.write(`${summary(json.cycle as Record<string, unknown>)}\n`);
      return;
    }
    case 'status': {
      const { json } = await call('GET', cycleUrl);
      process.stdout.write(`${summary(json)}\n`);
      return;
    }
    case 'budget-adopted': {
      if (!values.on) fail('give the date of the vote with --on YYYY-MM-DD (or --on none to withdraw it)');
      const { json } = await call('PUT', `${cycleUrl}/budget-adoption`, await personIdOf(values.as), { adoptedOn: values.on === 'none' ? null : values.on });
      process.stdout.write(`${summary(json)}\n`);
      return;
    }
    default:
      fail(`unknown command "${command}"\n${usage}`);
  }
}

await main();
