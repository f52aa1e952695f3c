import type { authoritySchema, entitySchema } from '@jalon/contracts';
import type { z } from 'zod';
import { html, type Html } from '../../ui/html.js';
import { choices, input, select, type FormError, type FormValues } from './form-fields.js';
import { organisationCopy } from './organisation-catalogue.js';
import type { AdminLanguage } from './organisation-page.js';

export type Entity = z.infer<typeof entitySchema>;
export type Authority = z.infer<typeof authoritySchema>;

export const entityKinds = ['directorate_general', 'staff_directorate', 'service', 'cell', 'other'] as const;
export const entityFields = ['code', 'name.fr', 'name.nl', 'name.de', 'abbreviation', 'kind', 'parentCode'] as const;
export const authorityFields = [
  'code', 'kind', 'title.fr', 'title.nl', 'title.de', 'holderName', 'signs', 'scope.objectiveNumbers', 'scope.entityCodes', 'scope.budgetEnvelopes',
] as const;
/** The same forms changing a part: its code is what names it, so it is not a field. */
export const entityChangeFields = entityFields.filter((f) => f !== 'code');
export const authorityChangeFields = authorityFields.filter((f) => f !== 'code');

/** A name in the reader's language: German falls back on French where the organisation gave none. */
export const nameIn = (text: { fr: string; nl: string; de?: string | undefined }, language: AdminLanguage) =>
  (language === 'de' ? text.de ?? text.fr : text[language]);

/** One form of a part: where it goes, its heading and button, what it shows (what was sent, or what is stored). */
export interface PartForm {
  form: string;
  action: string;
  heading: string;
  submit: string;
  /** adding asks for the code; changing keeps it */
  withCode: boolean;
  /** h3 inside a section of the organisation's page, h2 on a part's own page */
  headingLevel: 2 | 3;
  values: FormValues;
  error: FormError | undefined;
  csrf: string;
  entities: Entity[];
}

/** What an entity holds, as its form's fields. */
export const entityValues = (e: Entity): FormValues => ({
  'name.fr': e.name.fr, 'name.nl': e.name.nl, 'name.de': e.name.de ?? '', abbreviation: e.abbreviation ?? '', kind: e.kind, parentCode: e.parentCode ?? '',
});

/** What an authority holds, as its form's fields (one box per entity of its scope). */
export const authorityValues = (a: Authority): FormValues => ({
  kind: a.kind, 'title.fr': a.title.fr, 'title.nl': a.title.nl, 'title.de': a.title.de ?? '', holderName: a.holderName,
  ...(a.signs ? { 'signs.yes': 'on' } : {}),
  'scope.objectiveNumbers': a.scope.objectiveNumbers.join(', '), 'scope.budgetEnvelopes': a.scope.budgetEnvelopes.join(', '),
  ...Object.fromEntries(a.scope.entityCodes.map((c) => [`scope.entityCodes.${c}`, 'on'])),
});

const heading = (f: PartForm) => (f.headingLevel === 3 ? html`<h3>${f.heading}</h3>` : html`<h2>${f.heading}</h2>`);

const texts = (language: AdminLanguage, f: PartForm, prefix: string, label: string) => (['fr', 'nl', 'de'] as const).map((l) => {
  const t = organisationCopy[language];
  return input({ form: f.form, name: `${prefix}.${l}`, label: `${label} ${t.nameIn[l]}${l === 'de' ? ` ${t.optional}` : ''}`, error: f.error, value: f.values[`${prefix}.${l}`], required: l !== 'de' });
});

export function entityForm(language: AdminLanguage, f: PartForm, self?: string): Html {
  const t = organisationCopy[language];
  const { error, values } = f;
  const parents = f.entities.filter((e) => e.code !== self);
  return html`<form method="post" action="${f.action}" class="admin-form" novalidate>
${heading(f)}
<input type="hidden" name="csrf" value="${f.csrf}">
${f.withCode ? input({ form: f.form, name: 'code', label: t.entities.code, hint: t.entities.codeHint, error, value: values.code, required: true }) : ''}
${texts(language, f, 'name', t.entities.name)}
${input({ form: f.form, name: 'abbreviation', label: `${t.entities.abbreviation} ${t.optional}`, error, value: values.abbreviation })}
${select({ form: f.form, name: 'kind', label: t.entities.kind, error, value: values.kind, options: entityKinds.map((k) => [k, t.kinds[k]]) })}
${select({
    form: f.form, name: 'parentCode', label: t.entities.parent, error, value: values.parentCode,
    options: [['', t.entities.noParent], ...parents.map((e): [string, string] => [e.code, nameIn(e.name, language)])],
  })}
<button type="submit">${f.submit}</button>
</form>`;
}

export function authorityForm(language: AdminLanguage, f: PartForm): Html {
  const t = organisationCopy[language];
  const a = t.authorities;
  const { error, values } = f;
  return html`<form method="post" action="${f.action}" class="admin-form" novalidate>
${heading(f)}
<input type="hidden" name="csrf" value="${f.csrf}">
${f.withCode ? input({ form: f.form, name: 'code', label: a.code, hint: a.codeHint, error, value: values.code, required: true }) : ''}
${select({ form: f.form, name: 'kind', label: a.kind, error, value: values.kind, options: (['minister', 'state_secretary'] as const).map((k) => [k, t.authorityKinds[k]]) })}
${texts(language, f, 'title', a.name)}
${input({ form: f.form, name: 'holderName', label: a.holder, error, value: values.holderName, required: true })}
${choices({ form: f.form, name: 'signs', label: a.signs, error, kind: 'checkbox', options: [['yes', a.yes]], checked: () => values['signs.yes'] === 'on' })}
${input({ form: f.form, name: 'scope.objectiveNumbers', label: `${a.objectives} ${t.optional}`, hint: a.numbersHint, error, value: values['scope.objectiveNumbers'] })}
${choices({
    form: f.form, name: 'scope.entityCodes', label: `${a.scope} ${t.optional}`, error, kind: 'checkbox',
    options: f.entities.map((e): [string, string] => [e.code, nameIn(e.name, language)]), checked: (c) => values[`scope.entityCodes.${c}`] === 'on',
  })}
${input({ form: f.form, name: 'scope.budgetEnvelopes', label: `${a.envelopes} ${t.optional}`, hint: a.numbersHint, error, value: values['scope.budgetEnvelopes'] })}
<button type="submit">${f.submit}</button>
</form>`;
}
