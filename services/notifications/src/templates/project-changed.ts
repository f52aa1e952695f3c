import { type Language, projectChangedParamsSchema, type ProjectChangeRequester } from '@jalon/contracts';
import { footer, greeting } from './common-copy.js';
import { composeEmail, type Section } from './compose.js';
import { formatDate, pick, quote } from './format.js';
import type { Template } from './types.js';

type Action = 'add' | 'withdraw';
interface Words { project: string; year: number; atRequest: string }

const copy: Record<Language, {
  subject: Record<Action, (w: Omit<Words, 'atRequest'>) => string>; changed: Record<Action, (w: Words) => string>;
  /** "at the request of" and the party, as one phrase: the preposition and the article agree with it */
  atRequest: Record<ProjectChangeRequester, string>; rule: (plan: string) => string;
  owner: string; requestedOn: string; reason: string; view: string;
}> = {
  fr: {
    subject: {
      add: (w) => `Projet ajouté\u00a0: plan opérationnel ${w.year} – ${w.project}`,
      withdraw: (w) => `Projet retiré\u00a0: plan opérationnel ${w.year} – ${w.project}`,
    },
    changed: {
      add: (w) => `Le projet ${w.project} a été ajouté au plan opérationnel ${w.year} ${w.atRequest}.`,
      withdraw: (w) => `Le projet ${w.project} a été retiré du plan opérationnel ${w.year} ${w.atRequest}.`,
    },
    atRequest: {
      spf: 'à la demande du SPF',
      minister_cell: 'à la demande de la cellule stratégique du Ministre',
      state_secretary_cell: 'à la demande de la cellule stratégique du Secrétaire d’État',
    },
    rule: (plan) => `${plan} prévoit que des projets peuvent être ajoutés ou retirés à la demande de chacune des parties\u00a0; ce message vous en informe.`,
    owner: 'Entité responsable', requestedOn: 'Date de la demande', reason: 'Motif de la demande', view: 'Voir le plan opérationnel',
  },
  nl: {
    subject: {
      add: (w) => `Project toegevoegd: operationeel plan ${w.year} – ${w.project}`,
      withdraw: (w) => `Project ingetrokken: operationeel plan ${w.year} – ${w.project}`,
    },
    changed: {
      add: (w) => `Het project ${w.project} werd ${w.atRequest} toegevoegd aan het operationeel plan ${w.year}.`,
      withdraw: (w) => `Het project ${w.project} werd ${w.atRequest} uit het operationeel plan ${w.year} ingetrokken.`,
    },
    atRequest: {
      spf: 'op vraag van de FOD',
      minister_cell: 'op vraag van de beleidscel van de Minister',
      state_secretary_cell: 'op vraag van de beleidscel van de Staatssecretaris',
    },
    rule: (plan) => `Volgens ${plan} kunnen projecten op vraag van elk van beide partijen worden toegevoegd of ingetrokken; dit bericht brengt u daarvan op de hoogte.`,
    owner: 'Verantwoordelijke entiteit', requestedOn: 'Datum van de vraag', reason: 'Reden van de vraag', view: 'Het operationeel plan bekijken',
  },
  de: {
    subject: {
      add: (w) => `Projekt hinzugefügt: operativer Plan ${w.year} – ${w.project}`,
      withdraw: (w) => `Projekt zurückgezogen: operativer Plan ${w.year} – ${w.project}`,
    },
    changed: {
      add: (w) => `Das Projekt ${w.project} wurde ${w.atRequest} in den operativen Plan ${w.year} aufgenommen.`,
      withdraw: (w) => `Das Projekt ${w.project} wurde ${w.atRequest} aus dem operativen Plan ${w.year} zurückgezogen.`,
    },
    atRequest: {
      spf: 'auf Antrag des FÖD',
      minister_cell: 'auf Antrag der Strategiezelle des Ministers',
      state_secretary_cell: 'auf Antrag der Strategiezelle des Staatssekretärs',
    },
    rule: (plan) => `Gemäß ${plan} können Projekte auf Antrag jeder der beiden Parteien hinzugefügt oder zurückgezogen werden; diese Nachricht informiert Sie darüber.`,
    owner: 'Verantwortliche Einheit', requestedOn: 'Datum des Antrags', reason: 'Begründung des Antrags', view: 'Operativen Plan ansehen',
  },
  en: {
    subject: {
      add: (w) => `Project added: operational plan ${w.year} – ${w.project}`,
      withdraw: (w) => `Project withdrawn: operational plan ${w.year} – ${w.project}`,
    },
    changed: {
      add: (w) => `The project ${w.project} was added to the operational plan ${w.year} ${w.atRequest}.`,
      withdraw: (w) => `The project ${w.project} was withdrawn from the operational plan ${w.year} ${w.atRequest}.`,
    },
    atRequest: {
      spf: 'at the request of the FPS',
      minister_cell: 'at the request of the Minister’s strategic cell',
      state_secretary_cell: 'at the request of the State Secretary’s strategic cell',
    },
    rule: (plan) => `Under ${plan}, either party may ask for projects to be added or withdrawn; this message lets you know.`,
    owner: 'Responsible entity', requestedOn: 'Requested on', reason: 'Reason for the request', view: 'View the operational plan',
  },
};

/** To the other party: one party had a project added to or withdrawn from the year's operational plan. */
export const projectChanged: Template<typeof projectChangedParamsSchema> = {
  name: 'project_changed',
  params: projectChangedParamsSchema,
  render(p, reader) {
    const lang = reader.language;
    const c = copy[lang];
    const words = { project: quote(p.projectTitle, lang), year: p.year, atRequest: c.atRequest[p.requestedByParty] };
    const sections: Section[] = [
      { kind: 'paragraph', text: c.changed[p.action](words) },
      { kind: 'facts', rows: [[c.owner, pick(p.ownerEntity, lang)], [c.requestedOn, formatDate(p.requestedOn, lang)]] },
      { kind: 'quote', title: c.reason, text: p.reason },
      { kind: 'paragraph', text: c.rule(quote(pick(p.planTitle, lang), lang)) },
      ...(p.link ? [{ kind: 'action' as const, label: c.view, url: p.link }] : []),
    ];
    return composeEmail({
      language: lang, subject: c.subject[p.action]({ project: p.projectTitle, year: p.year }), greeting: greeting(lang, reader.name), sections, footer: footer[lang],
    });
  },
};
