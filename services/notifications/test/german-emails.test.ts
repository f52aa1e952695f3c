import t from 'tap';
import { templateNameSchema, type TemplateName } from '@jalon/contracts';
import { renderTemplate } from '../src/templates/registry.js';
import { notificationsApp, portalHeaders, workerHeaders } from '../test-support/notifications-app.js';

/*
 * Every e-mail in German for a German-speaking reader (the German-speaking Community's civil
 * servants): the template's own words, and the cycle's texts where the cycle gives them in German.
 * Data that exists in French and Dutch only (a plan's title, an objective written in French) is shown
 * in French, never replaced by English.
 */

const plan = { fr: 'Plan stratégique 2022–2024', nl: 'Strategisch plan 2022–2024' };
/** as the cycle names its steps and plans since they come from the organisation's data */
const operational = { fr: 'Plan opérationnel 2027 – SPF Intérieur', nl: 'Operationeel plan 2027 – FOD Binnenlandse Zaken', de: 'Operativer Plan 2027 – FÖD Inneres' };
const step = { fr: 'Consolidation – Cellule Corporate', nl: 'Consolidatie – Cel Corporate', de: 'Konsolidierung – Cellule Corporate' };
const link = 'https://jalon.ibz.example/t/abc';

/** Params of each template as the cycle sends them; a template added without an entry here fails the test. */
const samples: Record<TemplateName, Record<string, unknown>> = {
  review_request: { planTitle: operational, stepName: step, due: '2027-01-31', link, changesSummary: 'Objectif 12 : ambition 3 reformulée.' },
  reminder: { planTitle: operational, stepName: step, due: '2027-01-31', daysLate: 2, link },
  escalation: { planTitle: operational, stepName: step, holderName: { fr: 'Cellule Corporate', nl: 'Cel Corporate', de: 'Cellule Corporate' }, due: '2027-01-31', daysLate: 3, link },
  communication: { planTitle: plan, targetGroup: { fr: 'Personnel', nl: 'Personeel', de: 'Personal' }, message: { fr: 'Le plan est signé.', nl: 'Het plan is ondertekend.', de: 'Der Plan ist unterzeichnet.' }, link },
  delivery_failed: {
    notificationId: '0d6f8a2e-4b1c-4f7e-9a3d-2c5b8e1f6a90', messageId: '<x@ibz.be>', kind: 'review_request', subject: 'Zur Prüfung: Operativer Plan 2027',
    recipientEmail: 'jan.peeters@ibz.example', recipientName: 'Jan Peeters', smtpResponse: '550 5.1.1 mailbox unavailable', attempts: 5, failedAt: '2027-01-10T09:00:00Z',
  },
  drafting_task: {
    planTitle: plan, entityName: { fr: 'Office des Étrangers', nl: 'Dienst Vreemdelingenzaken', de: 'Ausländeramt' }, year: 2027, due: '2027-01-31', link,
    strategicObjectives: [{ number: 20, title: 'Un accès au territoire maîtrisé' }],
  },
  problem_raised: { planTitle: plan, year: 2027, raisedBy: 'Laura Szabo', description: 'Les crédits de l’enveloppe 2 ne couvrent pas le projet.', raisedAt: '2026-12-05T09:30:00Z', link },
  plan_transmitted: {
    planTitle: plan, year: 2027, version: 3, sha256: 'a'.repeat(64), inForce: { from: '2027-01-01', to: '2027-12-31' }, scope: 'competence',
    objectives: [{ code: 'OE-2027-01', title: 'Réduire le délai de traitement des visas' }], link,
  },
  project_changed: {
    planTitle: plan, year: 2027, action: 'withdraw', projectTitle: 'Nouvelle eID', ownerEntity: { fr: 'DG Identité et Affaires citoyennes', nl: 'AD Identiteit en Burgerzaken' },
    requestedByParty: 'minister_cell', reason: 'Priorité du gouvernement.', requestedOn: '2027-03-01', link,
  },
  progress_request: {
    planTitle: operational, stepName: { fr: 'État d’avancement au 30/06/2027', nl: 'Stand van zaken op 30/06/2027', de: 'Sachstand zum 30.06.2027' }, moment: 'checkpoint', due: '2027-07-14', link,
    objectives: [{ code: 'OE-01', statement: 'Réduire le délai de traitement des visas.', indicator: 'Délai médian en jours', target: '90 jours' }],
  },
  sign_in: { link, requestedAt: '2026-11-26T19:00:00+01:00', expiresAt: '2026-11-26T18:15:00Z' },
};

/** Words of the English copy that German never uses ("Link" is German too); the samples' data is French, Dutch or German. */
const english = /\b(the|and|you|your|please|dear|hello|step|deadline|review|reminder|late|view|open|sent|which|with|has|have|been|for|this|document|objectives?)\b/i;
/** What the reader reads of an e-mail, without the addresses of its links. */
const readable = (text: string) => text.replace(/https?:\/\/\S+/g, ' ').replace(/<[^>]*>/g, ' ');
/** The lines of the English e-mail that are the template's copy: not in the French one too (the data is). */
const englishLines = (name: TemplateName) => {
  const fr = new Set(renderTemplate(name, samples[name], { language: 'fr', name: 'Lena Krings' }).text.split('\n').map((l) => l.trim()));
  return renderTemplate(name, samples[name], { language: 'en', name: 'Lena Krings' }).text.split('\n').map((l) => l.trim()).filter((l) => l.length > 3 && !fr.has(l));
};

t.test('every template, rendered for a German reader, is German throughout', async (t) => {
  for (const name of templateNameSchema.options) {
    const mail = renderTemplate(name, samples[name], { language: 'de', name: 'Lena Krings' });
    for (const [part, text] of [['subject', mail.subject], ['text', mail.text], ['html', mail.html]] as const) {
      t.notMatch(readable(text), english, `${name}: no English word in the ${part}`);
    }
    const lines = englishLines(name);
    t.ok(lines.length > 0, `${name}: the English version has copy of its own to compare with`);
    t.same(lines.filter((l) => mail.text.includes(l)), [], `${name}: no line of the English version`);
    t.match(mail.text, /^Guten Tag Lena Krings,/, `${name}: greets in German`);
  }
});

t.test('texts the cycle gives in French and Dutch only are shown in French to a German reader, never in English', async (t) => {
  const mail = renderTemplate('review_request', { ...samples.review_request, planTitle: { ...plan, en: 'Strategic plan 2022–2024' } }, { language: 'de', name: 'Lena Krings' });
  t.match(mail.subject, /Plan stratégique 2022–2024/);
  t.notMatch(mail.text, /Strategic plan/);
  t.match(renderTemplate('escalation', samples.escalation, { language: 'de', name: 'Lena Krings' }).text, /Konsolidierung – Cellule Corporate/, 'the step named in German');
});

t.test('sent through the service, each e-mail a German reader gets is the German one', async (t) => {
  const { app, catcher, send } = await notificationsApp(t);
  const recipient = { email: 'lena.krings@ibz.example', name: 'Lena Krings', language: 'de' };
  // delivery_failed is queued by the service itself, sign_in by the portal only.
  const sent = templateNameSchema.options.filter((name) => name !== 'delivery_failed');
  for (const name of sent) {
    const headers = name === 'sign_in' ? await portalHeaders() : await workerHeaders();
    const res = await app.inject({ method: 'POST', url: '/notifications', headers, payload: { idempotencyKey: `de-${name}`, kind: name, template: name, recipient, params: samples[name] } });
    t.equal(res.statusCode, 201, `${name} queued`);
  }
  // Each run of the sender takes a batch: as many runs as e-mails send them all.
  for (const _ of sent) await send();
  const mails = await catcher.waitFor((m) => m.to.includes(recipient.email), { count: sent.length });
  for (const mail of mails) {
    t.notMatch(readable(`${mail.subject}\n${mail.text}`), english, `"${mail.subject}": German throughout`);
    t.match(mail.text, /^Guten Tag Lena Krings,/);
  }
});
