import { roleSchema, type Person } from '@jalon/contracts';
import { formatDue } from '../../ui/catalogue.js';
import { html, type Html } from '../../ui/html.js';
import { errorSummary, input, select, type FormError } from './form-fields.js';
import { organisationCopy } from './organisation-catalogue.js';
import type { AdminLanguage } from './organisation-page.js';
import { organisationEditCopy } from './organisation-edit-catalogue.js';
import { nameIn, type Authority, type Entity } from './part-forms.js';
import { confirmation } from './removal-confirmation.js';
import { roleNames } from '../../ui/role-names.js';

export const personFields = ['name', 'email', 'language'] as const;
export const roleFields = ['role', 'entityCode', 'authorityCode'] as const;
export const delegationFields = ['roleId', 'deputyId', 'startsOn', 'endsOn'] as const;
const roles = roleSchema.options;

export interface PeoplePageData {
  people: Person[];
  entities: Entity[];
  authorities: Authority[];
  csrf: string;
  notice?: string | undefined;
  error?: FormError | undefined;
}

/** The forms of one person: give a role, delegate one of theirs to a deputy chosen by name. */
function personForms(language: AdminLanguage, d: PeoplePageData, person: Person, describe: (r: Person['roles'][number]) => string): Html {
  const t = organisationCopy[language];
  const error = d.error;
  const roleForm = `role-${person.id}`;
  const delegationForm = `delegation-${person.id}`;
  const sent = (form: string) => (error?.form === form ? error.values : {});
  const roleForm_ = html`<form method="post" action="/organisation/people/${person.id}/roles" class="inline-form" novalidate>
<h4>${t.people.giveRole}</h4><input type="hidden" name="csrf" value="${d.csrf}">
${select({ form: roleForm, name: 'role', label: t.people.role, error, value: sent(roleForm).role, options: roles.map((r) => [r, roleNames[language][r]]) })}
${select({ form: roleForm, name: 'entityCode', label: t.people.entity, error, value: sent(roleForm).entityCode, options: [['', t.people.choose], ...d.entities.map((e): [string, string] => [e.code, nameIn(e.name, language)])] })}
${select({ form: roleForm, name: 'authorityCode', label: t.people.authority, error, value: sent(roleForm).authorityCode, options: [['', t.people.choose], ...d.authorities.map((a): [string, string] => [a.code, nameIn(a.title, language)])] })}
<button type="submit">${t.people.giveRole}</button></form>`;
  if (person.roles.length === 0) return roleForm_;
  const deputies = d.people.filter((p) => p.id !== person.id).map((p): [string, string] => [p.id, p.name]);
  return html`${roleForm_}<form method="post" action="/organisation/people/${person.id}/delegations" class="inline-form" novalidate>
<h4>${t.people.delegate}</h4><input type="hidden" name="csrf" value="${d.csrf}">
${select({ form: delegationForm, name: 'roleId', label: t.people.role, error, value: sent(delegationForm).roleId, options: person.roles.map((r): [string, string] => [r.id, describe(r)]) })}
${select({ form: delegationForm, name: 'deputyId', label: t.people.deputy, error, value: sent(delegationForm).deputyId, options: [['', t.people.choose], ...deputies] })}
${input({ form: delegationForm, name: 'startsOn', label: t.people.from, type: 'date', error, value: sent(delegationForm).startsOn, required: true })}
${input({ form: delegationForm, name: 'endsOn', label: t.people.to, type: 'date', error, value: sent(delegationForm).endsOn, required: true })}
<button type="submit">${t.people.delegate}</button></form>`;
}

/** A role as people read it: the role, and the entity or the authority it is held for, by name. */
export function roleDescriber(language: AdminLanguage, entities: Entity[], authorities: Authority[]) {
  const entityName = new Map(entities.map((x) => [x.code, nameIn(x.name, language)]));
  const authorityName = new Map(authorities.map((a) => [a.code, nameIn(a.title, language)]));
  return (r: Person['roles'][number]) => [roleNames[language][r.role], r.entityCode ? entityName.get(r.entityCode) : '', r.authorityCode ? authorityName.get(r.authorityCode) : '']
    .filter(Boolean).join(' — ');
}

/** Removing a role takes its delegations with it: the confirmation says which, by the deputies' names. */
export function roleRemovalContent(language: AdminLanguage, d: PeoplePageData, person: Person, role: Person['roles'][number]): Html {
  const e = organisationEditCopy[language].people;
  const t = organisationCopy[language];
  const personName = new Map(d.people.map((p) => [p.id, p.name]));
  const date = (iso: string) => formatDue(iso, language);
  const ending = role.delegations.map((g) => t.people.until(personName.get(g.deputyId) ?? '', date(g.startsOn), date(g.endsOn)));
  return confirmation(language, d, {
    title: e.removeRoleTitle(roleDescriber(language, d.entities, d.authorities)(role), person.name),
    action: `/organisation/people/${person.id}/roles/${role.id}/remove`, back: '/organisation/people',
    body: ending.length > 0 ? html`<p>${e.delegationsEnd}</p><ul>${ending.map((x) => html`<li>${x}</li>`)}</ul>` : html`<p>${e.noDelegations}</p>`,
  });
}

/** People with their roles and delegations, by name; a form to add a person. */
export function peopleContent(language: AdminLanguage, d: PeoplePageData): Html {
  const t = organisationCopy[language];
  const e = organisationEditCopy[language].people;
  const personName = new Map(d.people.map((p) => [p.id, p.name]));
  const describe = roleDescriber(language, d.entities, d.authorities);
  const date = (iso: string) => formatDue(iso, language);
  // Whom each person stands in for: the delegations read from the deputy's side.
  const standsInFor = (deputyId: string) => d.people.flatMap((holder) => holder.roles.flatMap((r) => r.delegations.filter((g) => g.deputyId === deputyId)
    .map((g) => e.deputisesFor(holder.name, describe(r), date(g.startsOn), date(g.endsOn)))));
  const deputising = (p: Person) => {
    const stands = standsInFor(p.id);
    return stands.length === 0 ? '' : html`<h4>${e.deputises}</h4><ul>${stands.map((x) => html`<li>${x}</li>`)}</ul>`;
  };
  const people = d.people.map((p) => html`<section class="cycle" aria-labelledby="person-${p.id}"><h3 id="person-${p.id}">${p.name}</h3>
<p>${p.email}</p>
<ul>${p.roles.length === 0 ? html`<li>${t.people.noRoles}</li>` : p.roles.map((r) => html`<li>${describe(r)}
<a href="/organisation/people/${p.id}/roles/${r.id}/remove" aria-label="${t.people.removeRole(describe(r))} (${p.name})">${t.people.remove}</a>
${r.delegations.length > 0 ? html`<ul>${r.delegations.map((g) => html`<li>${t.people.until(personName.get(g.deputyId) ?? '', date(g.startsOn), date(g.endsOn))}
<form method="post" action="/organisation/people/${p.id}/delegations/${g.id}/remove" class="inline"><input type="hidden" name="csrf" value="${d.csrf}">
<button type="submit" class="link-button">${t.people.endDelegation}</button></form></li>`)}</ul>` : ''}</li>`)}</ul>
${deputising(p)}
${personForms(language, d, p, describe)}</section>`);
  const sent = d.error?.form === 'person' ? d.error.values : {};
  return html`${errorSummary(t, d.error)}
${d.notice ? html`<p class="notice" role="status">${d.notice}</p>` : ''}
<h1>${t.people.title}</h1>
<p><a href="/organisation">${t.title}</a></p>
<form method="post" action="/organisation/people" class="admin-form" novalidate><h2>${t.people.add}</h2>
<input type="hidden" name="csrf" value="${d.csrf}">
${input({ form: 'person', name: 'name', label: t.people.name, error: d.error, value: sent.name, required: true })}
${input({ form: 'person', name: 'email', label: t.people.email, type: 'email', error: d.error, value: sent.email, required: true })}
${select({ form: 'person', name: 'language', label: t.people.language, error: d.error, value: sent.language, options: (['fr', 'nl', 'de'] as const).map((l) => [l, t.languageNames[l]]) })}
<button type="submit">${t.people.add}</button></form>
${d.people.length === 0 ? html`<p>${t.people.none}</p>` : people}`;
}
