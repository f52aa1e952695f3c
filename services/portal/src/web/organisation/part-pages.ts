import type { Person } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import { errorSummary, type FormError, type FormValues } from './form-fields.js';
import { confirmation } from './removal-confirmation.js';
import { organisationCopy } from './organisation-catalogue.js';
import { organisationEditCopy } from './organisation-edit-catalogue.js';
import type { AdminLanguage } from './organisation-page.js';
import { authorityForm, authorityValues, entityForm, entityValues, nameIn, type Authority, type Entity, type PartForm } from './part-forms.js';

/** What a part's pages read: the organisation's entities, authorities and people, the session's anti-forgery value, a refusal. */
export interface PartPageData {
  entities: Entity[];
  authorities: Authority[];
  people: Person[];
  csrf: string;
  error?: FormError | undefined;
}

/** A part's own page: its form filled with what is stored (or what was sent, when refused), and the way to remove it. */
function partPage(language: AdminLanguage, d: PartPageData, kind: 'entity' | 'authority', part: { code: string; name: string; values: FormValues },
  form: (f: PartForm) => Html): Html {
  const e = organisationEditCopy[language];
  const path = `/organisation/${kind === 'entity' ? 'entities' : 'authorities'}/${part.code}`;
  return html`${errorSummary(organisationCopy[language], d.error)}
<h1>${e[kind].title(part.name)}</h1>
<p><a href="/organisation">${e.back}</a></p>
${form({
    form: kind, action: path, heading: e[kind].change(part.name), submit: e[kind].save, withCode: false, headingLevel: 2,
    values: d.error?.form === kind ? d.error.values : part.values, error: d.error, csrf: d.csrf, entities: d.entities,
  })}
<p><a href="${path}/remove">${e[kind].remove}</a></p>`;
}

export const entityPage = (language: AdminLanguage, d: PartPageData, entity: Entity): Html =>
  partPage(language, d, 'entity', { code: entity.code, name: nameIn(entity.name, language), values: entityValues(entity) }, (f) => entityForm(language, f, entity.code));

export const authorityPage = (language: AdminLanguage, d: PartPageData, authority: Authority): Html =>
  partPage(language, d, 'authority', { code: authority.code, name: nameIn(authority.title, language), values: authorityValues(authority) }, (f) => authorityForm(language, f));

/** People holding a role that names the part (an entity's drafters, an authority's cell), by name. */
const holders = (people: Person[], names: (r: Person['roles'][number]) => boolean) => people.filter((p) => p.roles.some(names)).map((p) => p.name);

/** What still names an entity, as far as the administrator's pages know it (plans may name it too: the service says so when it refuses). */
function entityDependents(language: AdminLanguage, d: PartPageData, code: string): string[] {
  const c = organisationEditCopy[language].confirm;
  const people = holders(d.people, (r) => r.entityCode === code);
  const children = d.entities.filter((x) => x.parentCode === code).map((x) => nameIn(x.name, language));
  const authorities = d.authorities.filter((a) => a.scope.entityCodes.includes(code)).map((a) => nameIn(a.title, language));
  return [
    people.length > 0 ? c.people(people.join(', ')) : '', children.length > 0 ? c.entities(children.join(', ')) : '',
    authorities.length > 0 ? c.authorities(authorities.join(', ')) : '',
  ].filter(Boolean);
}

/** What still names the part, or that nothing does (as far as these pages know). */
function dependents(language: AdminLanguage, named: string[], plansToo: boolean): Html {
  const c = organisationEditCopy[language].confirm;
  return html`${named.length > 0 ? html`<p>${c.stillNamed}</p><ul>${named.map((x) => html`<li>${x}</li>`)}</ul>` : html`<p>${c.noneNamed}</p>`}
${plansToo ? html`<p>${c.plansToo}</p>` : ''}`;
}

export function entityRemovalPage(language: AdminLanguage, d: PartPageData, entity: Entity): Html {
  const e = organisationEditCopy[language];
  return confirmation(language, d, {
    title: e.entity.confirmTitle(nameIn(entity.name, language)), action: `/organisation/entities/${entity.code}/remove`, back: `/organisation/entities/${entity.code}`,
    body: dependents(language, entityDependents(language, d, entity.code), true),
  });
}

export function authorityRemovalPage(language: AdminLanguage, d: PartPageData, authority: Authority): Html {
  const e = organisationEditCopy[language];
  const people = holders(d.people, (r) => r.authorityCode === authority.code);
  return confirmation(language, d, {
    title: e.authority.confirmTitle(nameIn(authority.title, language)), action: `/organisation/authorities/${authority.code}/remove`,
    back: `/organisation/authorities/${authority.code}`, body: dependents(language, people.length > 0 ? [e.confirm.people(people.join(', '))] : [], false),
  });
}
