import { draftingTaskParamsSchema, type Language } from '@jalon/contracts';
import { footer, greeting, noDeadlineYet, personalLinkNote } from './common-copy.js';
import { composeEmail, type Section } from './compose.js';
import { formatDeadline, pick, quote } from './format.js';
import type { Template } from './types.js';

interface Words { plan: string; year: number; entity: string; due: string }

const copy: Record<Language, {
  subject: (w: Omit<Words, 'plan' | 'due'>) => string; ask: (w: Omit<Words, 'due'>) => string; smart: string;
  entity: string; owned: string; deadline: (w: Words) => string; confirm: string; open: string;
}> = {
  fr: {
    subject: (w) => `À rédiger\u00a0: objectifs opérationnels ${w.year} – ${w.entity}`,
    ask: (w) => `Nous vous demandons de rédiger les objectifs opérationnels de votre entité pour le plan opérationnel ${w.year}, qui met en œuvre ${w.plan}.`,
    smart: 'Chaque objectif doit être SMART (spécifique, mesurable, acceptable, réaliste et défini dans le temps), se rattacher à un objectif du plan stratégique signé et préciser les moyens mis en œuvre pour l’atteindre.',
    entity: 'Entité',
    owned: 'Objectifs stratégiques dont votre entité est responsable\u00a0:',
    deadline: (w) => `Merci d’encoder vos objectifs au plus tard le ${w.due}.`,
    confirm: 'Une fois vos objectifs encodés, confirmez-le sur la page de la tâche.',
    open: 'Ouvrir la tâche',
  },
  nl: {
    subject: (w) => `Op te stellen: operationele doelstellingen ${w.year} – ${w.entity}`,
    ask: (w) => `Wij vragen u om de operationele doelstellingen van uw entiteit op te stellen voor het operationeel plan ${w.year}, dat uitvoering geeft aan ${w.plan}.`,
    smart: 'Elke doelstelling moet SMART zijn (specifiek, meetbaar, acceptabel, realistisch en tijdsgebonden), aansluiten bij één doelstelling van het ondertekende strategisch plan en de middelen vermelden die worden ingezet om ze te bereiken.',
    entity: 'Entiteit',
    owned: 'Strategische doelstellingen waarvoor uw entiteit verantwoordelijk is:',
    deadline: (w) => `Gelieve uw doelstellingen uiterlijk op ${w.due} in te voeren.`,
    confirm: 'Zodra uw doelstellingen zijn ingevoerd, bevestigt u dat op de pagina van de taak.',
    open: 'De taak openen',
  },
  de: {
    subject: (w) => `Zu erstellen: operative Ziele ${w.year} – ${w.entity}`,
    ask: (w) => `Wir bitten Sie, die operativen Ziele Ihrer Einheit für den operativen Plan ${w.year} zu erstellen, der ${w.plan} umsetzt.`,
    smart: 'Jedes Ziel muss SMART sein (spezifisch, messbar, akzeptabel, realistisch und terminiert), sich auf ein Ziel des unterzeichneten strategischen Plans beziehen und die Mittel angeben, mit denen es erreicht werden soll.',
    entity: 'Einheit',
    owned: 'Strategische Ziele, für die Ihre Einheit verantwortlich ist:',
    deadline: (w) => `Bitte erfassen Sie Ihre Ziele bis spätestens ${w.due}.`,
    confirm: 'Sobald Ihre Ziele erfasst sind, bestätigen Sie dies auf der Seite der Aufgabe.',
    open: 'Aufgabe öffnen',
  },
  en: {
    subject: (w) => `To draft: operational objectives ${w.year} – ${w.entity}`,
    ask: (w) => `You are asked to draft your entity’s operational objectives for the operational plan ${w.year}, which implements ${w.plan}.`,
    smart: 'Each objective must be SMART (specific, measurable, acceptable, realistic and time-bound), be linked to one objective of the signed strategic plan, and state the means used to reach it.',
    entity: 'Entity',
    owned: 'Strategic objectives your entity is responsible for:',
    deadline: (w) => `Please enter your objectives by ${w.due}.`,
    confirm: 'Once your objectives are entered, confirm this on the task page.',
    open: 'Open the task',
  },
};

/**
 * To the drafters of one entity: write the entity's operational objectives for the year. The strategic
 * objectives it owns are listed because each operational objective must hang from one of them.
 */
export const draftingTask: Template<typeof draftingTaskParamsSchema> = {
  name: 'drafting_task',
  params: draftingTaskParamsSchema,
  render(p, reader) {
    const lang = reader.language;
    const c = copy[lang];
    const entity = pick(p.entityName, lang);
    const plan = quote(pick(p.planTitle, lang), lang);
    const owned = [...p.strategicObjectives].sort((a, b) => a.number - b.number)
      .map((o) => `${o.number}. ${pick(o.title, lang)}`);
    const sections: Section[] = [
      { kind: 'paragraph', text: c.ask({ plan, year: p.year, entity }) },
      { kind: 'facts', rows: [[c.entity, entity]] },
      { kind: 'paragraph', text: c.smart },
      ...(owned.length ? [{ kind: 'paragraph' as const, text: [c.owned, ...owned].join('\n') }] : []),
      { kind: 'paragraph', text: p.due === undefined ? noDeadlineYet[lang] : c.deadline({ plan, year: p.year, entity, due: formatDeadline(p.due, lang) }) },
      { kind: 'paragraph', text: c.confirm },
      { kind: 'action', label: c.open, url: p.link, note: personalLinkNote[lang] },
    ];
    return composeEmail({
      language: lang, subject: c.subject({ year: p.year, entity }), greeting: greeting(lang, reader.name), sections, footer: footer[lang],
    });
  },
};
