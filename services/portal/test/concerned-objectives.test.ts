import { worker } from '@jalon/plans/test-support/plans-app';
import t from 'tap';
import { cycleWorld, type CycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';
import { articleOf, lifecycleUntil } from '../test-support/strategic-lifecycle.js';
import { formValues } from '../test-support/page-forms.js';
import { form, formHeaders } from '../test-support/portal-app.js';

/*
 * On real Temporal and PostgreSQL: a committee member deciding on the whole strategic plan names the
 * objectives a comment concerns; an objective outside the version is refused beside the field with
 * nothing recorded; the draft page then shows the comment beside objective 21, not beside 20.
 */



t.test('a committee member\'s comment names objective 21: shown beside 21 only; an objective outside the version is refused', async (t) => {
  const w = await cycleWorld(t, { strategicPlanSigned: false });
  const president = await signInByEmail(w, w.people.president.email);
  const base = `/strategic-drafts/${w.plans.planId}`;
  const draft = await w.portal.pages.inject({ url: base, headers: { cookie: president } });
  const started = await w.portal.pages.inject({
    method: 'POST', url: `${base}/lifecycle`, headers: { ...formHeaders, cookie: president }, payload: form({ csrf: formValues(draft.body, `${base}/lifecycle`).csrf! }),
  });
  t.equal(started.statusCode, 303);

  const [mail] = await w.notifications.catcher.waitFor((m) => m.to.includes(w.people.dgsp.email) && /\/decisions\//.test(m.text), { timeoutMs: 30_000 });
  const path = new URL(mail!.text.match(/https?:\/\/[^\s/]+\/decisions\/[A-Za-z0-9_-]+/)![0]).pathname;
  const page = await w.portal.pages.inject({ url: path });
  t.match(page.body, /<fieldset class="concerned"[^>]*>\s*<legend>Objectifs concernés<\/legend>/, 'the committee may name the objectives concerned');
  t.match(page.body, /name="concerned:plan:21"[^>]*>\s*<label[^>]*>21\. /, 'each by number and title');
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)![1]!;
  const comment = 'Précisez le délai de traitement des demandes.';

  const refused = await w.portal.pages.inject({
    method: 'POST', url: path, headers: formHeaders,
    payload: form({ csrf, 'outcome:plan': 'request_changes', 'comment:plan': comment, 'concerned:plan:21': 'on', 'concerned:plan:99': 'on' }),
  });
  t.equal(refused.statusCode, 400, 'an objective outside the version is refused');
  t.match(refused.body, /<p class="error" id="item-0-concerned-error">Objectifs concernés : 99 ne fait pas partie de la version examinée\.<\/p>/, 'beside the field, in French');
  t.match(refused.body, 'href="#item-0-concerned-0"', 'the error summary leads to the field');
  t.match(refused.body, /name="concerned:plan:21"[^>]*checked/, 'the reader\'s choice is kept');
  const stillOpen = await w.portal.pages.inject({ url: path });
  t.match(stillOpen.body, 'name="outcome:plan"', 'nothing was recorded: the link still decides');

  const sent = await w.portal.pages.inject({
    method: 'POST', url: path, headers: formHeaders, payload: form({ csrf, 'outcome:plan': 'request_changes', 'comment:plan': comment, 'concerned:plan:21': 'on' }),
  });
  t.equal(sent.statusCode, 200, sent.body.slice(0, 500));
  await lifecycleUntil(w, 'drafting after the committee', (s) => s.stage === 'drafting' && s.changesRequested.length > 0);

  const records = (await w.plans.app.inject({ url: `/strategic-plans/${w.plans.planId}/decisions`, headers: worker })).json() as Array<{ act: string; item: string; objectives: string[] }>;
  t.match(records.filter((r) => r.act === 'round_decision'), [{ item: 'plan', objectives: ['21'] }], 'the decision record keeps the objective named');
  const sentBack = await w.portal.pages.inject({ url: base, headers: { cookie: president } });
  t.match(articleOf(sentBack.body, 21), comment, 'the comment beside objective 21');
  t.match(articleOf(sentBack.body, 21), 'Directeur DGSP', 'with who made it');
  t.notMatch(articleOf(sentBack.body, 20), comment, 'and not beside objective 20');
  t.equal(sentBack.body.split(comment).length - 1, 1, 'shown once, not again as a comment on the whole plan');
});
