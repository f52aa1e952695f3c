import t from 'tap';
import { worker } from '@jalon/plans/test-support/plans-app';
import { cycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';
import { csrfOf, form, formHeaders } from '../test-support/portal-app.js';

/*
 * The progress pages (issue 16) on the shared Temporal server, with a cycle of this helper's year
 * (+18) taken to transmission: the DGSP's drafter records where its objective stands at the
 * checkpoint the cycle opened (here opened as the worker would), a faulty form is refused beside its
 * field in the reader's language, and the President's office sees the year.
 */
t.setTimeout(300_000);

t.test('a drafter records the progress of the entity\'s objective; a faulty form is refused beside its field; others are kept out', async (t) => {
  const w = await cycleWorld(t, { portal: { emailSignIn: true, logger: { level: 'error' } } });
  const year = new Date().getUTCFullYear() + 18;
  t.equal((await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year })).statusCode, 201);
  const drafting = await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);
  const planId = drafting.operationalPlanId as string;
  const revision = (await w.plans.app.inject({ url: `/operational-plans/${planId}`, headers: worker })).json().revision;
  const objective = {
    code: 'DGSP-01', strategicObjectiveNumber: 12, statement: 'Renforcer la prévention de la radicalisation.', indicator: 'Communes accompagnées',
    target: '40 communes', ownerEntityCode: 'DGSP', means: '2 ETP', deadline: `${year}-06-30`,
  };
  t.equal((await w.plans.app.inject({ method: 'POST', url: `/operational-plans/${planId}/objectives`, headers: worker, payload: { expectedRevision: revision, ...objective } })).statusCode, 201);
  await w.driveToTransmission(year);
  const checkpoint = `${year}-03-31`;
  t.equal((await w.plans.app.inject({ method: 'POST', url: `/operational-plans/${planId}/progress/checkpoints`, headers: worker, payload: { checkpoint, dueDate: `${year}-04-14` } })).statusCode, 200);

  const dgsp = await signInByEmail(w, w.people.dgsp.email);
  const page = (url: string, cookie: string) => w.portal.pages.inject({ url, headers: { cookie } });
  const path = `/progress/${year}/DGSP`;
  const first = await page(path, dgsp);
  t.equal(first.statusCode, 200);
  t.match(first.body, 'État d’avancement', 'in the drafter\'s language');
  t.match(first.body, 'Direction générale Sécurité &amp; Prévention', 'the entity by its name');
  t.match(first.body, /<label for="progress-DGSP-01-indicatorValue">Valeur de l’indicateur<\/label>/, 'every field has its label');

  const post = (values: Record<string, string>) => w.portal.pages.inject({
    method: 'POST', url: `${path}/objectives/DGSP-01/progress`, headers: { ...formHeaders, cookie: dgsp },
    payload: form({ csrf: csrfOf(first.body), expectedRevision: '1', checkpoint, ...values }),
  });
  const faulty = await post({ indicatorValue: '', status: 'on_track' });
  t.equal(faulty.statusCode, 400, 'an empty indicator value is refused');
  t.match(faulty.body, /<p class="error" id="progress-DGSP-01-indicatorValue-error">Ce champ est obligatoire.<\/p>/, 'beside its field, in French');
  t.match(faulty.body, /<a href="#progress-DGSP-01-indicatorValue">/, 'the error summary links to the field');
  t.same((await w.plans.app.inject({ url: `/operational-plans/${planId}/progress`, headers: worker })).json().objectives[0].updates, [], 'nothing was recorded');

  const saved = await post({ indicatorValue: '12 communes', status: 'on_track', comment: 'Conforme au calendrier.' });
  t.equal(saved.statusCode, 303, saved.body.slice(0, 300));
  const after = await page(`${path}?saved=DGSP-01`, dgsp);
  t.match(after.body, 'Enregistré pour l’objectif DGSP-01.');
  t.match(after.body, '12 communes', 'the history shows the update');
  t.match(after.body, 'En bonne voie');

  t.equal((await page(`/progress/${year}/OE`, dgsp)).statusCode, 403, 'the DGSP\'s drafter does not open the Immigration Office\'s page');
  t.equal((await page(`/progress/${year}`, dgsp)).statusCode, 403, 'nor the President\'s office\'s overview');
  const president = await signInByEmail(w, w.people.president.email);
  const overview = await page(`/progress/${year}`, president);
  t.equal(overview.statusCode, 200);
  t.match(overview.body, 'Aucune entité n’est en retard.', 'the President\'s office sees nobody late');
});
