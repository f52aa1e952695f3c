import t from 'tap';
import { cycleWorld, type CycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';
import { articleOf, lifecycleUntil } from '../test-support/strategic-lifecycle.js';
import { formValues } from '../test-support/page-forms.js';
import { form, formHeaders } from '../test-support/portal-app.js';

/*
 * On real Temporal: the President's office edits the draft and starts the lifecycle from its page;
 * the committee sends it back with a comment, the page shows it and the plan is resubmitted; the
 * State Secretary's cell requests a change on objective 21, the page shows the comment beside that
 * objective; it is edited and resubmitted, and the State Secretary is asked again about it alone.
 */

const post = (w: CycleWorld, cookie: string, url: string, fields: Record<string, string>) =>
  w.portal.pages.inject({ method: 'POST', url, headers: { ...formHeaders, cookie }, payload: form(fields) });


/** The e-mails asking these people to review that arrived after `seen` was taken, one each. */
async function reviewMails(w: CycleWorld, seen: Set<string | null>, emails: string[]) {
  return Promise.all(emails.map(async (email) => {
    const [mail] = await w.notifications.catcher.waitFor((m) => !seen.has(m.messageId) && m.to.includes(email) && /\/decisions\//.test(m.text), { timeoutMs: 30_000 });
    return mail!;
  }));
}
const seenNow = (w: CycleWorld) => new Set(w.notifications.catcher.messages.map((m) => m.messageId));


t.test('edit, start, changes requested with comments beside the objective, edit, resubmit', async (t) => {
  const w = await cycleWorld(t, { strategicPlanSigned: false });
  const president = await signInByEmail(w, w.people.president.email);
  const base = `/strategic-drafts/${w.plans.planId}`;
  const editObjective = async (number: number, title: string) => {
    const page = await w.portal.pages.inject({ url: `${base}/objectives/${number}`, headers: { cookie: president } });
    const saved = await post(w, president, `${base}/objectives/${number}`, { ...formValues(page.body, `${base}/objectives/${number}`), title });
    t.equal(saved.statusCode, 303, `objective ${number} saved`);
  };

  await editObjective(3, 'Une organisation agile et apprenante');
  let seen = seenNow(w);
  const started = await post(w, president, `${base}/lifecycle`, { csrf: formValues((await w.portal.pages.inject({ url: base, headers: { cookie: president } })).body, `${base}/lifecycle`).csrf! });
  t.equal(started.statusCode, 303);
  t.equal(started.headers.location, `${base}?started=1`);
  const running = await w.portal.pages.inject({ url: `${base}?started=1`, headers: { cookie: president } });
  t.match(running.body, 'Le cycle est lancé');
  t.notMatch(running.body, `href="${base}/objectives/3"`, 'under review, the draft is not offered for editing');

  // The committee (every member must approve): one member sends it back with a comment on the plan.
  const [dgspMail] = await reviewMails(w, seen, [w.people.dgsp.email, w.people.oe.email]);
  await w.actOnEmail(dgspMail!, { 'outcome:plan': 'request_changes', 'comment:plan': 'Les objectifs de gouvernance manquent d’indicateurs.' });
  await lifecycleUntil(w, 'drafting after the committee', (s) => s.stage === 'drafting' && s.changesRequested.length > 0);
  const sentBack = await w.portal.pages.inject({ url: base, headers: { cookie: president } });
  t.match(sentBack.body, 'Modifications demandées par : le comité de direction.', 'the banner names the step');
  t.match(sentBack.body, 'Les objectifs de gouvernance manquent d’indicateurs.', 'the comment');
  t.match(sentBack.body, /Directeur DGSP \(Membre du comité de direction\), \S+ \d+ \S+ \d{4}/, 'who, in which role, when');
  t.notMatch(sentBack.body, w.people.dgsp.id, 'a name, never an id');
  t.match(sentBack.body, `href="${base}/objectives/3"`, 'editable again');

  await editObjective(3, 'Une organisation agile et apprenante, avec des indicateurs');
  seen = seenNow(w);
  const resubmit = await post(w, president, `${base}/resubmit`, { csrf: formValues(sentBack.body, `${base}/resubmit`).csrf! });
  t.equal(resubmit.statusCode, 303);
  const v2 = await lifecycleUntil(w, 'the committee on version 2', (s) => s.stage === 'committee' && s.version?.number === 2);
  t.same(v2.changesRequested, [], 'the request is answered');
  const again = await post(w, president, `${base}/resubmit`, { csrf: formValues(sentBack.body, `${base}/resubmit`).csrf! });
  t.equal(again.statusCode, 409, 'a second resubmission is refused…');
  t.match(again.body, 'Le projet ne peut pas être renvoyé pour l’instant', '…in the reader\'s language');

  // The committee approves version 2; the State Secretary's cell asks for a change on objective 21.
  for (const mail of await reviewMails(w, seen, [w.people.dgsp.email, w.people.oe.email])) await w.actOnEmail(mail, { 'outcome:plan': 'approve' });
  const [mahdiMail] = await reviewMails(w, seen, [w.people.mahdi.email]);
  await w.actOnEmail(mahdiMail!, { 'outcome:20': 'approve', 'outcome:21': 'request_changes', 'comment:21': 'Ajoutez un délai de traitement des demandes.', 'outcome:22': 'approve' });
  await lifecycleUntil(w, 'drafting after the State Secretary', (s) => s.stage === 'drafting' && s.changesRequested.some((c) => c.step === 'state_secretary_review'));
  const fromMahdi = await w.portal.pages.inject({ url: base, headers: { cookie: president } });
  t.match(fromMahdi.body, 'Modifications demandées par : le secrétaire d’État.');
  t.match(fromMahdi.body, 'n’examinera à nouveau que les objectifs de sa compétence modifiés', 'the re-review of the changed objectives only is said');
  const objective21 = articleOf(fromMahdi.body, 21);
  t.match(objective21, 'Ajoutez un délai de traitement des demandes.', 'the comment beside objective 21');
  t.match(objective21, 'Kabinet Mahdi (Cellule stratégique du Secrétaire d’État)');
  t.notMatch(articleOf(fromMahdi.body, 20), 'Ajoutez un délai', 'and not beside another');
  t.notMatch(fromMahdi.body, 'manquent d’indicateurs', 'the answered committee comment of version 1 is no longer shown');

  await editObjective(21, 'Une politique de retour efficace, avec des délais de traitement connus');
  seen = seenNow(w);
  t.equal((await post(w, president, `${base}/resubmit`, { csrf: formValues(fromMahdi.body, `${base}/resubmit`).csrf! })).statusCode, 303);
  await lifecycleUntil(w, 'the committee on version 3', (s) => s.stage === 'committee' && s.version?.number === 3);
  for (const mail of await reviewMails(w, seen, [w.people.dgsp.email, w.people.oe.email])) await w.actOnEmail(mail, { 'outcome:plan': 'approve' });
  const [reReview] = await reviewMails(w, seen, [w.people.mahdi.email]);
  const { page } = await w.actOnEmail(reReview!, { 'outcome:21': 'approve' });
  t.match(page.body, 'name="outcome:21"', 'the State Secretary is asked about the changed objective');
  t.notMatch(page.body, 'name="outcome:20"', 'and not about those he approved unchanged');
  await lifecycleUntil(w, 'awaiting signature', (s) => s.stage === 'awaiting_signature');
});
