import { reminderParamsSchema } from '@jalon/contracts';
import { footer, greeting, openDocument, personalLinkNote } from './common-copy.js';
import { composeEmail } from './compose.js';
import { formatShortDate, stepWording } from './format.js';
import type { Language, Template } from './types.js';

interface Words { plan: string; step: string; due: string }

const copy: Record<Language, { subject: (w: Words) => string; still: (w: Words) => string; deadline: (w: Words) => string; ignore: string }> = {
  fr: {
    subject: (w) => `Rappel\u00a0: ${w.plan} – ${w.step} (échéance le ${w.due})`,
    still: (w) => `Pour rappel, votre examen de ${w.plan} dans le cadre de l’étape ${w.step} est toujours attendu.`,
    deadline: (w) => `L’échéance est fixée au ${w.due}.`,
    ignore: 'Si vous avez déjà répondu, vous pouvez ignorer ce message.',
  },
  nl: {
    subject: (w) => `Herinnering: ${w.plan} – ${w.step} (uiterlijk ${w.due})`,
    still: (w) => `Ter herinnering: uw nazicht van ${w.plan} in het kader van de stap ${w.step} wordt nog verwacht.`,
    deadline: (w) => `De uiterste datum is ${w.due}.`,
    ignore: 'Hebt u al geantwoord, dan mag u dit bericht als onbestaande beschouwen.',
  },
  de: {
    subject: (w) => `Erinnerung: ${w.plan} – ${w.step} (Frist: ${w.due})`,
    still: (w) => `Wir erinnern Sie daran, dass Ihre Prüfung von ${w.plan} im Rahmen des Schritts ${w.step} noch aussteht.`,
    deadline: (w) => `Die Frist endet am ${w.due}.`,
    ignore: 'Falls Sie bereits geantwortet haben, betrachten Sie diese Nachricht bitte als gegenstandslos.',
  },
  en: {
    subject: (w) => `Reminder: ${w.plan} – ${w.step} (due ${w.due})`,
    still: (w) => `This is a reminder that your review of ${w.plan} for the step ${w.step} is still awaited.`,
    deadline: (w) => `The deadline is ${w.due}.`,
    ignore: 'If you have already answered, please disregard this message.',
  },
};

/** The reader has not answered yet and the deadline is near. */
export const reminder: Template<typeof reminderParamsSchema> = {
  name: 'reminder',
  params: reminderParamsSchema,
  render(p, reader) {
    const lang = reader.language;
    const c = copy[lang];
    const { plan, step, quoted } = stepWording(p, lang);
    return composeEmail({
      language: lang,
      subject: c.subject({ plan, step, due: formatShortDate(p.due, lang) }),
      greeting: greeting(lang, reader.name),
      sections: [
        { kind: 'paragraph', text: c.still(quoted) },
        { kind: 'paragraph', text: c.deadline(quoted) },
        { kind: 'action', label: openDocument[lang], url: p.link, note: personalLinkNote[lang] },
        { kind: 'paragraph', text: c.ignore },
      ],
      footer: footer[lang],
    });
  },
};
