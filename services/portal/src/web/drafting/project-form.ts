import { draftedProjectInputSchema, type Project } from '@jalon/contracts';
import { deadlineProblem } from '@jalon/domain';
import type { z } from 'zod';
import { formatDue } from '../../ui/catalogue.js';
import { html, type Html } from '../../ui/html.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { draftingCopy } from './drafting-catalogue.js';
import type { DraftingData } from './drafting-data.js';
import { fieldId, labelledField } from './objective-form-html.js';
import type { ContentRefusal } from './objective-writer.js';
import { projectCopy, projectFields, type ProjectField } from './project-catalogue.js';

/** A project's fields as a form posts them; kept as typed, to show the form again unchanged. */
export type ProjectFormValues = Partial<Record<ProjectField, string>>;
/** The faults of a project form, keyed as the page's error summary links them (`project-<field>`). */
export type ProjectErrors = Record<string, string>;

const formSchema = draftedProjectInputSchema.pick({ title: true, objectiveCode: true, deadline: true });
export type ProjectFields = z.infer<typeof formSchema>;

/** The key of a project field in the page's errors, and (through fieldId) the id of its control. */
export const projectKey = (field: ProjectField) => `project-${field}`;

export const projectValuesOf = (body: Record<string, string>): ProjectFormValues =>
  Object.fromEntries(projectFields.map((f) => [f, body[f] ?? ''])) as ProjectFormValues;

/** The entity's drafted and requested projects in the plan. */
export const projectsOf = (d: DraftingData) => d.plan.projects.filter((p) => p.ownerEntityCode === d.entityCode && p.status === 'active');

/**
 * Checks a posted project with the plans API's own schema and the deadline within the plan's year,
 * so that each fault is said beside its field before anything is sent.
 */
export function parseProjectForm(values: ProjectFormValues, year: number, language: PageLanguage):
  { ok: true; fields: ProjectFields } | { ok: false; errors: ProjectErrors } {
  const t = draftingCopy[language].drafting;
  const parsed = formSchema.safeParse(values);
  const errors: ProjectErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = projectKey(issue.path[0] as ProjectField);
      errors[key] ??= issue.code === 'too_big' && typeof issue.maximum === 'number' ? t.tooLong(issue.maximum) : t.required;
    }
  }
  const deadline = values.deadline?.trim() ?? '';
  if (!errors[projectKey('deadline')] && deadline && deadlineProblem(deadline, year, year)) errors[projectKey('deadline')] = projectCopy[language].deadlineOutside(year);
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, fields: parsed.data };
}

/** A refusal of the plans service on a project form: beside its field, or above the form. */
export function projectRefusal(language: PageLanguage, error: ContentRefusal): { otherErrors: ProjectErrors } | { refusal: string } {
  const message = (error.code && (projectCopy[language].refused[error.code] ?? draftingCopy[language].drafting.refused[error.code])) || draftingCopy[language].drafting.refusedOther;
  const field = projectFields.find((f) => f === error.field);
  return field ? { otherErrors: { [projectKey(field)]: message } } : { refusal: message };
}

/** The labels of the project fields in the error summary. */
export const projectLabels = (language: PageLanguage): Record<string, string> =>
  Object.fromEntries(projectFields.map((f) => [projectKey(f), projectCopy[language].fields[f]]));

/** The project's fields, each with its label, hint and error beside it; the objective chosen among the entity's. */
export function projectFieldsHtml(language: PageLanguage, d: DraftingData, values: ProjectFormValues, errors: ProjectErrors): Html {
  const t = projectCopy[language];
  const objectives = d.plan.objectives.filter((o) => o.ownerEntityCode === d.entityCode);
  return html`${projectFields.map((field) => {
    const id = fieldId(projectKey(field));
    const hint = field === 'deadline' ? t.hints.deadline(d.year) : field === 'objectiveCode' ? t.hints.objectiveCode : undefined;
    const value = values[field] ?? '';
    return labelledField(id, t.fields[field], hint, errors[projectKey(field)], (aria) => {
      if (field === 'objectiveCode') {
        return html`<select id="${id}" name="${field}" required${aria}>
<option value="">${t.chooseObjective}</option>
${objectives.map((o) => html`<option value="${o.code}"${o.code === value ? html` selected` : ''}>${o.code} – ${o.statement}</option>`)}
</select>`;
      }
      if (field === 'deadline') return html`<input type="date" id="${id}" name="${field}" required min="${d.year}-01-01" max="${d.year}-12-31" value="${value}"${aria}>`;
      return html`<input type="text" id="${id}" name="${field}" required maxlength="500" value="${value}"${aria}>`;
    });
  })}`;
}

/** A project in the entity's list: what it serves, its deadline, and while drafting, its change and removal. */
function projectHtml(language: PageLanguage, d: DraftingData, p: Project, csrf: string, editable: boolean): Html {
  const t = projectCopy[language];
  const base = `/drafting/${d.year}/${encodeURIComponent(d.entityCode)}/projects/${p.id}`;
  const drafted = p.history.length === 0;
  return html`<li class="project" id="project-${p.id}">
<p><strong>${p.title}</strong></p>
<dl>
${p.objectiveCode ? html`<dt>${t.fields.objectiveCode}</dt><dd>${p.objectiveCode}</dd>` : ''}
${p.deadline ? html`<dt>${t.fields.deadline}</dt><dd>${formatDue(p.deadline, language)}</dd>` : ''}
</dl>
${editable && drafted ? html`<p><a href="${base}">${t.edit(p.title)}</a></p>
<form method="post" action="${base}/remove">
<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="expectedRevision" value="${p.revision}">
<button type="submit">${t.remove(p.title)}</button>
</form>` : ''}
</li>`;
}

/** The entity's projects with their deadlines, and while drafting the form of a new one. */
export function projectsSection(language: PageLanguage, d: DraftingData, csrf: string, editable: boolean, values: ProjectFormValues, errors: ProjectErrors): Html {
  const t = projectCopy[language];
  const projects = projectsOf(d);
  const hasObjective = d.plan.objectives.some((o) => o.ownerEntityCode === d.entityCode);
  const form = !editable ? '' : hasObjective
    ? html`<h3 id="new-project-title">${t.newProject}</h3>
<form method="post" action="${`/drafting/${d.year}/${encodeURIComponent(d.entityCode)}/projects`}" novalidate aria-labelledby="new-project-title">
<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="expectedRevision" value="${d.plan.revision}">
${projectFieldsHtml(language, d, values, errors)}
<button type="submit">${t.add}</button>
</form>`
    : html`<p>${t.noObjectiveYet}</p>`;
  return html`<section aria-labelledby="projects-title"><h2 id="projects-title">${t.heading}</h2>
<p class="hint">${t.intro}</p>
${projects.length === 0 ? html`<p>${t.none}</p>` : html`<ul class="projects">${projects.map((p) => projectHtml(language, d, p, csrf, editable))}</ul>`}
${form}
</section>`;
}
