import type { Language } from '@jalon/contracts';
import { pick } from '../ui/catalogue.js';
import { html, type Html } from '../ui/html.js';
import type { DecisionContent } from './frozen-content.js';

/*
 * "Objectives concerned": a reviewer deciding on the whole plan (the committee) may name the
 * objectives a comment is about, so that the drafters find it beside them rather than only at the
 * top of the plan. The choices are the objectives of the frozen version under review.
 */

/** One checkbox per objective: `concerned:<item>:<number or code>`. */
export const concernedField = (itemKey: string, code: string) => `concerned:${itemKey}:${code}`;

/** The field's words; English only for links sent in English (the pages' languages are fr, nl, de). */
export const concernedCopy: Record<Language, { legend: string; hint: string; outsideScope: (codes: string) => string }> = {
  fr: {
    legend: 'Objectifs concernés',
    hint: 'Facultatif : cochez les objectifs visés par votre commentaire ; il sera affiché à côté de chacun d’eux.',
    outsideScope: (codes) => `Objectifs concernés : ${codes} ne fait pas partie de la version examinée.`,
  },
  nl: {
    legend: 'Betrokken doelstellingen',
    hint: 'Optioneel: vink de doelstellingen aan waarop uw commentaar betrekking heeft; het wordt naast elk ervan getoond.',
    outsideScope: (codes) => `Betrokken doelstellingen: ${codes} behoort niet tot de onderzochte versie.`,
  },
  de: {
    legend: 'Betroffene Ziele',
    hint: 'Optional: Kreuzen Sie die Ziele an, auf die sich Ihr Kommentar bezieht; er wird neben jedem von ihnen angezeigt.',
    outsideScope: (codes) => `Betroffene Ziele: ${codes} gehört nicht zur geprüften Fassung.`,
  },
  en: {
    legend: 'Objectives concerned',
    hint: 'Optional: tick the objectives your comment is about; it will be shown beside each of them.',
    outsideScope: (codes) => `Objectives concerned: ${codes} is not part of the version under review.`,
  },
};

/** The objectives one may name: every objective of the frozen version, for a whole-plan review only. */
export function concernedChoices(content: DecisionContent | undefined, language: Language): Array<{ code: string; label: string }> {
  if (!content || content.scope !== 'whole') return [];
  const s = content.snapshot;
  return s.kind === 'strategic'
    ? s.objectives.map((o) => ({ code: String(o.number), label: `${o.number}. ${pick(o.title, language)}` }))
    : s.objectives.map((o) => ({ code: o.code, label: `${o.code}. ${o.statement}` }));
}

/** The codes the form may name, for the POST's check. */
export const concernedScope = (content: DecisionContent | undefined) => concernedChoices(content, 'fr').map((c) => c.code);

/** The codes ticked for one item, as the form sent them. */
export function tickedFor(body: Record<string, string>, itemKey: string): string[] {
  const prefix = concernedField(itemKey, '');
  return Object.keys(body).filter((k) => k.startsWith(prefix) && k.length > prefix.length).map((k) => k.slice(prefix.length));
}

/** The fieldset of checkboxes, inside one item's fieldset; nothing when there is nothing to name. */
export function concernedFieldset(
  language: Language, itemKey: string, choices: Array<{ code: string; label: string }>, ticked: readonly string[],
  idOf: (part: string) => string, errors: readonly string[],
): Html | '' {
  if (choices.length === 0) return '';
  const t = concernedCopy[language];
  const hintId = idOf('concerned-hint');
  const errorId = idOf('concerned-error');
  return html`<fieldset class="concerned" aria-describedby="${hintId}${errors.length ? ` ${errorId}` : ''}">
<legend>${t.legend}</legend>
<p class="hint" id="${hintId}">${t.hint}</p>
${errors.length ? html`<p class="error" id="${errorId}">${errors.join(' ')}</p>` : ''}
${choices.map((c, i) => html`<div class="choice">
<input type="checkbox" id="${idOf(`concerned-${i}`)}" name="${concernedField(itemKey, c.code)}" value="on"${ticked.includes(c.code) ? html` checked` : ''}>
<label for="${idOf(`concerned-${i}`)}">${c.label}</label>
</div>`)}
</fieldset>`;
}
