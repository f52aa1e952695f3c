import type { authoritySchema, entitySchema, Organisation } from '@jalon/contracts';
import type { z } from 'zod';
import { html, type Html } from '../../ui/html.js';
import { choices, errorSummary, input, select, type FormError } from './form-fields.js';
import { organisationCopy } from './organisation-catalogue.js';

type Entity = z.infer<typeof entitySchema>;
type Authority = z.infer<typeof authoritySchema>;
export type AdminLanguage = 'fr' | 'nl' | 'de';

/** A name in the reader's language: German falls back on French where the organisation gave none. */
export const nameIn = (text: { fr: string; nl: string; de?: string | undefined }, language: AdminLanguage) =>
  (language === 'de' ? text.de ?? text.fr : text[language]);

export const settingsFields = [
  'emailSignIn', 'committeeRule.kind', 'committeeRule.approvals', 'reviewDays', 'allEntitiesObjectivesGoTo',
  'consolidatorName.fr', 'consolidatorName.nl', 'consolidatorName.de', 'reviewers.committee',
] as const;
export const entityFields = ['code', 'name.fr', 'name.nl', 'name.de', 'abbreviation', 'kind', 'parentCode'] as const;
export const authorityFields = [
  'code', 'kind', 'title.fr', 'title.nl', 'title.de', 'holderName', 'signs', 'scope.objectiveNumbers', 'scope.entityCodes', 'scope.budgetEnvelopes',
] as const;
export const reviewerRoles = ['committee_member', 'president_office', 'drafter'] as const;
export const entityKinds = ['directorate_general', 'staff_directorate', 'service', 'cell', 'other'] as const;

export interface OrganisationPageData {
  organisation: Organisation;
  entities: Entity[];
  authorities: Authority[];
  csrf: string;
  notice?: string | undefined;
  error?: FormError | undefined;
}

/** The settings form, filled with what the organisation has, or what was sent when it was refused. */
function settingsForm(language: AdminLanguage, d: OrganisationPageData): Html {
  const t = organisationCopy[language];
  const s = d.organisation.settings;
  const sent = d.error?.form === 'settings' ? d.error.values : undefined;
  const value = (name: string, current: string) => sent?.[name] ?? current;
  const error = d.error;
  const rule = value('committeeRule.kind', s.committeeRule.kind);
  const approvals = s.committeeRule.kind === 'quorum' ? String(s.committeeRule.approvals) : '';
  return html`<form method="post" action="/organisation/settings" class="admin-form" novalidate>
<h2 id="settings-title">${t.settings.title}</h2>
<input type="hidden" name="csrf" value="${d.csrf}">
${choices({ form: 'settings', name: 'emailSignIn', label: t.settings.emailSignIn, error, kind: 'checkbox', options: [['allowed', t.authorities.yes]], checked: () => (sent ? sent['emailSignIn.allowed'] === 'on' : s.emailSignIn) })}
${choices({
    form: 'settings', name: 'committeeRule.kind', label: t.settings.committeeRule, error, kind: 'radio',
    options: [['all', t.settings.ruleAll], ['quorum', t.settings.ruleQuorum], ['first', t.settings.ruleFirst]], checked: (v) => v === rule,
  })}
${input({ form: 'settings', name: 'committeeRule.approvals', label: t.settings.approvals, error, type: 'number', value: value('committeeRule.approvals', approvals) })}
${input({ form: 'settings', name: 'reviewDays', label: t.settings.reviewDays, error, type: 'number', value: value('reviewDays', String(s.reviewDays)), required: true })}
${choices({
    form: 'settings', name: 'allEntitiesObjectivesGoTo', label: t.settings.allEntities, error, kind: 'radio',
    options: [['every_entity', t.settings.everyEntity], ['president_office', t.settings.presidentOffice]], checked: (v) => v === value('allEntitiesObjectivesGoTo', s.allEntitiesObjectivesGoTo),
  })}
<fieldset class="field"><legend>${t.settings.consolidatorName}</legend>
${(['fr', 'nl', 'de'] as const).map((l) => input({
    form: 'settings', name: `consolidatorName.${l}`, label: `${t.settings.consolidatorName} ${t.nameIn[l]}${l === 'de' ? ` ${t.optional}` : ''}`, error,
    value: value(`consolidatorName.${l}`, s.consolidatorName[l] ?? ''), required: l !== 'de',
  }))}
</fieldset>
${choices({
    form: 'settings', name: 'reviewers.committee', label: t.settings.reviewers, error, kind: 'checkbox',
    options: reviewerRoles.map((r) => [r, t.roles[r]]), checked: (r) => (sent ? sent[`reviewers.committee.${r}`] === 'on' : (s.reviewers.committee as string[]).includes(r)),
  })}
<button type="submit">${t.settings.save}</button>
</form>`;
}

function entityForm(language: AdminLanguage, d: OrganisationPageData): Html {
  const t = organisationCopy[language];
  const error = d.error;
  const sent = d.error?.form === 'entity' ? d.error.values : {};
  return html`<form method="post" action="/organisation/entities" class="admin-form" novalidate>
<h3>${t.entities.add}</h3>
<input type="hidden" name="csrf" value="${d.csrf}">
${input({ form: 'entity', name: 'code', label: t.entities.code, hint: t.entities.codeHint, error, value: sent.code, required: true })}
${(['fr', 'nl', 'de'] as const).map((l) => input({
    form: 'entity', name: `name.${l}`, label: `${t.entities.name} ${t.nameIn[l]}${l === 'de' ? ` ${t.optional}` : ''}`, error, value: sent[`name.${l}`], required: l !== 'de',
  }))}
${input({ form: 'entity', name: 'abbreviation', label: `${t.entities.abbreviation} ${t.optional}`, error, value: sent.abbreviation })}
${select({ form: 'entity', name: 'kind', label: t.entities.kind, error, value: sent.kind, options: entityKinds.map((k) => [k, t.kinds[k]]) })}
${select({
    form: 'entity', name: 'parentCode', label: t.entities.parent, error, value: sent.parentCode,
    options: [['', t.entities.noParent], ...d.entities.map((e): [string, string] => [e.code, nameIn(e.name, language)])],
  })}
<button type="submit">${t.entities.add}</button>
</form>`;
}

function authorityForm(language: AdminLanguage, d: OrganisationPageData): Html {
  const t = organisationCopy[language];
  const a = t.authorities;
  const error = d.error;
  const sent = d.error?.form === 'authority' ? d.error.values : {};
  return html`<form method="post" action="/organisation/authorities" class="admin-form" novalidate>
<h3>${a.add}</h3>
<input type="hidden" name="csrf" value="${d.csrf}">
${input({ form: 'authority', name: 'code', label: a.code, hint: a.codeHint, error, value: sent.code, required: true })}
${select({ form: 'authority', name: 'kind', label: a.kind, error, value: sent.kind, options: (['minister', 'state_secretary'] as const).map((k) => [k, t.authorityKinds[k]]) })}
${(['fr', 'nl', 'de'] as const).map((l) => input({
    form: 'authority', name: `title.${l}`, label: `${a.name} ${t.nameIn[l]}${l === 'de' ? ` ${t.optional}` : ''}`, error, value: sent[`title.${l}`], required: l !== 'de',
  }))}
${input({ form: 'authority', name: 'holderName', label: a.holder, error, value: sent.holderName, required: true })}
${choices({ form: 'authority', name: 'signs', label: a.signs, error, kind: 'checkbox', options: [['yes', a.yes]], checked: () => sent['signs.yes'] === 'on' })}
${input({ form: 'authority', name: 'scope.objectiveNumbers', label: `${a.objectives} ${t.optional}`, hint: a.numbersHint, error, value: sent['scope.objectiveNumbers'] })}
${choices({
    form: 'authority', name: 'scope.entityCodes', label: `${a.scope} ${t.optional}`, error, kind: 'checkbox',
    options: d.entities.map((e): [string, string] => [e.code, nameIn(e.name, language)]), checked: (c) => sent[`scope.entityCodes.${c}`] === 'on',
  })}
${input({ form: 'authority', name: 'scope.budgetEnvelopes', label: `${a.envelopes} ${t.optional}`, hint: a.numbersHint, error, value: sent['scope.budgetEnvelopes'] })}
<button type="submit">${a.add}</button>
</form>`;
}

/** The organisation's own page: its names and languages, entities, authorities and their scopes, its settings. */
export function organisationContent(language: AdminLanguage, d: OrganisationPageData): Html {
  const t = organisationCopy[language];
  const entityName = new Map(d.entities.map((e) => [e.code, nameIn(e.name, language)]));
  const entityRows = d.entities.map((e) => html`<tr><th scope="row">${nameIn(e.name, language)}</th><td>${e.abbreviation ?? ''}</td>
<td>${t.kinds[e.kind]}</td><td>${e.parentCode ? entityName.get(e.parentCode) ?? '' : ''}</td></tr>`);
  const authorityRows = d.authorities.map((a) => html`<tr><th scope="row">${nameIn(a.title, language)}</th><td>${t.authorityKinds[a.kind]}</td><td>${a.holderName}</td>
<td>${a.signs ? t.authorities.yes : t.authorities.no}</td><td>${a.scope.entityCodes.map((c) => entityName.get(c) ?? '').filter(Boolean).join(', ')}</td></tr>`);
  return html`${errorSummary(t, d.error)}
${d.notice ? html`<p class="notice" role="status">${d.notice}</p>` : ''}
<h1>${t.title}</h1>
<dl class="plan-facts"><dt>${t.names}</dt><dd>${nameIn(d.organisation.name, language)}</dd>
<dt>${t.languagesLabel}</dt><dd>${d.organisation.languages.map((l) => t.languageNames[l]).join(', ')}</dd></dl>
<p><a href="/organisation/people">${t.people.link}</a></p>
<section aria-labelledby="entities-title"><h2 id="entities-title">${t.entities.title}</h2>
${d.entities.length === 0 ? html`<p>${t.entities.none}</p>` : html`<table><thead><tr><th scope="col">${t.entities.name}</th><th scope="col">${t.entities.abbreviation}</th>
<th scope="col">${t.entities.kind}</th><th scope="col">${t.entities.parent}</th></tr></thead><tbody>${entityRows}</tbody></table>`}
${entityForm(language, d)}</section>
<section aria-labelledby="authorities-title"><h2 id="authorities-title">${t.authorities.title}</h2>
${d.authorities.length === 0 ? html`<p>${t.authorities.none}</p>` : html`<table><thead><tr><th scope="col">${t.names}</th><th scope="col">${t.entities.kind}</th>
<th scope="col">${t.authorities.holder}</th><th scope="col">${t.authorities.signs}</th><th scope="col">${t.authorities.scope}</th></tr></thead><tbody>${authorityRows}</tbody></table>`}
${authorityForm(language, d)}</section>
<section aria-labelledby="settings-title">${settingsForm(language, d)}</section>`;
}
