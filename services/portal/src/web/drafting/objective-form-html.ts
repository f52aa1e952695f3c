import { itemsConcerned, type DecisionRecord, type StrategicPlan } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { draftingCopy, objectiveFields, type ObjectiveField } from './drafting-catalogue.js';
import type { FieldErrors, ObjectiveFormValues } from './objective-form.js';

/** The id of a form field on the page: the error summary's links lead there. */
export const fieldId = (field: string) => `objective-${field}`;

/** The summary of a refused form, each fault a link to its field. */
export function errorSummary(language: PageLanguage, errors: Partial<Record<string, string>>, labels: Partial<Record<string, string>>): Html | '' {
  const faults = Object.entries(errors).filter((e): e is [string, string] => typeof e[1] === 'string');
  if (faults.length === 0) return '';
  return html`<div class="error-summary" role="alert" aria-labelledby="error-title">
<h2 id="error-title">${draftingCopy[language].drafting.errorTitle}</h2>
<ul>${faults.map(([field, message]) => html`<li><a href="#${fieldId(field)}">${labels[field] ? draftingCopy[language].consolidation.labelled(labels[field], message) : message}</a></li>`)}</ul>
</div>`;
}

const LONG: ReadonlySet<ObjectiveField> = new Set(['statement', 'means']);

/**
 * The objective's fields, each with its label, its hint and, when refused, its error beside it
 * (announced through aria-describedby). The strategic objective is chosen by number and title.
 */
export function objectiveFieldsHtml(language: PageLanguage, year: number, strategic: StrategicPlan, values: ObjectiveFormValues, errors: FieldErrors): Html {
  const t = draftingCopy[language].drafting;
  return html`${objectiveFields.map((field) => {
    const id = fieldId(field);
    const hint = field === 'deadline' ? t.hints.deadline(year) : field === 'strategicObjectiveNumber' ? t.hints.strategicObjectiveNumber : undefined;
    const value = values[field] ?? '';
    return labelledField(id, t.fields[field], hint, errors[field], (aria) => {
      if (field === 'strategicObjectiveNumber') {
        return html`<select id="${id}" name="${field}" required${aria}>
<option value="">${t.chooseObjective}</option>
${strategic.objectives.map((o) => html`<option value="${o.number}"${String(o.number) === value ? html` selected` : ''}>${o.number}. ${o.title}</option>`)}
</select>`;
      }
      if (field === 'deadline') return html`<input type="date" id="${id}" name="${field}" required min="${year}-01-01" max="${year}-12-31" value="${value}"${aria}>`;
      if (LONG.has(field)) return html`<textarea id="${id}" name="${field}" rows="4" required${aria}>${value}</textarea>`;
      return html`<input type="text" id="${id}" name="${field}" required value="${value}"${aria}>`;
    });
  })}`;
}

/** A form field with its label, its hint and, when refused, its error beside it, announced to the control through aria-describedby. */
export function labelledField(id: string, label: string, hint: string | undefined, error: string | undefined, control: (aria: Html) => Html): Html {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const aria = html`${describedBy ? html` aria-describedby="${describedBy}"` : ''}${error ? html` aria-invalid="true"` : ''}`;
  return html`<div class="field${error ? ' field-error' : ''}">
<label for="${id}">${label}</label>
${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}
${error ? html`<p class="error" id="${id}-error">${error}</p>` : ''}
${control(aria)}
</div>`;
}

/** The reviewers' comments on one item (an objective's code, or "plan"), beside it. */
export function commentsHtml(language: PageLanguage, requests: DecisionRecord[], item: string, heading: string): Html | '' {
  const concerned = requests.filter((r) => itemsConcerned(r).includes(item));
  if (concerned.length === 0) return '';
  const t = draftingCopy[language].drafting;
  return html`<aside class="review-comments" aria-label="${heading}">
<h4>${heading}</h4>
<ul>${concerned.map((r) => html`<li><blockquote>${r.comment}</blockquote><p class="who">${t.commentBy(r.personName ?? '', r.version)}</p></li>`)}</ul>
</aside>`;
}
