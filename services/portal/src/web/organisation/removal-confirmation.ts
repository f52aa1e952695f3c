import { html, type Html } from '../../ui/html.js';
import { errorSummary, fieldId, type FormError } from './form-fields.js';
import { organisationCopy } from './organisation-catalogue.js';
import { organisationEditCopy } from './organisation-edit-catalogue.js';
import type { AdminLanguage } from './organisation-page.js';

const REMOVE_FORM = 'remove';
const CONFIRM = fieldId(REMOVE_FORM, 'confirm');

/** A refused removal: the message for its code, said beside the button (a removal has no other field). */
export const removalError = (message: string): FormError => ({ form: REMOVE_FORM, values: {}, message, fields: ['confirm'] });

export interface Removal {
  title: string;
  /** where the confirmed removal is posted */
  action: string;
  /** where "no" leads, nothing removed */
  back: string;
  /** what the removal takes with it, or what still stands in its way */
  body: Html;
}

/** The confirmation before a removal: what it removes, yes or no (nothing is removed by reading this page); a refusal beside the button. */
export function confirmation(language: AdminLanguage, d: { csrf: string; error?: FormError | undefined }, r: Removal): Html {
  const c = organisationEditCopy[language].confirm;
  const invalid = d.error?.form === REMOVE_FORM;
  return html`${errorSummary(organisationCopy[language], d.error)}
<h1>${r.title}</h1>
<p>${c.final}</p>
${r.body}
<form method="post" action="${r.action}" class="admin-form" novalidate>
<input type="hidden" name="csrf" value="${d.csrf}">
${invalid ? html`<p class="error" id="${CONFIRM}-error">${d.error!.message}</p>` : ''}
<button type="submit" id="${CONFIRM}"${invalid ? html` aria-describedby="${CONFIRM}-error"` : ''}>${c.yes}</button>
</form>
<p><a href="${r.back}">${c.no}</a></p>`;
}
