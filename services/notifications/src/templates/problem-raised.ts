import { type Language, problemRaisedParamsSchema } from '@jalon/contracts';
import { footer, greeting } from './common-copy.js';
import { composeEmail, type Section } from './compose.js';
import { formatDeadline, pick, quote } from './format.js';
import type { Template } from './types.js';

interface Words { plan: string; year: number }

const copy: Record<Language, {
  subject: (year: number) => string; found: (w: Words) => string; consult: string;
  raisedBy: string; raisedAt: string; description: string; view: string;
}> = {
  fr: {
    subject: (year) => `Problème signalé\u00a0: plan opérationnel ${year}`,
    found: (w) => `Un problème a été constaté lors de l’élaboration du plan opérationnel ${w.year}, qui met en œuvre ${w.plan}.`,
    consult: 'Comme le prévoit le plan stratégique, le SPF consultera le Ministre et le Secrétaire d’État à ce sujet dans les plus brefs délais. Ce message est adressé en même temps à leurs deux cellules stratégiques.',
    raisedBy: 'Signalé par', raisedAt: 'Signalé le', description: 'Description du problème', view: 'Voir le détail',
  },
  nl: {
    subject: (year) => `Probleem gemeld: operationeel plan ${year}`,
    found: (w) => `Bij de opmaak van het operationeel plan ${w.year}, dat uitvoering geeft aan ${w.plan}, werd een probleem vastgesteld.`,
    consult: 'Zoals het strategisch plan bepaalt, zal de FOD de Minister en de Staatssecretaris hierover zo snel mogelijk raadplegen. Dit bericht wordt tegelijk naar hun beide beleidscellen gestuurd.',
    raisedBy: 'Gemeld door', raisedAt: 'Gemeld op', description: 'Beschrijving van het probleem', view: 'Details bekijken',
  },
  de: {
    subject: (year) => `Problem gemeldet: operativer Plan ${year}`,
    found: (w) => `Bei der Ausarbeitung des operativen Plans ${w.year}, der ${w.plan} umsetzt, wurde ein Problem festgestellt.`,
    consult: 'Wie im strategischen Plan vorgesehen, wird der FÖD den Minister und den Staatssekretär so bald wie möglich dazu konsultieren. Diese Nachricht geht gleichzeitig an ihre beiden Strategiezellen.',
    raisedBy: 'Gemeldet von', raisedAt: 'Gemeldet am', description: 'Beschreibung des Problems', view: 'Details ansehen',
  },
  en: {
    subject: (year) => `Problem raised: operational plan ${year}`,
    found: (w) => `A problem was found while drafting the operational plan ${w.year}, which implements ${w.plan}.`,
    consult: 'As the strategic plan provides, the FPS will consult the Minister and the State Secretary on it as soon as possible. This message goes to both their strategic cells at the same time.',
    raisedBy: 'Raised by', raisedAt: 'Raised on', description: 'Description of the problem', view: 'View the details',
  },
};

/**
 * To the Minister's and the State Secretary's cells at once: the strategic plan has the FPS consult
 * them as soon as a problem appears while the operational plan is drafted, so they hear of it first.
 */
export const problemRaised: Template<typeof problemRaisedParamsSchema> = {
  name: 'problem_raised',
  params: problemRaisedParamsSchema,
  render(p, reader) {
    const lang = reader.language;
    const c = copy[lang];
    const plan = quote(pick(p.planTitle, lang), lang);
    const sections: Section[] = [
      { kind: 'paragraph', text: c.found({ plan, year: p.year }) },
      { kind: 'facts', rows: [[c.raisedBy, p.raisedBy], [c.raisedAt, formatDeadline(p.raisedAt, lang)]] },
      { kind: 'quote', title: c.description, text: p.description },
      { kind: 'paragraph', text: c.consult },
      ...(p.link ? [{ kind: 'action' as const, label: c.view, url: p.link }] : []),
    ];
    return composeEmail({ language: lang, subject: c.subject(p.year), greeting: greeting(lang, reader.name), sections, footer: footer[lang] });
  },
};
