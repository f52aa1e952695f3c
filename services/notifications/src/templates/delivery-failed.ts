import { deliveryFailedParamsSchema, type Language } from '@jalon/contracts';
import { footer, greeting } from './common-copy.js';
import { composeEmail } from './compose.js';
import { formatDeadline } from './format.js';
import type { Template } from './types.js';

const copy: Record<Language, {
  subject: (name: string) => string; what: string; todo: string;
  recipient: string; subjectLabel: string; kind: string; attempts: string; failedAt: string; answer: string; reference: string;
}> = {
  fr: {
    subject: (name) => `Échec d’envoi\u00a0: e-mail à ${name}`,
    what: 'Jalon n’a pas pu remettre l’e-mail décrit ci-dessous\u00a0: son destinataire ne l’a pas reçu.',
    todo: 'Merci de vérifier l’adresse de cette personne et, si le message était urgent, de la prévenir par un autre moyen. La réponse du serveur de messagerie indique la cause de l’échec.',
    recipient: 'Destinataire', subjectLabel: 'Objet', kind: 'Type', attempts: 'Tentatives', failedAt: 'Échec constaté le',
    answer: 'Réponse du serveur de messagerie', reference: 'Référence',
  },
  nl: {
    subject: (name) => `Verzending mislukt: e-mail aan ${name}`,
    what: 'Jalon kon de onderstaande e-mail niet afleveren: de bestemmeling heeft hem niet ontvangen.',
    todo: 'Gelieve het e-mailadres van deze persoon na te kijken en hem of haar, als het bericht dringend was, op een andere manier te verwittigen. Het antwoord van de mailserver vermeldt de oorzaak.',
    recipient: 'Bestemmeling', subjectLabel: 'Onderwerp', kind: 'Soort', attempts: 'Pogingen', failedAt: 'Mislukt op',
    answer: 'Antwoord van de mailserver', reference: 'Referentie',
  },
  de: {
    subject: (name) => `Zustellung fehlgeschlagen: E-Mail an ${name}`,
    what: 'Jalon konnte die unten beschriebene E-Mail nicht zustellen: Die empfangende Person hat sie nicht erhalten.',
    todo: 'Bitte überprüfen Sie die Adresse dieser Person und benachrichtigen Sie sie auf anderem Weg, falls die Nachricht dringend war. Die Antwort des Mailservers nennt die Ursache.',
    recipient: 'Empfänger', subjectLabel: 'Betreff', kind: 'Art', attempts: 'Versuche', failedAt: 'Fehlgeschlagen am',
    answer: 'Antwort des Mailservers', reference: 'Referenz',
  },
  en: {
    subject: (name) => `Delivery failed: e-mail to ${name}`,
    what: 'Jalon could not deliver the e-mail described below: its recipient did not receive it.',
    todo: 'Please check this person’s address and, if the message was urgent, let them know another way. The mail server’s answer gives the reason.',
    recipient: 'Recipient', subjectLabel: 'Subject', kind: 'Kind', attempts: 'Attempts', failedAt: 'Failed on',
    answer: 'Mail server’s answer', reference: 'Reference',
  },
};

/** To the President's office: an e-mail of the cycle did not reach its reader. */
export const deliveryFailed: Template<typeof deliveryFailedParamsSchema> = {
  name: 'delivery_failed',
  params: deliveryFailedParamsSchema,
  render(p, reader) {
    const lang = reader.language;
    const c = copy[lang];
    return composeEmail({
      language: lang,
      subject: c.subject(p.recipientName),
      greeting: greeting(lang, reader.name),
      sections: [
        { kind: 'paragraph', text: c.what },
        {
          kind: 'facts',
          rows: [
            [c.recipient, `${p.recipientName} <${p.recipientEmail}>`],
            [c.subjectLabel, p.subject],
            [c.kind, p.kind],
            [c.attempts, String(p.attempts)],
            [c.failedAt, formatDeadline(p.failedAt, lang)],
            [c.answer, p.smtpResponse],
            [c.reference, `${p.messageId} (${p.notificationId})`],
          ],
        },
        { kind: 'paragraph', text: c.todo },
      ],
      footer: footer[lang],
    });
  },
};
