import { createActivities } from '@jalon/activities';
import { notificationsApp, PUBLIC_BASE_URL } from '@jalon/notifications/test-support/notifications-app';
import { operationalPlanOfYear } from '@jalon/plans/test-support/operational-plan';
import { actor, plansApp, sampleObjective } from '@jalon/plans/test-support/plans-app';
import { testKeyring } from '@jalon/testkit';
import t, { type Test } from 'tap';

/*
 * A checkpoint's follow-ups as the cycle's activity sends them (issue 16), on the real plans and
 * notifications services and a real SMTP server: the first request says what to enter, in the
 * reader's language; reminders stay reminders; the committee is whoever the organisation's
 * `reviewers.committee` setting names.
 */

async function world(t: Test) {
  const plans = await plansApp(t);
  const notifications = await notificationsApp(t, { loop: { pollMs: 50 } });
  const plansUrl = await plans.app.listen({ port: 0, host: '127.0.0.1' });
  const notificationsUrl = await notifications.app.listen({ port: 0, host: '127.0.0.1' });
  const activities = createActivities({ plansUrl, notificationsUrl, portalUrl: 'http://127.0.0.1:9', publicBaseUrl: PUBLIC_BASE_URL, signer: (await testKeyring()).auth('worker').signer });
  const person = async (name: string, email: string, language: string, roles: Array<Record<string, string>>) => {
    const res = await plans.app.inject({ method: 'POST', url: `/organisations/${plans.organisationCode}/people`, headers: actor, payload: { name, email, language, roles } });
    t.equal(res.statusCode, 201, `${email} registered`);
    return email;
  };
  const people = {
    oe: await person('Jan Peeters', 'jan.peeters@ibz.example', 'nl', [{ role: 'drafter', entityCode: 'OE' }]),
    dgsp: await person('Claire Dubois', 'claire.dubois@ibz.example', 'fr', [{ role: 'drafter', entityCode: 'DGSP' }]),
    dgspDe: await person('Lena Krings', 'lena.krings@ibz.example', 'de', [{ role: 'drafter', entityCode: 'DGSP' }]),
    member: await person('Marc Dubois', 'marc.dubois@ibz.example', 'fr', [{ role: 'committee_member' }]),
    president: await person('Laura Szabo', 'laura.szabo@ibz.example', 'fr', [{ role: 'president_office' }]),
  };
  const plan = await operationalPlanOfYear(plans, 2025, [
    sampleObjective({ deadline: '2025-12-31' }),
    sampleObjective({ code: 'OO-12.1', strategicObjectiveNumber: 12, ownerEntityCode: 'DGSP', statement: 'Former les zones de police', indicator: 'Zones formées', target: '30 zones', deadline: '2025-10-31' }),
  ]);
  await plan.transmit();
  const followUp = (step: string, kind: 'request' | 'reminder' | 'escalation', target: 'holders' | 'president_office' | 'committee', checkpoint = '2025-03-31', due = '2025-04-14') =>
    activities.progressFollowUp({
      planId: plan.planId, organisationCode: plans.organisationCode, year: 2025, planTitle: { fr: 'Plan opérationnel 2025', nl: 'Operationeel plan 2025' },
      checkpoint, key: `progress:${checkpoint}:${step}`, kind, target, due, on: '2025-03-31', ...(kind === 'escalation' ? { daysLate: 3 } : {}),
    });
  const mailsTo = (email: string) => notifications.catcher.messages.filter((m) => m.to.includes(email));
  return { plans, notifications, people, followUp, mailsTo };
}

t.test('the first progress request says which checkpoint, what to enter for which objectives, by when and where, in each reader\'s language', async (t) => {
  const { notifications, people, followUp, mailsTo } = await world(t);
  const asked = await followUp('request', 'request', 'holders');
  t.same(asked.owed.map((o) => o.entityCode).sort(), ['DGSP', 'OE']);
  await notifications.catcher.waitFor((m) => [people.oe, people.dgsp, people.dgspDe].some((e) => m.to.includes(e)), { count: 3, timeoutMs: 30_000 });

  const [fr] = mailsTo(people.dgsp);
  t.equal(fr?.subject, 'À compléter\u00a0: État d’avancement au 31/03/2025 – Plan opérationnel 2025 (échéance le 14 avr. 2025)');
  t.match(fr?.text, /^Bonjour Claire Dubois,/);
  t.match(fr?.text, /Pour l’étape «\u00a0État d’avancement au 31\/03\/2025\u00a0», nous vous demandons d’indiquer où en sont les objectifs opérationnels/);
  t.match(fr?.text, /la valeur actuelle de l’indicateur \(à comparer à la cible\), un statut \(en bonne voie, à risque, en retard, réalisé, ou abandonné avec la raison de l’abandon\) et un commentaire/);
  t.match(fr?.text, /OO-12\.1 – Former les zones de police \(indicateur\u00a0: Zones formées\u00a0; cible\u00a0: 30 zones\)/, 'its own objective, with indicator and target');
  t.notMatch(fr?.text, /OO-20\.1/, 'not another entity\'s');
  t.match(fr?.text, /au plus tard le lundi 14 avril 2025\./, 'the due date as Belgians write it');
  t.match(fr?.text, `Encoder l’état d’avancement\u00a0: ${PUBLIC_BASE_URL}/progress/2025/DGSP`);
  t.notMatch(fr?.subject, /Rappel/, 'a request, not a reminder');

  const [nl] = mailsTo(people.oe);
  t.equal(nl?.subject, 'In te vullen: Stand van zaken op 31/03/2025 – Operationeel plan 2025 (uiterlijk 14 apr 2025)');
  t.match(nl?.text, /^Beste Jan Peeters,/);
  t.match(nl?.text, /de huidige waarde van de indicator in \(te vergelijken met de streefwaarde\), een status \(op schema, risico, achter op schema, gerealiseerd, of stopgezet met de reden\) en een opmerking/);
  t.match(nl?.text, /OO-20\.1 – Réduire le délai de traitement des demandes de visa long séjour \(indicator: Délai médian de traitement en jours; streefwaarde: 90 jours au plus\)/);
  t.match(nl?.text, /uiterlijk op maandag 14 april 2025 in te voeren/);
  t.match(nl?.text, `${PUBLIC_BASE_URL}/progress/2025/OE`);

  const [de] = mailsTo(people.dgspDe);
  t.equal(de?.subject, 'Auszufüllen: Sachstand zum 31.03.2025 – Plan opérationnel 2025 (Frist: 14.04.2025)', 'the plan\'s title as the cycle has it (French and Dutch), the rest German');
  t.match(de?.text, /^Guten Tag Lena Krings,/);
  t.match(de?.text, /den aktuellen Wert des Indikators \(im Vergleich zum Zielwert\), einen Status \(im Plan, gefährdet, im Verzug, erreicht oder aufgegeben mit dem Grund\) und einen Kommentar/);
  t.match(de?.text, /OO-12\.1 – Former les zones de police \(Indikator: Zones formées; Zielwert: 30 zones\)/);
  t.match(de?.text, /bis spätestens Montag, 14\. April 2025\./);
  t.match(de?.html, /<a href="https:\/\/jalon\.ibz\.example\/progress\/2025\/DGSP"/, 'the HTML part links there too');

  await followUp('reminder-5', 'reminder', 'holders');
  await notifications.catcher.waitFor((m) => m.to.includes(people.oe) && /^Herinnering/.test(m.subject), { timeoutMs: 30_000 });
  t.match(mailsTo(people.dgsp).at(-1)?.subject, /^Rappel\u00a0: Plan opérationnel 2025 – État d’avancement au 31\/03\/2025/, 'the reminder keeps the reminder template');

  const yearEnd = await followUp('request', 'request', 'holders', 'year_end', '2026-01-15');
  t.equal(yearEnd.recipients.length, 3);
  const [result] = await notifications.catcher.waitFor((m) => m.to.includes(people.dgsp) && m.subject.includes('Résultats de l’année'), { timeoutMs: 30_000 });
  t.match(result?.text, /le résultat de l’année\u00a0: la valeur atteinte de l’indicateur par rapport à la cible, un statut \(atteint, partiellement atteint, non atteint ou abandonné\) et une explication/,
    'the year-end request asks for the result');
});

t.test('the committee escalation goes to the roles the organisation\'s reviewers.committee names', async (t) => {
  const { plans, notifications, people, followUp } = await world(t);
  const byDefault = await followUp('committee', 'escalation', 'committee');
  t.same(byDefault.recipients, [people.member], 'by default, the committee members');

  const changed = await plans.app.inject({
    method: 'PATCH', url: `/organisations/${plans.organisationCode}/settings`, headers: actor, payload: { reviewers: { committee: ['president_office', 'drafter'] } },
  });
  t.equal(changed.statusCode, 200, 'the organisation\'s administrator names the president\'s office and the drafters');
  const escalated = await followUp('committee', 'escalation', 'committee', '2025-06-30', '2025-07-14');
  t.same([...escalated.recipients].sort(), [people.dgsp, people.oe, people.dgspDe, people.president].sort(), 'the roles the setting names, and not the committee members');
  const mails = await notifications.catcher.waitFor((m) => /30[/.]06[/.]2025/.test(m.subject), { count: 4, timeoutMs: 30_000 });
  t.same(mails.flatMap((m) => m.to).sort(), [...escalated.recipients].sort(), 'each e-mailed once');
  t.notOk(notifications.catcher.messages.some((m) => m.to.includes(people.member) && /30[/.]06[/.]2025/.test(m.subject)), 'the committee members are not');
});
