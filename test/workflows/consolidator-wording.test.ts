import { actor } from '@jalon/plans/test-support/plans-app';
import { keepHistory } from '@jalon/testkit';
import { operationalCycleWorkflowId } from '@jalon/workflows';
import t, { type Test } from 'tap';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';
import { signInByEmail } from '@jalon/portal/test-support/email-sign-in';

/*
 * Whoever consolidates is named as the organisation names it (its consolidatorName setting), not as
 * the reference organisation does: in the consolidation step's e-mails (to a French and a German
 * reader) and on the President's office's dashboard.
 */

const consolidator = { fr: 'Service d’appui stratégique', nl: 'Strategische Ondersteuningsdienst', de: 'Dienst für strategische Unterstützung' };
/** Words of the English copy that German never uses. */
const english = /\b(the|and|you|your|please|dear|step|deadline|late|waiting|view|which|with)\b/i;

type World = Awaited<ReturnType<typeof cycleWorld>>;

/** The organisation renames whoever consolidates, and has a German-speaking member in the President's office. */
async function renamedConsolidator(t: Test, w: World) {
  const renamed = await w.plans.app.inject({ method: 'PATCH', url: `/organisations/${w.ORG}/settings`, headers: actor, payload: { consolidatorName: consolidator } });
  t.equal(renamed.statusCode, 200, 'the organisation names whoever consolidates');
  const german = await w.plans.app.inject({
    method: 'POST', url: `/organisations/${w.ORG}/people`, headers: actor,
    payload: { name: 'Lena Krings', email: 'lena.krings@ibz.example', language: 'de', roles: [{ role: 'president_office' }] },
  });
  t.equal(german.statusCode, 201, 'a German-speaking member of the President\'s office');
}

t.test('the consolidation step and the dashboard name the organisation\'s own consolidator, in French and in German', async (t) => {
  const w = await cycleWorld(t);
  const year = new Date().getUTCFullYear() + 12;
  await renamedConsolidator(t, w);
  t.equal((await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year })).statusCode, 201);
  await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);
  t.equal((await w.api('POST', `${w.cycleUrl(year)}/close-drafting`, w.people.president)).statusCode, 200);

  const [french] = await w.notifications.catcher.waitFor((m) => m.to.includes(w.people.president.email) && /Consolidation/.test(m.subject), { timeoutMs: 60_000 });
  t.match(french!.subject, 'Consolidation – Service d’appui stratégique', 'the consolidation step named for the organisation\'s consolidator');
  t.notMatch(french!.text, /Corporate/, 'not the reference organisation\'s');
  const [inGerman] = await w.notifications.catcher.waitFor((m) => m.to.includes('lena.krings@ibz.example') && /Konsolidierung/.test(m.subject), { timeoutMs: 60_000 });
  t.match(inGerman!.subject, 'Konsolidierung – Dienst für strategische Unterstützung', 'in German, with the German name');
  t.match(inGerman!.subject, /Operativer Plan \d{4}/, 'the plan named in German');
  t.notMatch(inGerman!.text.replace(/https?:\/\/\S+/g, ''), english, 'and no English');

  const president = await signInByEmail(w, w.people.president.email);
  const dashboard = await w.portal.pages.inject({ url: '/dashboard', headers: { cookie: president } });
  t.match(dashboard.body, '<h1>Tableau de bord – Service d’appui stratégique</h1>', 'the dashboard is the consolidator\'s');
  // The reference data also has a drafting entity of that name, which the dashboard may list as such.
  t.notMatch(dashboard.body.replaceAll('Cellule Corporate de la Présidente', ''), /Corporate/, 'no other consolidator named');
  await keepHistory(w.portal.temporal.client.workflow.getHandle(operationalCycleWorkflowId(w.ORG, year)), 'operational-cycle-consolidator-wording');
});
