import { html, type Html } from '../../ui/html.js';
import type { OrganisationCopy } from './organisation-catalogue.js';
import type { AdminRefusal } from './organisation-admin.js';

/** What a form sent, by field name, to show it again beside the errors. */
export type FormValues = Record<string, string>;

/** A refused form: which form, what it held, and the fields at fault with the message for each. */
export interface FormError { form: string; values: FormValues; message: string; fields: string[] }

export const fieldId = (form: string, name: string) => `${form}-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/**
 * The form fields an API path points at: the field of that name, or the nearest one above it
 * (`reviewers.committee.0` → `reviewers.committee`), or, when none matches, the form's first field.
 */
export function fieldsAtFault(apiFields: string[], formFields: readonly string[]): string[] {
  const found = apiFields.map((path) => {
    const parts = path.split('.');
    for (let n = parts.length; n > 0; n--) {
      const name = parts.slice(0, n).join('.');
      if (formFields.includes(name)) return name;
    }
    return undefined;
  }).filter((f): f is string => f !== undefined);
  return found.length > 0 ? [...new Set(found)] : formFields.slice(0, 1);
}

/** The message for a refusal's stable code in the reader's language; a bad field without a code: the generic one. */
export function refusalMessage(t: OrganisationCopy, refusal: AdminRefusal): string {
  // A field the schema refused has the service's generic code; its own message is said beside it.
  if (refusal.code === 'invalid' || refusal.code.startsWith('request.')) return t.fieldInvalid;
  return t.refusals[refusal.code] ?? t.refusedUnknown(refusal.code);
}

/**
 * A refused form. `fieldMessages`: fields whose rules the generic "not accepted" would not explain
 * (the format of a list, its order); said instead when that field alone was refused by the schema.
 */
export function formError(t: OrganisationCopy, form: string, values: FormValues, refusal: AdminRefusal, formFields: readonly string[], fieldMessages: Readonly<Record<string, string>> = {}): FormError {
  const fields = fieldsAtFault(refusal.fields, formFields);
  const generic = refusalMessage(t, refusal);
  const own = fields.length === 1 && generic === t.fieldInvalid ? fieldMessages[fields[0]!] : undefined;
  return { form, values, message: own ?? generic, fields };
}

/** The summary at the top of the page, linking to each field at fault. */
export function errorSummary(t: OrganisationCopy, error: FormError | undefined): Html | string {
  if (!error) return '';
  return html`<div class="error-summary" role="alert" aria-labelledby="error-title" tabindex="-1">
<h2 id="error-title">${t.errorTitle}</h2>
<ul>${error.fields.map((f) => html`<li><a href="#${fieldId(error.form, f)}">${error.message}</a></li>`)}</ul>
</div>`;
}

interface FieldOptions { form: string; name: string; label: string; error: FormError | undefined; hint?: string | undefined }

/** The attributes that tie an input to its hint and its error, and mark it invalid. */
function describedBy(o: FieldOptions): { id: string; attrs: Html; errorText: Html | string; hintText: Html | string } {
  const id = fieldId(o.form, o.name);
  const invalid = o.error?.form === o.form && o.error.fields.includes(o.name);
  const ids = [o.hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    attrs: html`${ids ? html` aria-describedby="${ids}"` : ''}${invalid ? html` aria-invalid="true"` : ''}`,
    errorText: invalid ? html`<p class="error" id="${id}-error">${o.error!.message}</p>` : '',
    hintText: o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : '',
  };
}

/** A labelled text, e-mail, number or date input, its hint and its error beside it. */
export function input(o: FieldOptions & { type?: string; value?: string | undefined; required?: boolean; extra?: string }): Html {
  const d = describedBy(o);
  return html`<div class="field"><label for="${d.id}">${o.label}</label>${d.hintText}${d.errorText}
<input type="${o.type ?? 'text'}" id="${d.id}" name="${o.name}" value="${o.value ?? ''}"${o.required ? html` required` : ''}${d.attrs}></div>`;
}

/** A labelled select; `options` as [value, label]. */
export function select(o: FieldOptions & { options: Array<[string, string]>; value?: string | undefined }): Html {
  const d = describedBy(o);
  return html`<div class="field"><label for="${d.id}">${o.label}</label>${d.hintText}${d.errorText}
<select id="${d.id}" name="${o.name}"${d.attrs}>${o.options.map(([v, l]) => html`<option value="${v}"${v === (o.value ?? '') ? html` selected` : ''}>${l}</option>`)}</select></div>`;
}

/** A fieldset of radio buttons or checkboxes; each checkbox is a field of its own (`name.value`), so a form sends one value per name. */
export function choices(o: FieldOptions & { kind: 'radio' | 'checkbox'; options: Array<[string, string]>; checked: (value: string) => boolean }): Html {
  const d = describedBy(o);
  const inputs = o.options.map(([value, label], i) => {
    const id = i === 0 ? d.id : `${d.id}-${i}`;
    const name = o.kind === 'radio' ? o.name : `${o.name}.${value}`;
    return html`<div class="choice"><input type="${o.kind}" id="${id}" name="${name}" value="${o.kind === 'radio' ? value : 'on'}"${o.checked(value) ? html` checked` : ''}${i === 0 ? d.attrs : ''}> <label for="${id}">${label}</label></div>`;
  });
  return html`<fieldset class="field"><legend>${o.label}</legend>${d.hintText}${d.errorText}${inputs}</fieldset>`;
}
