import { type Language, progressRequestParamsSchema } from '@jalon/contracts';
import { footer, greeting, personalLinkNote } from './common-copy.js';
import { composeEmail, type Section } from './compose.js';
import { formatShortDate, pick, stepWording } from './format.js';
import type { Template } from './types.js';

interface Words { plan: string; step: string; due: string }
type Moment = 'checkpoint' | 'year_end';

const copy: Record<Language, {
  subject: (w: Words) => string; ask: (w: Words) => string; enter: Record<Moment, string>; objectives: string;
  indicator: string; target: string; deadline: (w: Words) => string; open: string;
}> = {
  fr: {
    subject: (w) => `À compléter\u00a0: ${w.step} – ${w.plan} (échéance le ${w.due})`,
    ask: (w) => `Le plan ${w.plan} est en vigueur. Pour l’étape ${w.step}, nous vous demandons d’indiquer où en sont les objectifs opérationnels dont votre entité est responsable.`,
    enter: {
      checkpoint: 'Pour chaque objectif, encodez la valeur actuelle de l’indicateur (à comparer à la cible), un statut (en bonne voie, à risque, en retard, réalisé, ou abandonné avec la raison de l’abandon) et un commentaire.',
      year_end: 'Pour chaque objectif, encodez le résultat de l’année\u00a0: la valeur atteinte de l’indicateur par rapport à la cible, un statut (atteint, partiellement atteint, non atteint ou abandonné) et une explication.',
    },
    objectives: 'Objectifs concernés\u00a0:', indicator: 'indicateur', target: 'cible',
    deadline: (w) => `Merci d’encoder ces informations au plus tard le ${w.due}.`,
    open: 'Encoder l’état d’avancement',
  },
  nl: {
    subject: (w) => `In te vullen: ${w.step} – ${w.plan} (uiterlijk ${w.due})`,
    ask: (w) => `Het plan ${w.plan} is van kracht. Voor de stap ${w.step} vragen wij u aan te geven hoe ver de operationele doelstellingen staan waarvoor uw entiteit verantwoordelijk is.`,
    enter: {
      checkpoint: 'Vul voor elke doelstelling de huidige waarde van de indicator in (te vergelijken met de streefwaarde), een status (op schema, risico, achter op schema, gerealiseerd, of stopgezet met de reden) en een opmerking.',
      year_end: 'Vul voor elke doelstelling het resultaat van het jaar in: de bereikte waarde van de indicator ten opzichte van de streefwaarde, een status (bereikt, gedeeltelijk bereikt, niet bereikt of stopgezet) en een toelichting.',
    },
    objectives: 'Betrokken doelstellingen:', indicator: 'indicator', target: 'streefwaarde',
    deadline: (w) => `Gelieve deze gegevens uiterlijk op ${w.due} in te voeren.`,
    open: 'De stand van zaken invoeren',
  },
  de: {
    subject: (w) => `Auszufüllen: ${w.step} – ${w.plan} (Frist: ${w.due})`,
    ask: (w) => `Der Plan ${w.plan} ist in Kraft. Für den Schritt ${w.step} bitten wir Sie anzugeben, wie weit die operativen Ziele sind, für die Ihre Einheit verantwortlich ist.`,
    enter: {
      checkpoint: 'Erfassen Sie für jedes Ziel den aktuellen Wert des Indikators (im Vergleich zum Zielwert), einen Status (im Plan, gefährdet, im Verzug, erreicht oder aufgegeben mit dem Grund) und einen Kommentar.',
      year_end: 'Erfassen Sie für jedes Ziel das Ergebnis des Jahres: den erreichten Wert des Indikators im Vergleich zum Zielwert, einen Status (erreicht, teilweise erreicht, nicht erreicht oder aufgegeben) und eine Erläuterung.',
    },
    objectives: 'Betroffene Ziele:', indicator: 'Indikator', target: 'Zielwert',
    deadline: (w) => `Bitte erfassen Sie diese Angaben bis spätestens ${w.due}.`,
    open: 'Sachstand erfassen',
  },
  en: {
    subject: (w) => `To complete: ${w.step} – ${w.plan} (due ${w.due})`,
    ask: (w) => `The plan ${w.plan} is in force. For the step ${w.step}, please say where the operational objectives your entity is responsible for stand.`,
    enter: {
      checkpoint: 'For each objective, enter the indicator’s current value (against its target), a status (on track, at risk, late, done, or dropped with the reason) and a comment.',
      year_end: 'For each objective, enter the year’s result: the indicator’s value reached against its target, a status (achieved, partly achieved, not achieved or dropped) and an explanation.',
    },
    objectives: 'Objectives concerned:', indicator: 'indicator', target: 'target',
    deadline: (w) => `Please enter this by ${w.due}.`,
    open: 'Enter the progress',
  },
};

/**
 * The first request of a checkpoint (or of the year-end results) to an owner entity: which step,
 * what to enter for each of its objectives, by when, and where. Those that have not answered later
 * get the reminder template; this one is sent once per checkpoint.
 */
export const progressRequest: Template<typeof progressRequestParamsSchema> = {
  name: 'progress_request',
  params: progressRequestParamsSchema,
  render(p, reader) {
    const lang = reader.language;
    const c = copy[lang];
    const { plan, step, quoted } = stepWording(p, lang);
    // French puts a no-break space before a colon or a semicolon; the others do not.
    const [colon, semicolon] = lang === 'fr' ? ['\u00a0:', '\u00a0;'] : [':', ';'];
    const objectives = p.objectives.map((o) =>
      `${o.code} – ${pick(o.statement, lang)} (${c.indicator}${colon} ${pick(o.indicator, lang)}${semicolon} ${c.target}${colon} ${pick(o.target, lang)})`);
    const sections: Section[] = [
      { kind: 'paragraph', text: c.ask(quoted) },
      { kind: 'paragraph', text: c.enter[p.moment] },
      { kind: 'paragraph', text: [c.objectives, ...objectives].join('\n') },
      { kind: 'paragraph', text: c.deadline(quoted) },
      { kind: 'action', label: c.open, url: p.link, note: personalLinkNote[lang] },
    ];
    return composeEmail({
      language: lang, subject: c.subject({ plan, step, due: formatShortDate(p.due, lang) }), greeting: greeting(lang, reader.name), sections, footer: footer[lang],
    });
  },
};
