import { type Language, reminderParamsSchema } from '@jalon/contracts';
import { footer, greeting, personalLinkNote } from './common-copy.js';
import { composeEmail } from './compose.js';
import { formatShortDate, stepWording } from './format.js';
import type { Template } from './types.js';

interface Words { plan: string; step: string; due: string }

const copy: Record<Language, {
  subject: (w: Words) => string; still: (w: Words) => string; deadline: (w: Words) => string; overdue: (w: Words) => string; ignore: string; open: string;
}> = {
  fr: {
    subject: (w) => `Rappel\u00a0: ${w.plan} – ${w.step} (échéance le ${w.due})`,
    still: (w) => `Pour rappel, votre contribution à l’étape ${w.step} de ${w.plan} est toujours attendue.`,
    deadline: (w) => `L’échéance est fixée au ${w.due}.`,
    overdue: (w) => `L’échéance était fixée au ${w.due}\u00a0: l’étape est en retard. Ce lien reste valable jusqu’à la clôture de l’étape.`,
    ignore: 'Si c’est déjà fait, vous pouvez ignorer ce message.',
    open: 'Ouvrir l’étape',
  },
  nl: {
    subject: (w) => `Herinnering: ${w.plan} – ${w.step} (uiterlijk ${w.due})`,
    still: (w) => `Ter herinnering: uw bijdrage voor de stap ${w.step} van ${w.plan} wordt nog verwacht.`,
    deadline: (w) => `De uiterste datum is ${w.due}.`,
    overdue: (w) => `De uiterste datum was ${w.due}: de stap is te laat. Deze link blijft geldig tot de stap wordt afgesloten.`,
    ignore: 'Hebt u dit al gedaan, dan mag u dit bericht als onbestaande beschouwen.',
    open: 'De stap openen',
  },
  de: {
    subject: (w) => `Erinnerung: ${w.plan} – ${w.step} (Frist: ${w.due})`,
    still: (w) => `Wir erinnern Sie daran, dass Ihr Beitrag zum Schritt ${w.step} von ${w.plan} noch aussteht.`,
    deadline: (w) => `Die Frist endet am ${w.due}.`,
    overdue: (w) => `Die Frist endete am ${w.due}: Der Schritt ist verspätet. Dieser Link bleibt gültig, bis der Schritt abgeschlossen ist.`,
    ignore: 'Falls Sie dies bereits erledigt haben, betrachten Sie diese Nachricht bitte als gegenstandslos.',
    open: 'Schritt öffnen',
  },
  en: {
    subject: (w) => `Reminder: ${w.plan} – ${w.step} (due ${w.due})`,
    still: (w) => `This is a reminder that your contribution to the step ${w.step} of ${w.plan} is still awaited.`,
    deadline: (w) => `The deadline is ${w.due}.`,
    overdue: (w) => `The deadline was ${w.due}: the step is late. This link stays valid until the step closes.`,
    ignore: 'If you have already done so, please disregard this message.',
    open: 'Open the step',
  },
};

/**
 * The reader has not answered yet and the deadline is near, or has passed (a late member is reminded
 * with each escalation, with a link that works until the step closes). Reviewers and drafters both
 * get it, so it speaks of a contribution to the step, not of a review.
 */
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
        { kind: 'paragraph', text: p.daysLate ? c.overdue(quoted) : c.deadline(quoted) },
        { kind: 'action', label: c.open, url: p.link, note: personalLinkNote[lang] },
        { kind: 'paragraph', text: c.ignore },
      ],
      footer: footer[lang],
    });
  },
};
