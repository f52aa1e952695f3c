import { parseArgs } from 'node:util';
import { parseEnv } from '@jalon/service-kit';
import { z } from 'zod';
import { accessToken } from './access-token.js';

/*
 * The President's office's command line for the yearly cycle, for those who prefer a terminal to the
 * API: it calls the portal's internal API with the person's access token from the identity provider,
 * so roles are checked the same way. The token comes from JALON_ACCESS_TOKEN, or from the provider
 * (OIDC_ISSUER): by the device sign-in in a browser, or with JALON_PASSWORD for the person --as names.
 *
 *   npm run cycle -- launch --year 2027 --as corporate@ibz.example
 *   npm run cycle -- status --year 2027
 *   npm run cycle -- budget-adopted --year 2027 --on 2026-12-21 --as corporate@ibz.example
 */

const usage = `usage: npm run cycle -- <launch|status|budget-adopted> --year YYYY [--organisation CODE] [--as E-MAIL] [--on YYYY-MM-DD]
  (PORTAL_URL: the portal's internal API; OIDC_ISSUER or JALON_ACCESS_TOKEN: who you are)
  launch          launch the operational cycle of the year (launching it again shows the one that runs)
  status          where the year's cycle stands
  budget-adopted  record the date the Chamber adopted the budget (--on), or withdraw it (--on none)`;

const env = parseEnv(z.object({
  /** the portal's internal listener, where its API is */
  PORTAL_URL: z.url().default('http://127.0.0.1:3004'),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLI_CLIENT_ID: z.string().min(1).default('jalon-cli'),
  JALON_ACCESS_TOKEN: z.string().min(1).optional(),
  JALON_PASSWORD: z.string().min(1).optional(),
}), process.env);

function fail(message: string): never {
  process.stderr.write(`cycle: ${message}\n`);
  process.exit(2);
}

async function call(method: string, url: string, token: string, body?: unknown) {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    fail(`${new URL(url).origin} does not answer; is Jalon running (npm start)? Set PORTAL_URL otherwise.`);
  }
  const json = await response.json().catch(() => ({})) as Record<string, unknown>;
  if (!response.ok) fail(`${response.status}: ${String(json.message ?? response.statusText)}`);
  return { status: response.status, json };
}

async function tokenOf(email: string | undefined): Promise<string> {
  try {
    return await accessToken({
      accessToken: env.JALON_ACCESS_TOKEN, issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLI_CLIENT_ID, password: env.JALON_PASSWORD,
    }, email, (line) => process.stderr.write(`${line}\n`));
  } catch (error) {
    fail(`no access token: ${(error as Error).message}`);
  }
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
  const token = await tokenOf(values.as);

  switch (command) {
    case 'launch': {
      const { json } = await call('POST', `${env.PORTAL_URL}/organisations/${org}/cycles`, token, { year });
      process.stdout.write(`${json.created ? 'launched' : 'already running'}: ${String(json.workflowId)}\n`);
      if (json.cycle) process.stdout.write(`${summary(json.cycle as Record<string, unknown>)}\n`);
      return;
    }
    case 'status': {
      const { json } = await call('GET', cycleUrl, token);
      process.stdout.write(`${summary(json)}\n`);
      return;
    }
    case 'budget-adopted': {
      if (!values.on) fail('give the date of the vote with --on YYYY-MM-DD (or --on none to withdraw it)');
      const { json } = await call('PUT', `${cycleUrl}/budget-adoption`, token, { adoptedOn: values.on === 'none' ? null : values.on });
      process.stdout.write(`${summary(json)}\n`);
      return;
    }
    default:
      fail(`unknown command "${command}"\n${usage}`);
  }
}

await main();
