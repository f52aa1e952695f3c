import type { Organisation } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { choices, errorSummary, input, type FormError } from './form-fields.js';
import { namesForm } from './names-form.js';
import { organisationCopy } from './organisation-catalogue.js';
import { organisationEditCopy } from './organisation-edit-catalogue.js';
import { authorityForm, entityForm, nameIn, type Authority, type Entity, type PartForm } from './part-forms.js';
import { roleNames } from '../../ui/role-names.js';

export type AdminLanguage = PageLanguage;

export const settingsFields = [
  'emailSignIn', 'committeeRule.kind', 'committeeRule.approvals', 'reviewDays', 'allEntitiesObjectivesGoTo',
  'consolidatorName.fr', 'consolidatorName.nl', 'consolidatorName.de', 'reviewers.committee', 'progressCheckpoints',
] as const;
export const reviewerRoles = ['committee_member', 'president_office', 'drafter'] as const;

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
    options: reviewerRoles.map((r) => [r, roleNames[language][r]]), checked: (r) => (sent ? sent[`reviewers.committee.${r}`] === 'on' : (s.reviewers.committee as string[]).includes(r)),
  })}
${input({
    form: 'settings', name: 'progressCheckpoints', label: t.settings.checkpoints, hint: t.settings.checkpointsHint, error,
    value: value('progressCheckpoints', s.progressCheckpoints.join(', ')), required: true,
  })}
<button type="submit">${t.settings.save}</button>
</form>`;
}

/** The add forms on the organisation's page: empty, or what was sent when it was refused. */
const addForm = (d: OrganisationPageData, form: 'entity' | 'authority', heading: string): PartForm => ({
  form, action: form === 'entity' ? '/organisation/entities' : '/organisation/authorities', heading, submit: heading, withCode: true, headingLevel: 3,
  values: d.error?.form === form ? d.error.values : {}, error: d.error, csrf: d.csrf, entities: d.entities,
});

/** The entities of an authority's scope, one per line (a name may hold a comma itself). */
const scopeList = (names: string[]) => (names.length === 0 ? '' : html`<ul>${names.map((n) => html`<li>${n}</li>`)}</ul>`);

/** The organisation's own page: its names and languages, entities, authorities and their scopes, its settings. */
export function organisationContent(language: AdminLanguage, d: OrganisationPageData): Html {
  const t = organisationCopy[language];
  const e = organisationEditCopy[language];
  const entityName = new Map(d.entities.map((x) => [x.code, nameIn(x.name, language)]));
  const changeLink = (href: string, label: string) => html`<a href="${href}" aria-label="${label}">${e.changeLink}</a>`;
  const entityRows = d.entities.map((x) => html`<tr><th scope="row">${nameIn(x.name, language)}</th><td>${x.abbreviation ?? ''}</td>
<td>${t.kinds[x.kind]}</td><td>${x.parentCode ? entityName.get(x.parentCode) ?? '' : ''}</td>
<td>${changeLink(`/organisation/entities/${x.code}`, e.entity.change(nameIn(x.name, language)))}</td></tr>`);
  const authorityRows = d.authorities.map((a) => html`<tr><th scope="row">${nameIn(a.title, language)}</th><td>${t.authorityKinds[a.kind]}</td><td>${a.holderName}</td>
<td>${a.signs ? t.authorities.yes : t.authorities.no}</td><td>${a.scope.objectiveNumbers.join(', ')}</td><td>${scopeList(a.scope.entityCodes.map((c) => entityName.get(c) ?? '').filter(Boolean))}</td>
<td>${changeLink(`/organisation/authorities/${a.code}`, e.authority.change(nameIn(a.title, language)))}</td></tr>`);
  return html`${errorSummary(t, d.error)}
${d.notice ? html`<p class="notice" role="status">${d.notice}</p>` : ''}
<h1>${t.title}</h1>
<dl class="plan-facts"><dt>${t.names}</dt><dd>${nameIn(d.organisation.name, language)}</dd>
<dt>${t.languagesLabel}</dt><dd>${d.organisation.languages.map((l) => t.languageNames[l]).join(', ')}</dd></dl>
<p><a href="/organisation/people">${t.people.link}</a></p>
<section aria-labelledby="names-title">${namesForm(language, d.organisation, d.csrf, d.error)}</section>
<section aria-labelledby="entities-title"><h2 id="entities-title">${t.entities.title}</h2>
${d.entities.length === 0 ? html`<p>${t.entities.none}</p>` : html`<table><thead><tr><th scope="col">${t.entities.name}</th><th scope="col">${t.entities.abbreviation}</th>
<th scope="col">${t.entities.kind}</th><th scope="col">${t.entities.parent}</th><th scope="col">${e.actions}</th></tr></thead><tbody>${entityRows}</tbody></table>`}
${entityForm(language, addForm(d, 'entity', t.entities.add))}</section>
<section aria-labelledby="authorities-title"><h2 id="authorities-title">${t.authorities.title}</h2>
${d.authorities.length === 0 ? html`<p>${t.authorities.none}</p>` : html`<table><thead><tr><th scope="col">${t.names}</th><th scope="col">${t.entities.kind}</th>
<th scope="col">${t.authorities.holder}</th><th scope="col">${t.authorities.signs}</th><th scope="col">${e.objectivesColumn}</th><th scope="col">${t.authorities.scope}</th>
<th scope="col">${e.actions}</th></tr></thead><tbody>${authorityRows}</tbody></table>`}
${authorityForm(language, addForm(d, 'authority', t.authorities.add))}</section>
<section aria-labelledby="settings-title">${settingsForm(language, d)}</section>`;
}
