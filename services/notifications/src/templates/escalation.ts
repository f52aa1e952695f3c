import { escalationParamsSchema, type Language } from '@jalon/contracts';
import { footer, greeting } from './common-copy.js';
import { composeEmail, type Section } from './compose.js';
import { days, formatDeadline, pick, quote } from './format.js';
import type { Template } from './types.js';

interface Words { plan: string; step: string; holder: string }

const copy: Record<Language, {
  subject: (w: Omit<Words, 'holder'>) => string; late: (w: Words) => string; why: (w: Words) => string;
  holder: string; deadline: string; delay: string; view: string;
}> = {
  fr: {
    subject: (w) => `Étape en retard\u00a0: ${w.plan} – ${w.step}`,
    late: (w) => `L’étape ${w.step} de ${w.plan} n’a pas été clôturée dans le délai prévu.`,
    why: (w) => `Nous vous en informons afin que vous puissiez, si nécessaire, prendre contact avec ${w.holder} ou désigner un remplaçant.`,
    holder: 'En attente de', deadline: 'Échéance', delay: 'Retard', view: 'Voir l’étape',
  },
  nl: {
    subject: (w) => `Stap te laat: ${w.plan} – ${w.step}`,
    late: (w) => `De stap ${w.step} van ${w.plan} werd niet binnen de voorziene termijn afgerond.`,
    why: (w) => `Wij brengen u hiervan op de hoogte zodat u, indien nodig, contact kunt opnemen met ${w.holder} of een vervanger kunt aanduiden.`,
    holder: 'Wacht op', deadline: 'Uiterste datum', delay: 'Vertraging', view: 'De stap bekijken',
  },
  de: {
    subject: (w) => `Verspäteter Schritt: ${w.plan} – ${w.step}`,
    late: (w) => `Der Schritt ${w.step} von ${w.plan} wurde nicht fristgerecht abgeschlossen.`,
    why: (w) => `Wir informieren Sie darüber, damit Sie bei Bedarf Kontakt mit ${w.holder} aufnehmen oder eine Vertretung bestimmen können.`,
    holder: 'Wartet auf', deadline: 'Frist', delay: 'Verzug', view: 'Schritt ansehen',
  },
  en: {
    subject: (w) => `Late step: ${w.plan} – ${w.step}`,
    late: (w) => `The step ${w.step} of ${w.plan} was not completed on time.`,
    why: (w) => `We let you know so that you can, if needed, contact ${w.holder} or appoint a deputy.`,
    holder: 'Waiting for', deadline: 'Deadline', delay: 'Delay', view: 'View the step',
  },
};

/** A step is past its deadline: who holds it and how late it is, for the person who can act. */
export const escalation: Template<typeof escalationParamsSchema> = {
  name: 'escalation',
  params: escalationParamsSchema,
  render(p, reader) {
    const lang = reader.language;
    const c = copy[lang];
    const plan = pick(p.planTitle, lang);
    const step = pick(p.stepName, lang);
    const holder = pick(p.holderName, lang);
    const quoted = { plan: quote(plan, lang), step: quote(step, lang), holder };
    const sections: Section[] = [
      { kind: 'paragraph', text: c.late(quoted) },
      { kind: 'facts', rows: [[c.holder, holder], [c.deadline, formatDeadline(p.due, lang)], [c.delay, days(p.daysLate, lang)]] },
      { kind: 'paragraph', text: c.why(quoted) },
      ...(p.link ? [{ kind: 'action' as const, label: c.view, url: p.link }] : []),
    ];
    return composeEmail({ language: lang, subject: c.subject({ plan, step }), greeting: greeting(lang, reader.name), sections, footer: footer[lang] });
  },
};
