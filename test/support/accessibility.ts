import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/*
 * WCAG 2.1 AA checks in the browser tests with axe-core (Deque's maintained rule engine), put into
 * the page through the DevTools protocol: the pages' CSP allows no script, and it must stay so.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0/2.1 A and AA rules, and axe's best practices (landmarks, heading order). */
const RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

export interface Violation { id: string; impact: string | null; help: string; helpUrl: string; targets: string[] }

interface Assert {
  ok: (value: unknown, message: string, extra: Record<string, unknown>) => unknown;
  comment: (...message: unknown[]) => unknown;
}

/** Every axe violation on the page as it is now. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  if (await page.evaluate('typeof window.axe') === 'undefined') await page.evaluate(axeSource);
  const options = JSON.stringify({ runOnly: { type: 'tag', values: RULE_TAGS }, resultTypes: ['violations'] });
  return page.evaluate(`axe.run(document, ${options}).then((r) => r.violations.map((v) => ({
    id: v.id, impact: v.impact ?? null, help: v.help, helpUrl: v.helpUrl, targets: v.nodes.map((n) => n.target.join(' ')),
  })))`) as Promise<Violation[]>;
}

/** One line per violation: what a developer needs to find and fix it. */
export const describeViolation = (v: Violation) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.targets.slice(0, 5).join(', ')}${v.targets.length > 5 ? ` and ${v.targets.length - 5} more` : ''} — ${v.helpUrl}`;

/**
 * Fails on any serious or critical violation of the page, listing each one's rule, impact, the
 * elements at fault and the rule's help page; lesser ones are reported as comments.
 */
export async function expectAccessible(t: Assert, page: Page, name: string): Promise<Violation[]> {
  const violations = await axeViolations(page);
  const failing = violations.filter((v) => v.impact !== null && FAILING_IMPACTS.has(v.impact));
  for (const v of violations.filter((x) => !failing.includes(x))) t.comment(`${name}: ${describeViolation(v)}`);
  t.ok(failing.length === 0, `${name}: no serious or critical accessibility violation${failing.length ? `\n${failing.map(describeViolation).join('\n')}` : ''}`, {
    violations: failing.map(describeViolation),
  });
  return failing;
}
