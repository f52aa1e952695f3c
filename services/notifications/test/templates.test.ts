import t from 'tap';
import { templateParamsSchemas } from '@jalon/contracts';
import { renderTemplate } from '../src/templates/registry.js';
import { escapeHtml } from '../src/templates/compose.js';
import { formatDeadline } from '../src/templates/format.js';
import { stableMessageId } from '../src/message-id.js';

const plan = { fr: 'Plan opérationnel 2023', nl: 'Operationeel plan 2023' };
const review = { planTitle: plan, stepName: { fr: 'Avis du Secrétaire d’État', nl: 'Advies van de Staatssecretaris' }, due: '2023-01-31', link: 'https://jalon.ibz.example/r/x' };

t.test('deadlines are shown in Brussels time, in the reader\'s language', async (t) => {
  // 29 March 2026: summer time starts at 02:00 in Brussels (UTC+2 from then on).
  t.equal(formatDeadline('2026-03-29T08:00:00Z', 'nl'), 'zondag 29 maart 2026 om 10:00');
  t.equal(formatDeadline('2026-03-28T08:00:00Z', 'fr'), 'samedi 28 mars 2026 à 09:00');
  t.equal(formatDeadline('2026-10-25T23:30:00Z', 'fr'), 'lundi 26 octobre 2026 à 00:30', 'after midnight in Brussels, the next day');
  t.equal(formatDeadline('2023-01-31', 'nl'), 'dinsdag 31 januari 2023', 'a calendar date stays that date, without a time');
  t.equal(formatDeadline('2023-01-31', 'de'), 'Dienstag, 31. Januar 2023');
  t.match(formatDeadline('2023-01-31', 'en'), /^Tuesday,? 31 January 2023$/, 'ICU versions differ on the comma');
});

t.test('each language reads naturally; German readers get French for data without German, never English', async (t) => {
  const reader = (language: 'fr' | 'nl' | 'de' | 'en') => ({ language, name: 'Sammy Mahdi' });
  const fr = renderTemplate('review_request', review, reader('fr'));
  t.equal(fr.subject, 'Pour examen\u00a0: Plan opérationnel 2023 – Avis du Secrétaire d’État');
  t.match(fr.text, /Nous vous demandons d’examiner «\u00a0Plan opérationnel 2023\u00a0» dans le cadre de l’étape «\u00a0Avis du Secrétaire d’État\u00a0»\./);
  const nl = renderTemplate('review_request', review, reader('nl'));
  t.match(nl.text, /Wij vragen u om ‘Operationeel plan 2023’ na te kijken in het kader van de stap ‘Advies van de Staatssecretaris’\./);
  const de = renderTemplate('review_request', review, reader('de'));
  t.match(de.text, /^Guten Tag Sammy Mahdi,/);
  t.match(de.text, /bis spätestens Dienstag, 31\. Januar 2023 ab\./);
  t.match(de.subject, /Plan opérationnel 2023/, 'a title without German or English is shown in French');
  const en = renderTemplate('review_request', { ...review, planTitle: { ...plan, en: 'Operational plan 2023' } }, reader('de'));
  t.match(en.subject, /Plan opérationnel 2023/, 'French, not English, when there is no German');
  t.notMatch(fr.text, /Änderungen|Changes|Wijzigingen|Modifications/, 'no changes section on a first round');

  const escalation = renderTemplate('escalation', { ...review, holderName: 'Jan Peeters', daysLate: 1 }, reader('nl'));
  t.match(escalation.text, /Vertraging: 1 dag\n/);
  t.match(renderTemplate('escalation', { ...review, holderName: 'Jan Peeters', daysLate: 4 }, reader('fr')).text, /Retard\u00a0: 4 jours\n/);
});

t.test('a message keeps its paragraphs and line breaks, escaped', async (t) => {
  const mail = renderTemplate('communication', {
    planTitle: plan, targetGroup: 'Syndicats', message: 'Premier paragraphe\navec un retour à la ligne.\n\n<Deuxième> paragraphe & fin.',
  }, { language: 'fr', name: 'Équipe' });
  t.match(mail.html, /<p>Premier paragraphe<br>\navec un retour à la ligne\.<\/p>/);
  t.match(mail.html, /<p>&lt;Deuxième&gt; paragraphe &amp; fin\.<\/p>/);
  t.match(mail.text, /Premier paragraphe\navec un retour à la ligne\.\n\n<Deuxième> paragraphe & fin\./);
});

t.test('a subject is always one line', async (t) => {
  const mail = renderTemplate('review_request', { ...review, stepName: 'Avis\r\nBcc: everyone@example.com' }, { language: 'en', name: 'X' });
  t.notMatch(mail.subject, /[\r\n]/);
  t.equal(mail.subject, 'For review: Plan opérationnel 2023 – Avis Bcc: everyone@example.com');
});

t.test('a functional mailbox is greeted without a name', async (t) => {
  const mail = renderTemplate('reminder', review, { language: 'nl', name: 'president@ibz.example' });
  t.match(mail.text, /^Beste,\n/);
});

t.test('escapeHtml and the stable Message-ID', async (t) => {
  t.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  const id = stableMessageId('wf-1:review:marie@ibz.example:review_request', 'ibz.be');
  t.equal(id, stableMessageId('wf-1:review:marie@ibz.example:review_request', 'ibz.be'), 'the same key, the same id');
  t.not(id, stableMessageId('wf-1:review:marie@ibz.example:reminder-1', 'ibz.be'));
  t.match(id, /^<[0-9a-f]{32}@ibz\.be>$/);
});

t.test('params are checked against the template even when queued from inside the service', async (t) => {
  t.throws(() => renderTemplate('delivery_failed', { notificationId: 'nope' }, { language: 'fr', name: 'x' }));
});

t.test('a review asked before the budget is adopted says there is no deadline yet, and why', async (t) => {
  const { due: _due, ...undated } = review;
  const fr = renderTemplate('review_request', undated, { language: 'fr', name: 'Sammy Mahdi' });
  t.match(fr.text, /\n\nPas encore d’échéance\u00a0: elle sera fixée lorsque la Chambre aura adopté le budget \(douzièmes provisoires\)\.\n\n/);
  t.notMatch(fr.text, /au plus tard/, 'no invented date');
  t.match(fr.html, /<p>Pas encore d’échéance\u00a0: elle sera fixée/);
  const nl = renderTemplate('review_request', undated, { language: 'nl', name: 'Sammy Mahdi' });
  t.match(nl.text, /Nog geen uiterste datum: die wordt vastgelegd zodra de Kamer de begroting heeft aangenomen \(voorlopige twaalfden\)\./);
  t.notMatch(nl.text, /uiterlijk op/);
  t.match(renderTemplate('review_request', undated, { language: 'de', name: 'x' }).text, /Noch keine Frist: Sie wird festgelegt, sobald die Kammer/);
  t.match(renderTemplate('review_request', undated, { language: 'en', name: 'x' }).text, /No deadline yet: it will be set once the Chamber has adopted the budget/);
  t.equal(fr.subject, renderTemplate('review_request', review, { language: 'fr', name: 'Sammy Mahdi' }).subject, 'the subject never carried the deadline');

  const dated = renderTemplate('review_request', review, { language: 'fr', name: 'Sammy Mahdi' });
  t.match(dated.text, /Merci de rendre votre avis au plus tard le mardi 31 janvier 2023\./, 'a known deadline is still given');
  t.notMatch(dated.text, /Pas encore d’échéance/);

  const bad = templateParamsSchemas.review_request.safeParse({ ...review, due: '31/01/2023' });
  t.strictSame(bad.success ? [] : bad.error.issues.map((i) => i.path), [['due']], 'a due date that is given must still be a date');
});

t.test('a reminder speaks of a contribution, so that drafters and reviewers can both get it', async (t) => {
  const fr = renderTemplate('reminder', review, { language: 'fr', name: 'Jan Peeters' });
  t.match(fr.text, /Pour rappel, votre contribution à l’étape «\u00a0Avis du Secrétaire d’État\u00a0» de «\u00a0Plan opérationnel 2023\u00a0» est toujours attendue\./);
  t.match(fr.text, /L’échéance est fixée au mardi 31 janvier 2023\./);
  t.equal(fr.subject, 'Rappel\u00a0: Plan opérationnel 2023 – Avis du Secrétaire d’État (échéance le 31 janv. 2023)');
  const nl = renderTemplate('reminder', review, { language: 'nl', name: 'Jan Peeters' });
  t.match(nl.text, /Ter herinnering: uw bijdrage voor de stap ‘Advies van de Staatssecretaris’ van ‘Operationeel plan 2023’ wordt nog verwacht\./);
  for (const language of ['fr', 'nl', 'de', 'en'] as const) {
    const mail = renderTemplate('reminder', review, { language, name: 'Jan Peeters' });
    t.notMatch(mail.text, /examen|nazicht|Prüfung|review|document/i, `${language}: nothing that only fits a review`);
  }
  const { due: _due, ...undated } = review;
  const missing = templateParamsSchemas.reminder.safeParse(undated);
  t.strictSame(missing.success ? [] : missing.error.issues.map((i) => i.path), [['due']], 'a reminder still needs its deadline');
});
