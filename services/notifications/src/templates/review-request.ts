import { type Language, reviewRequestParamsSchema } from '@jalon/contracts';
import { footer, greeting, noDeadlineYet, openDocument, personalLinkNote } from './common-copy.js';
import { composeEmail, type Section } from './compose.js';
import { stepWording } from './format.js';
import type { Template } from './types.js';

interface Words { plan: string; step: string; due: string }

const copy: Record<Language, { subject: (w: Omit<Words, 'due'>) => string; ask: (w: Omit<Words, 'due'>) => string; deadline: (w: Words) => string; changes: string }> = {
  fr: {
    subject: (w) => `Pour examen\u00a0: ${w.plan} – ${w.step}`,
    ask: (w) => `Nous vous demandons d’examiner ${w.plan} dans le cadre de l’étape ${w.step}.`,
    deadline: (w) => `Merci de rendre votre avis au plus tard le ${w.due}.`,
    changes: 'Modifications depuis la version précédente',
  },
  nl: {
    subject: (w) => `Ter nazicht: ${w.plan} – ${w.step}`,
    ask: (w) => `Wij vragen u om ${w.plan} na te kijken in het kader van de stap ${w.step}.`,
    deadline: (w) => `Gelieve uw advies uiterlijk op ${w.due} te bezorgen.`,
    changes: 'Wijzigingen sinds de vorige versie',
  },
  de: {
    subject: (w) => `Zur Prüfung: ${w.plan} – ${w.step}`,
    ask: (w) => `Wir bitten Sie, ${w.plan} im Rahmen des Schritts ${w.step} zu prüfen.`,
    deadline: (w) => `Bitte geben Sie Ihre Stellungnahme bis spätestens ${w.due} ab.`,
    changes: 'Änderungen seit der vorherigen Fassung',
  },
  en: {
    subject: (w) => `For review: ${w.plan} – ${w.step}`,
    ask: (w) => `You are asked to review ${w.plan} for the step ${w.step}.`,
    deadline: (w) => `Please give your opinion by ${w.due}.`,
    changes: 'Changes since the previous version',
  },
};

/**
 * A step of the cycle waits for the reader's review: what, by when, what changed, and their link.
 * The subject leaves the deadline out, so it reads the same with or without one.
 */
export const reviewRequest: Template<typeof reviewRequestParamsSchema> = {
  name: 'review_request',
  params: reviewRequestParamsSchema,
  render(p, reader) {
    const lang = reader.language;
    const c = copy[lang];
    const { plan, step, quoted } = stepWording(p, lang);
    const sections: Section[] = [
      { kind: 'paragraph', text: c.ask(quoted) },
      { kind: 'paragraph', text: quoted.due === undefined ? noDeadlineYet[lang] : c.deadline({ ...quoted, due: quoted.due }) },
      ...(p.changesSummary ? [{ kind: 'quote' as const, title: c.changes, text: p.changesSummary }] : []),
      { kind: 'action', label: openDocument[lang], url: p.link, note: personalLinkNote[lang] },
    ];
    return composeEmail({
      language: lang,
      subject: c.subject({ plan, step }),
      greeting: greeting(lang, reader.name),
      sections,
      footer: footer[lang],
    });
  },
};
