import type { StrategicObjective, StrategicPlan } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import { ALL_ENTITIES, type FieldError } from './draft-forms.js';
import { checkbox, checkboxGroup, errorSummary, hiddenFields, numberField, select, textArea, textField, type Fields } from './form-markup.js';
import type { StrategicCopy } from './strategic-catalogue.js';

/** What every form page of the draft needs. */
export interface FormPage {
  t: StrategicCopy;
  errorTitle: string;
  planId: string;
  csrf: string;
  fields: Fields;
  errors: FieldError[];
  /** "(Tous)" then the organisation's entities, by name */
  entities: Array<{ code: string; name: string }>;
}

const back = (p: FormPage) => html`<p><a href="/strategic-drafts/${p.planId}">${p.t.back}</a></p>`;

function owners(p: FormPage, id: string, prefix: string, legend: string) {
  return checkboxGroup({ id, legend, errors: p.errors, options: p.entities.map((e) => ({ name: `${prefix}${e.code}`, label: e.name, checked: p.fields[`${prefix}${e.code}`] !== undefined })) });
}

/** The ambition rows of an objective form, plus a blank one to add. */
function ambitionRows(p: FormPage, count: number) {
  return Array.from({ length: count + 1 }, (_, i) => {
    const fresh = i === count;
    const label = fresh ? p.t.newAmbition : p.t.ambition(i + 1);
    return html`<fieldset class="row"><legend>${label}</legend>
${textArea({ id: `ambition-${i}-text`, name: `ambition:${i}:text`, label: p.t.text, value: p.fields[`ambition:${i}:text`], errors: p.errors, rows: 3 })}
${owners(p, `ambition-${i}-owners`, `ambition:${i}:owner:`, p.t.ambitionOwners(i + 1))}
${fresh ? '' : checkbox({ id: `ambition-${i}-remove`, name: `ambition:${i}:remove`, label: p.t.remove, checked: p.fields[`ambition:${i}:remove`] !== undefined })}
</fieldset>`;
  });
}

/** An objective's fields as its form shows them. */
export function objectiveFields(o: StrategicObjective): Fields {
  const fields: Fields = { title: o.title, text: o.text, revision: String(o.revision) };
  for (const c of o.ownerEntityCodes) fields[`owner:${c}`] = 'on';
  o.ambitions.forEach((a, i) => {
    fields[`ambition:${i}:text`] = a.text;
    for (const c of a.ownerEntityCodes) fields[`ambition:${i}:owner:${c}`] = 'on';
  });
  return fields;
}

export function objectiveFormPage(p: FormPage, number: number, ambitionCount: number): Html {
  return html`${errorSummary(p.errorTitle, p.errors)}
<h1>${p.t.editObjective(number)}</h1>
<form method="post" action="/strategic-drafts/${p.planId}/objectives/${number}" novalidate>
${hiddenFields(p.csrf, p.fields.revision ?? '')}
${textField({ id: 'title', name: 'title', label: p.t.title, value: p.fields.title, errors: p.errors, required: true })}
${textArea({ id: 'text', name: 'text', label: p.t.text, value: p.fields.text, errors: p.errors, rows: 8 })}
${owners(p, 'owners', 'owner:', p.t.owners)}
<h2>${p.t.ambitions}</h2>
${ambitionRows(p, ambitionCount)}
<button type="submit">${p.t.save}</button>
</form>
${back(p)}`;
}

export function newObjectiveFormPage(p: FormPage): Html {
  const { categories, domains } = p.t;
  return html`${errorSummary(p.errorTitle, p.errors)}
<h1>${p.t.newObjective}</h1>
<form method="post" action="/strategic-drafts/${p.planId}/new-objective" novalidate>
${hiddenFields(p.csrf, p.fields.revision ?? '')}
${textField({ id: 'title', name: 'title', label: p.t.title, value: p.fields.title, errors: p.errors, required: true })}
${textArea({ id: 'text', name: 'text', label: p.t.text, value: p.fields.text, errors: p.errors, rows: 8 })}
${select({ id: 'category', name: 'category', label: p.t.category, value: p.fields.category, errors: p.errors, options: [
    { value: 'governance', label: categories.governance }, { value: 'core_mission', label: categories.core_mission }] })}
${select({ id: 'domain', name: 'domain', label: p.t.domain, value: p.fields.domain, errors: p.errors, options: [
    { value: '', label: domains.none }, { value: 'security', label: domains.security }, { value: 'registration_identification', label: domains.registration_identification },
    { value: 'elections', label: domains.elections }, { value: 'foreigners', label: domains.foreigners }] })}
${owners(p, 'owners', 'owner:', p.t.owners)}
<h2>${p.t.ambitions}</h2>
${ambitionRows(p, 0)}
<button type="submit">${p.t.save}</button>
</form>
${back(p)}`;
}

export function prioritiesFields(plan: StrategicPlan): Fields {
  const fields: Fields = { revision: String(plan.revision) };
  plan.priorities.forEach((pr, i) => { fields[`priority:${i}:title`] = pr.title; fields[`priority:${i}:text`] = pr.text; fields[`priority:${i}:position`] = String(i + 1); });
  return fields;
}

/** Every priority in one form: reword, renumber through the positions, remove, or add the blank one. */
export function prioritiesFormPage(p: FormPage, count: number): Html {
  const rows = Array.from({ length: count + 1 }, (_, i) => {
    const legend = i === count ? p.t.newPriority : p.t.priority(i + 1);
    return html`<fieldset class="row"><legend>${legend}</legend>
${numberField({ id: `priority-${i}-position`, name: `priority:${i}:position`, label: p.t.position, value: p.fields[`priority:${i}:position`] ?? String(i + 1) })}
${textField({ id: `priority-${i}-title`, name: `priority:${i}:title`, label: p.t.title, value: p.fields[`priority:${i}:title`], errors: p.errors })}
${textArea({ id: `priority-${i}-text`, name: `priority:${i}:text`, label: p.t.text, value: p.fields[`priority:${i}:text`], errors: p.errors })}
${i === count ? '' : checkbox({ id: `priority-${i}-remove`, name: `priority:${i}:remove`, label: p.t.remove, checked: p.fields[`priority:${i}:remove`] !== undefined })}
</fieldset>`;
  });
  return html`${errorSummary(p.errorTitle, p.errors)}
<h1>${p.t.priorities}</h1>
<form method="post" action="/strategic-drafts/${p.planId}/priorities" novalidate>
${hiddenFields(p.csrf, p.fields.revision ?? '')}
${rows}
<button type="submit">${p.t.save}</button>
</form>
${back(p)}`;
}

export function risksFields(plan: StrategicPlan): Fields {
  const fields: Fields = { revision: String(plan.revision) };
  plan.riskDomains.forEach((r, i) => {
    fields[`risk:${i}:title`] = r.title;
    fields[`risk:${i}:weaknesses`] = r.weaknesses.join('\n');
    fields[`risk:${i}:threats`] = r.threats.join('\n');
    fields[`risk:${i}:position`] = String(i + 1);
    for (const n of r.objectiveNumbers) fields[`risk:${i}:objective:${n}`] = 'on';
  });
  return fields;
}

export function risksFormPage(p: FormPage, count: number, objectives: Array<{ number: number; title: string }>): Html {
  const rows = Array.from({ length: count + 1 }, (_, i) => {
    const legend = i === count ? p.t.newRisk : p.t.risk(i + 1);
    return html`<fieldset class="row"><legend>${legend}</legend>
${numberField({ id: `risk-${i}-position`, name: `risk:${i}:position`, label: p.t.position, value: p.fields[`risk:${i}:position`] ?? String(i + 1) })}
${textField({ id: `risk-${i}-title`, name: `risk:${i}:title`, label: p.t.title, value: p.fields[`risk:${i}:title`], errors: p.errors })}
${textArea({ id: `risk-${i}-weaknesses`, name: `risk:${i}:weaknesses`, label: p.t.weaknesses, hint: p.t.oneALine, value: p.fields[`risk:${i}:weaknesses`], errors: p.errors, rows: 3 })}
${textArea({ id: `risk-${i}-threats`, name: `risk:${i}:threats`, label: p.t.threats, hint: p.t.oneALine, value: p.fields[`risk:${i}:threats`], errors: p.errors, rows: 3 })}
${checkboxGroup({ id: `risk-${i}-objectives`, legend: p.t.riskObjectives, errors: p.errors,
    options: objectives.map((o) => ({ name: `risk:${i}:objective:${o.number}`, label: `${o.number}. ${o.title}`, checked: p.fields[`risk:${i}:objective:${o.number}`] !== undefined })) })}
${i === count ? '' : checkbox({ id: `risk-${i}-remove`, name: `risk:${i}:remove`, label: p.t.remove, checked: p.fields[`risk:${i}:remove`] !== undefined })}
</fieldset>`;
  });
  return html`${errorSummary(p.errorTitle, p.errors)}
<h1>${p.t.riskDomains}</h1>
<form method="post" action="/strategic-drafts/${p.planId}/risk-domains" novalidate>
${hiddenFields(p.csrf, p.fields.revision ?? '')}
${rows}
<button type="submit">${p.t.save}</button>
</form>
${back(p)}`;
}

export const ownerChoices = (t: StrategicCopy, entities: Array<{ code: string; name: string }>) => [{ code: ALL_ENTITIES, name: t.allEntities }, ...entities];
