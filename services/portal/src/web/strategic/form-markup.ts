import { html, type Html } from '../../ui/html.js';
import type { FieldError } from './draft-forms.js';

/** Shared markup of the draft's forms: each field with its label, its error beside it, and the error summary linking to it. */

export type Fields = Record<string, string>;

export function errorSummary(title: string, errors: readonly FieldError[]): Html | string {
  if (errors.length === 0) return '';
  return html`<div class="error-summary" role="alert" aria-labelledby="error-title" tabindex="-1">
<h2 id="error-title">${title}</h2>
<ul>${errors.map((e) => html`<li><a href="#${e.field}">${e.message}</a></li>`)}</ul>
</div>`;
}

const errorOf = (errors: readonly FieldError[], id: string) => errors.find((e) => e.field === id);

function describedBy(id: string, error: FieldError | undefined, hint?: string): Html | string {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`${ids ? html` aria-describedby="${ids}"` : ''}${error ? html` aria-invalid="true"` : ''}`;
}

const errorLine = (id: string, error: FieldError | undefined) => (error ? html`<p class="error" id="${id}-error">${error.message}</p>` : '');

export function textField(o: { id: string; name: string; label: string; value: string | undefined; errors: readonly FieldError[]; required?: boolean }) {
  const error = errorOf(o.errors, o.id);
  return html`<div class="field"><label for="${o.id}">${o.label}</label>${errorLine(o.id, error)}
<input type="text" id="${o.id}" name="${o.name}" value="${o.value ?? ''}"${o.required ? html` required` : ''}${describedBy(o.id, error)}></div>`;
}

export function numberField(o: { id: string; name: string; label: string; value: string | undefined }) {
  return html`<div class="field field-narrow"><label for="${o.id}">${o.label}</label>
<input type="number" id="${o.id}" name="${o.name}" value="${o.value ?? ''}" min="1" max="99"></div>`;
}

export function textArea(o: { id: string; name: string; label: string; value: string | undefined; errors: readonly FieldError[]; hint?: string; rows?: number }) {
  const error = errorOf(o.errors, o.id);
  return html`<div class="field"><label for="${o.id}">${o.label}</label>
${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : ''}${errorLine(o.id, error)}
<textarea id="${o.id}" name="${o.name}" rows="${o.rows ?? 4}"${describedBy(o.id, error, o.hint)}>${o.value ?? ''}</textarea></div>`;
}

export function checkbox(o: { id: string; name: string; label: string; checked: boolean }) {
  return html`<div class="choice"><input type="checkbox" id="${o.id}" name="${o.name}"${o.checked ? html` checked` : ''}><label for="${o.id}">${o.label}</label></div>`;
}

/** A group of checkboxes under one legend; its error beside the legend, reached from the summary through the fieldset's id. */
export function checkboxGroup(o: { id: string; legend: string; options: Array<{ name: string; label: string; checked: boolean }>; errors: readonly FieldError[] }) {
  const error = errorOf(o.errors, o.id);
  return html`<fieldset id="${o.id}" tabindex="-1" class="choices"${error ? html` aria-describedby="${o.id}-error"` : ''}><legend>${o.legend}</legend>${errorLine(o.id, error)}
${o.options.map((opt, i) => checkbox({ id: `${o.id}-${i}`, name: opt.name, label: opt.label, checked: opt.checked }))}
</fieldset>`;
}

export function select(o: { id: string; name: string; label: string; value: string | undefined; options: Array<{ value: string; label: string }>; errors: readonly FieldError[] }) {
  const error = errorOf(o.errors, o.id);
  return html`<div class="field"><label for="${o.id}">${o.label}</label>${errorLine(o.id, error)}
<select id="${o.id}" name="${o.name}"${describedBy(o.id, error)}>${o.options.map((opt) => html`<option value="${opt.value}"${opt.value === (o.value ?? '') ? html` selected` : ''}>${opt.label}</option>`)}</select></div>`;
}

export const hiddenFields = (csrf: string, revision: number | string) =>
  html`<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="revision" value="${revision}">`;
