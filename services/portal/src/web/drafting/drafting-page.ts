import type { OperationalObjective } from '@jalon/contracts';
import { formatDue, formatInstant, pick } from '../../ui/catalogue.js';
import { html, type Html } from '../../ui/html.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { draftingCopy, objectiveFields } from './drafting-catalogue.js';
import type { DraftingData } from './drafting-data.js';
import type { FieldErrors, ObjectiveFormValues } from './objective-form.js';
import type { ContentRefusal } from './objective-writer.js';
import { commentsHtml, errorSummary, fieldId, objectiveFieldsHtml } from './objective-form-html.js';
import { projectLabels, projectsSection, type ProjectFormValues } from './project-form.js';

/** What a drafting page shows beside its content: a notice after a change, the refused form again. */
export interface DraftingPageState {
  notice?: string | undefined;
  /** the new objective's form as it was posted, with its faults */
  values?: ObjectiveFormValues;
  errors?: FieldErrors;
  /** a refusal that concerns no single field (the plan's state, someone else's change) */
  refusal?: string | undefined;
  /** the faults of the other forms (problem, result, project), by field id */
  otherErrors?: Record<string, string>;
  /** the new project's form as it was posted */
  projectValues?: ProjectFormValues;
}

export const entityNameOf = (d: Pick<DraftingData, 'entityName' | 'entityCode'>, language: PageLanguage) => (d.entityName ? pick(d.entityName, language) : d.entityCode);
export const entityPath = (d: Pick<DraftingData, 'year' | 'entityCode'>) => `/drafting/${d.year}/${encodeURIComponent(d.entityCode)}`;
export const isEditable = (d: Pick<DraftingData, 'plan'>) => d.plan.status === 'drafting';

/** A refusal of the plans service, said beside its field or above the form, in the reader's language. */
export function refusalState(language: PageLanguage, error: ContentRefusal): DraftingPageState {
  const t = draftingCopy[language].drafting;
  const message = (error.code && t.refused[error.code]) || t.refusedOther;
  const field = objectiveFields.find((f) => f === error.field);
  return field ? { errors: { [field]: message } } : { refusal: message };
}

/** The entity's objectives in the plan. */
export const objectivesOf = (d: DraftingData) => d.plan.objectives.filter((o) => o.ownerEntityCode === d.entityCode);

function objectiveHtml(language: PageLanguage, d: DraftingData, o: OperationalObjective, csrf: string, state: DraftingPageState): Html {
  const t = draftingCopy[language].drafting;
  const serves = d.strategic.objectives.find((s) => s.number === o.strategicObjectiveNumber);
  const inForce = d.plan.status === 'transmitted' || d.plan.status === 'closed';
  const resultId = `result-${o.code}`;
  const resultError = state.otherErrors?.[resultId];
  return html`<article class="objective" id="objective-${o.code}" aria-labelledby="objective-${o.code}-title">
<h3 id="objective-${o.code}-title">${o.code} – ${o.statement}</h3>
<dl>
<dt>${t.serves}</dt><dd>${o.strategicObjectiveNumber}. ${serves?.title ?? ''}</dd>
<dt>${t.fields.indicator}</dt><dd>${o.indicator}</dd>
<dt>${t.fields.target}</dt><dd>${o.target}</dd>
<dt>${t.fields.means}</dt><dd>${o.means}</dd>
<dt>${t.fields.deadline}</dt><dd>${formatDue(o.deadline, language)}</dd>
${o.previousResult ? html`<dt>${t.previousResult}</dt><dd>${o.previousResult}</dd>` : ''}
<dt>${t.result}</dt><dd>${o.result ?? t.noResult}</dd>
</dl>
${commentsHtml(language, d.changeRequests, o.code, t.reviewComments)}
${isEditable(d) ? html`<p><a href="${entityPath(d)}/objectives/${encodeURIComponent(o.code)}">${t.edit(o.code)}</a></p>` : ''}
${inForce ? html`<form method="post" action="${entityPath(d)}/objectives/${encodeURIComponent(o.code)}/result" class="result-form">
<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="expectedRevision" value="${o.revision}">
<label for="${resultId}">${t.result}</label>
${resultError ? html`<p class="error" id="${resultId}-error">${resultError}</p>` : ''}
<textarea id="${resultId}" name="result" rows="3" required${resultError ? html` aria-invalid="true" aria-describedby="${resultId}-error"` : ''}>${o.result ?? ''}</textarea>
<button type="submit">${t.recordResult}</button>
</form>` : ''}
</article>`;
}

function taskHtml(language: PageLanguage, d: DraftingData, csrf: string): Html {
  const t = draftingCopy[language].drafting.task;
  let body: Html;
  if (d.openTask) {
    body = html`<form method="post" action="${entityPath(d)}/done">
<input type="hidden" name="csrf" value="${csrf}">
<p class="hint" id="finish-hint">${t.finishHint}</p>
<button type="submit" id="finish" aria-describedby="finish-hint">${t.finish}</button>
</form>`;
  } else if (d.task?.status === 'done') {
    body = html`<p>${t.done} ${d.task.doneAt ? t.doneAt(formatInstant(d.task.doneAt, language), d.names.get(d.task.doneBy ?? '') ?? '') : ''}</p>`;
  } else if (d.task?.status === 'closed_by_president_office') {
    body = html`<p>${t.closed}</p>`;
  } else {
    body = html`<p>${t.noTask}</p>`;
  }
  return html`<section aria-labelledby="task-title"><h2 id="task-title">${t.title}</h2>${body}</section>`;
}

function problemHtml(language: PageLanguage, d: DraftingData, csrf: string, problemId: string, state: DraftingPageState): Html {
  const t = draftingCopy[language].drafting.problem;
  const error = state.otherErrors?.['problem-description'];
  return html`<section aria-labelledby="problem-title"><h2 id="problem-title">${t.title}</h2>
<form method="post" action="${entityPath(d)}/problems">
<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="problemId" value="${problemId}">
<p class="hint" id="problem-description-hint">${t.hint}</p>
<label for="problem-description">${t.description}</label>
${error ? html`<p class="error" id="problem-description-error">${error}</p>` : ''}
<textarea id="problem-description" name="description" rows="3" required aria-describedby="problem-description-hint${error ? ' problem-description-error' : ''}"${error ? html` aria-invalid="true"` : ''}></textarea>
<button type="submit">${t.send}</button>
</form></section>`;
}

/** An entity's drafting page: its objectives, the form of a new one, its task, a problem to raise. */
export function draftingContent(language: PageLanguage, d: DraftingData, csrf: string, problemId: string, state: DraftingPageState = {}): Html {
  const t = draftingCopy[language].drafting;
  const errors = state.errors ?? {};
  const objectives = objectivesOf(d);
  const other = state.otherErrors ?? {};
  const labels: Record<string, string> = { ...t.fields, ...projectLabels(language), 'problem-description': t.problem.description };
  return html`<h1>${t.title(d.year, entityNameOf(d, language))}</h1>
${errorSummary(language, { ...errors, ...other }, labels)}
${state.refusal ? html`<div class="error-summary" role="alert"><p>${state.refusal}</p></div>` : ''}
${state.notice ? html`<p class="notice" role="status">${state.notice}</p>` : ''}
${isEditable(d) ? '' : html`<p class="notice">${t.notDrafting}</p>`}
${commentsHtml(language, d.changeRequests, 'plan', t.planComment)}
${taskHtml(language, d, csrf)}
<section aria-labelledby="objectives-title"><h2 id="objectives-title">${t.objectives}</h2>
${objectives.length === 0 ? html`<p>${t.none}</p>` : objectives.map((o) => objectiveHtml(language, d, o, csrf, state))}
</section>
${isEditable(d) ? html`<section aria-labelledby="new-title"><h2 id="new-title">${t.newObjective}</h2>
<form method="post" action="${entityPath(d)}/objectives" novalidate>
<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="expectedRevision" value="${d.plan.revision}">
${objectiveFieldsHtml(language, d.year, d.strategic, state.values ?? {}, errors)}
<button type="submit">${t.add}</button>
</form></section>` : ''}
${projectsSection(language, d, csrf, isEditable(d), state.projectValues ?? {}, other)}
${d.plan.status === 'drafting' ? problemHtml(language, d, csrf, problemId, state) : ''}`;
}

/** One objective's edit form, with the reviewers' comments on it beside. */
export function editContent(language: PageLanguage, d: DraftingData, o: OperationalObjective, csrf: string, state: DraftingPageState = {}): Html {
  const t = draftingCopy[language].drafting;
  const errors = state.errors ?? {};
  const values = state.values ?? {
    strategicObjectiveNumber: String(o.strategicObjectiveNumber), statement: o.statement, indicator: o.indicator, target: o.target, means: o.means, deadline: o.deadline,
  };
  return html`<h1>${t.editTitle(o.code)}</h1>
<p><a href="${entityPath(d)}">${t.back}</a></p>
${errorSummary(language, errors, t.fields)}
${state.refusal ? html`<div class="error-summary" role="alert"><p>${state.refusal}</p></div>` : ''}
${commentsHtml(language, d.changeRequests, o.code, t.reviewComments)}
<form method="post" action="${entityPath(d)}/objectives/${encodeURIComponent(o.code)}" novalidate>
<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="expectedRevision" value="${o.revision}">
${objectiveFieldsHtml(language, d.year, d.strategic, values, errors)}
<button type="submit" id="${fieldId('save')}">${t.save}</button>
</form>`;
}

/** The drafter's start: the entities they draft for, each year's plan of the organisation. */
export function draftingListContent(language: PageLanguage, entries: Array<{ year: number; entityCode: string; entityName: string }>): Html {
  const t = draftingCopy[language].drafting;
  return html`<h1>${t.listTitle}</h1>
<p>${t.listIntro}</p>
${entries.length === 0 ? html`<p>${t.noEntity}</p>` : html`<ul>${entries.map((e) => html`<li><a href="/drafting/${e.year}/${encodeURIComponent(e.entityCode)}">${t.yearEntity(e.year, e.entityName)}</a></li>`)}</ul>`}`;
}
