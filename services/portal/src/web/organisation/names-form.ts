import type { Organisation } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import { choices, input, type FormError, type FormValues } from './form-fields.js';
import { organisationCopy } from './organisation-catalogue.js';
import { organisationEditCopy } from './organisation-edit-catalogue.js';
import type { AdminLanguage } from './organisation-page.js';

export const namesFields = ['name.fr', 'name.nl', 'name.de', 'shortName', 'languages'] as const;

/**
 * The languages offered: those the organisation works in, in its order (its first is the one it
 * writes in by default, so the order is kept), then the national ones it does not use yet.
 */
export const offeredLanguages = (organisation: Organisation) => [...new Set([...organisation.languages, 'fr', 'nl', 'de'] as const)];

/** The organisation's names and working languages, as stored or as sent when refused. */
export function namesForm(language: AdminLanguage, organisation: Organisation, csrf: string, error: FormError | undefined): Html {
  const t = organisationCopy[language];
  const e = organisationEditCopy[language];
  const sent: FormValues | undefined = error?.form === 'names' ? error.values : undefined;
  const stored: FormValues = {
    'name.fr': organisation.name.fr, 'name.nl': organisation.name.nl, 'name.de': organisation.name.de ?? '', shortName: organisation.shortName,
  };
  const value = (name: string) => sent?.[name] ?? stored[name] ?? '';
  return html`<form method="post" action="/organisation/names" class="admin-form" novalidate>
<h2 id="names-title">${e.names.title}</h2>
<input type="hidden" name="csrf" value="${csrf}">
${(['fr', 'nl', 'de'] as const).map((l) => input({
    form: 'names', name: `name.${l}`, label: `${t.names} ${t.nameIn[l]}${l === 'de' ? ` ${t.optional}` : ''}`, error, value: value(`name.${l}`), required: l !== 'de',
  }))}
${input({ form: 'names', name: 'shortName', label: e.names.shortName, error, value: value('shortName'), required: true })}
${choices({
    form: 'names', name: 'languages', label: t.languagesLabel, error, kind: 'checkbox',
    options: offeredLanguages(organisation).map((l) => [l, t.languageNames[l]]),
    checked: (l) => (sent ? sent[`languages.${l}`] === 'on' : (organisation.languages as string[]).includes(l)),
  })}
<button type="submit">${e.names.save}</button>
</form>`;
}
