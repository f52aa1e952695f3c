import t from 'tap';
import type { StrategicPlan } from '@jalon/contracts';
import { plansApp, worker } from '../../test-support/plans-app.js';
import { sourceText } from './source-text.js';

/**
 * The plan's texts come back with the source's own characters: its no-break spaces (U+00A0) and its
 * hyphens (U+2010), not plain spaces and ASCII hyphen-minus. The titles are written out here, each
 * checked first against the source text itself.
 */
const nbsp = (words: string) => words.replace(/ /g, '\u00a0');
const titles: Record<number, string> = {
  3: nbsp('Une régulation optimale, en prêtant attention à la conformité et la qualité ; adopter une approche vis\u2010à\u2010vis des abus'),
  6: nbsp('Implication/présence à des fora européens et internationaux'),
  9: nbsp('Une organisation performante'),
  22: nbsp('Lutter contre les abus de procédures de migration et d’asile'),
};

/** The source with its page layout undone: a line break inside a sentence joins the lines. */
const flowing = sourceText.replace(/([ \u00a0])\n+/g, '$1');

t.test('objective titles keep the source\'s no-break spaces and U+2010 hyphens', async (t) => {
  for (const [number, title] of Object.entries(titles)) t.ok(flowing.includes(title), `objective ${number}: the title as written here is in the source`);
  const { app, planId } = await plansApp(t);
  const plan = (await app.inject({ url: `/strategic-plans/${planId}`, headers: worker })).json() as StrategicPlan;
  for (const [number, title] of Object.entries(titles)) {
    t.equal(plan.objectives.find((o) => o.number === Number(number))?.title, title, `objective ${number}: served exactly as in the source`);
  }
  const third = plan.objectives.find((o) => o.number === 3)?.title ?? '';
  t.ok(third.includes('vis\u2010à\u2010vis') && !third.includes('vis-à-vis'), 'U+2010, not "-"');
  t.notOk(plan.objectives.some((o) => / /.test(o.title)), 'no objective title has a plain space where the source has none');
});
