import { progressStatusSchema, yearEndStatusSchema, type ProgressOverview } from '@jalon/contracts';
import { formatDue } from '../../ui/catalogue.js';
import { html, type Html } from '../../ui/html.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { progressCopy } from './progress-catalogue.js';
import { answeredCheckpoint, entityName, inForce, progressPath, type ProgressData } from './progress-data.js';

type Objective = ProgressOverview['objectives'][number];

/** What a progress page shows beside its content: a notice, the refused form again with its faults. */
export interface ProgressPageState {
  notice?: string | undefined;
  /** the form refused: `progress-<code>` or `year-end-<code>` */
  form?: string;
  values?: Record<string, string>;
  /** faults by field id (`<form>-<field>`) */
  errors?: Record<string, string>;
  refusal?: string | undefined;
}

const day = (date: string, language: PageLanguage) => formatDue(date, language);

/** One field with its label, hint and fault, announced through aria-describedby. */
function field(o: { id: string; name: string; label: string; hint?: string; error?: string; control: (aria: Html) => Html }): Html {
  const describedBy = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  const aria = html`${describedBy ? html` aria-describedby="${describedBy}"` : ''}${o.error ? html` aria-invalid="true"` : ''}`;
  return html`<div class="field${o.error ? ' field-error' : ''}">
<label for="${o.id}">${o.label}</label>
${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : ''}
${o.error ? html`<p class="error" id="${o.id}-error">${o.error}</p>` : ''}
${o.control(aria)}
</div>`;
}

function select(id: string, name: string, options: Array<[string, string]>, chosen: string | undefined, choose: string) {
  return (aria: Html) => html`<select id="${id}" name="${name}" required${aria}><option value="">${choose}</option>
${options.map(([value, label]) => html`<option value="${value}"${value === chosen ? html` selected` : ''}>${label}</option>`)}</select>`;
}

function progressForm(language: PageLanguage, d: ProgressData, entity: string, o: Objective, checkpoint: string, csrf: string, state: ProgressPageState): Html {
  const t = progressCopy[language];
  const form = `progress-${o.code}`;
  const mine = state.form === form;
  const v = (name: string) => (mine ? state.values?.[name] : undefined);
  const e = (name: string) => (mine ? state.errors?.[`${form}-${name}`] : undefined);
  const id = (name: string) => `${form}-${name}`;
  return html`<form method="post" action="${progressPath(d.year, entity)}/objectives/${encodeURIComponent(o.code)}/progress" novalidate>
<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="expectedRevision" value="${o.progressRevision ?? 1}"><input type="hidden" name="checkpoint" value="${checkpoint}">
<fieldset><legend>${t.checkpoint(day(checkpoint, language))}</legend>
${field({ id: id('indicatorValue'), name: 'indicatorValue', label: t.fields.indicatorValue, hint: t.hints.indicatorValue, error: e('indicatorValue'), control: (aria) => html`<input type="text" id="${id('indicatorValue')}" name="indicatorValue" required value="${v('indicatorValue') ?? ''}"${aria}>` })}
${field({ id: id('status'), name: 'status', label: t.fields.status, error: e('status'), control: select(id('status'), 'status', progressStatusSchema.options.map((s) => [s, t.statuses[s]]), v('status'), t.chooseStatus) })}
${field({ id: id('comment'), name: 'comment', label: t.fields.comment, error: e('comment'), control: (aria) => html`<textarea id="${id('comment')}" name="comment" rows="3"${aria}>${v('comment') ?? ''}</textarea>` })}
${field({ id: id('droppedReason'), name: 'droppedReason', label: t.fields.droppedReason, hint: t.hints.droppedReason, error: e('droppedReason'), control: (aria) => html`<textarea id="${id('droppedReason')}" name="droppedReason" rows="2"${aria}>${v('droppedReason') ?? ''}</textarea>` })}
</fieldset>
<button type="submit">${t.record}</button>
</form>`;
}

function yearEndForm(language: PageLanguage, d: ProgressData, entity: string, o: Objective, csrf: string, state: ProgressPageState): Html {
  const t = progressCopy[language];
  const form = `year-end-${o.code}`;
  const mine = state.form === form;
  const v = (name: string, current?: string) => (mine ? state.values?.[name] : current);
  const e = (name: string) => (mine ? state.errors?.[`${form}-${name}`] : undefined);
  const id = (name: string) => `${form}-${name}`;
  return html`<form method="post" action="${progressPath(d.year, entity)}/objectives/${encodeURIComponent(o.code)}/year-end-result" novalidate>
<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="expectedRevision" value="${o.progressRevision ?? 1}">
<fieldset><legend>${t.yearEnd}</legend>
<p class="hint">${t.yearEndHint}</p>
${field({ id: id('value'), name: 'value', label: t.fields.value, error: e('value'), control: (aria) => html`<input type="text" id="${id('value')}" name="value" required value="${v('value', o.result?.value) ?? ''}"${aria}>` })}
${field({ id: id('status'), name: 'status', label: t.fields.yearEndStatus, error: e('status'), control: select(id('status'), 'status', yearEndStatusSchema.options.map((s) => [s, t.yearEndStatuses[s]]), v('status', o.result?.status), t.chooseStatus) })}
${field({ id: id('explanation'), name: 'explanation', label: t.fields.explanation, error: e('explanation'), control: (aria) => html`<textarea id="${id('explanation')}" name="explanation" rows="3" required${aria}>${v('explanation', o.result?.explanation) ?? ''}</textarea>` })}
</fieldset>
<button type="submit">${t.recordYearEnd}</button>
</form>`;
}

function historyHtml(language: PageLanguage, o: Objective): Html {
  const t = progressCopy[language];
  if (o.updates.length === 0) return html`<p>${t.noUpdate}</p>`;
  return html`<table><caption>${t.history}</caption>
<thead><tr><th scope="col">${t.checkpoints}</th><th scope="col">${t.fields.indicatorValue}</th><th scope="col">${t.fields.status}</th><th scope="col">${t.fields.comment}</th></tr></thead>
<tbody>${o.updates.map((u) => html`<tr><th scope="row">${day(u.checkpoint, language)}</th><td>${u.indicatorValue}</td><td>${t.statuses[u.status]}</td><td>${u.comment}${u.droppedReason ? html` (${u.droppedReason})` : ''}</td></tr>`)}</tbody>
</table>`;
}

/** The error summary of a refused form, each fault a link to its field. */
function errorSummary(language: PageLanguage, state: ProgressPageState, labels: Record<string, string>): Html | '' {
  const faults = Object.entries(state.errors ?? {});
  if (faults.length === 0) return '';
  return html`<div class="error-summary" role="alert" aria-labelledby="error-title"><h2 id="error-title">${progressCopy[language].errorTitle}</h2>
<ul>${faults.map(([id, message]) => html`<li><a href="#${id}">${labels[id.split('-').at(-1) ?? ''] ?? ''} : ${message}</a></li>`)}</ul></div>`;
}

/** An entity's progress page: each objective, what it reported, the form of the open checkpoint and of the year-end result. */
export function entityProgressContent(language: PageLanguage, d: ProgressData, entity: string, csrf: string, state: ProgressPageState = {}): Html {
  const t = progressCopy[language];
  const objectives = d.overview.objectives.filter((o) => o.ownerEntityCode === entity);
  const checkpoint = answeredCheckpoint(d);
  const labels: Record<string, string> = { ...t.fields };
  return html`<h1>${t.title(d.year, entityName(d, entity, language))}</h1>
${errorSummary(language, state, labels)}
${state.refusal ? html`<div class="error-summary" role="alert"><p>${state.refusal}</p></div>` : ''}
${state.notice ? html`<p class="notice" role="status">${state.notice}</p>` : ''}
${inForce(d) ? html`<p>${t.intro}</p><p>${checkpoint ? t.openCheckpoint(day(checkpoint, language)) : t.noOpenCheckpoint}</p>` : html`<p class="notice">${t.notInForce}</p>`}
<section aria-labelledby="objectives-title"><h2 id="objectives-title">${t.objectives}</h2>
${objectives.length === 0 ? html`<p>${t.none}</p>` : objectives.map((o) => html`<article class="objective" aria-labelledby="objective-${o.code}-title">
<h3 id="objective-${o.code}-title">${o.code} – ${o.statement}</h3>
<dl><dt>${t.indicator}</dt><dd>${o.indicator}</dd><dt>${t.target}</dt><dd>${o.target}</dd></dl>
${o.missing.length > 0 ? html`<p class="error">${t.missing(o.missing.map((m) => day(m, language)).join(', '))}</p>` : ''}
${historyHtml(language, o)}
${inForce(d) && checkpoint ? progressForm(language, d, entity, o, checkpoint, csrf, state) : ''}
${inForce(d) ? yearEndForm(language, d, entity, o, csrf, state) : ''}
</article>`)}
</section>`;
}

/** The President's office's view of the year: the checkpoints, who is late, every objective's latest status by entity. */
export function progressOverviewContent(language: PageLanguage, d: ProgressData): Html {
  const t = progressCopy[language];
  const late = d.overview.objectives.filter((o) => o.missing.length > 0);
  const entities = [...new Set(d.overview.objectives.map((o) => o.ownerEntityCode))];
  return html`<h1>${t.overviewTitle(d.year)}</h1>
${inForce(d) ? '' : html`<p class="notice">${t.notInForce}</p>`}
<section aria-labelledby="checkpoints-title"><h2 id="checkpoints-title">${t.checkpoints}</h2>
<ul>${d.overview.checkpoints.map((c) => html`<li>${day(c.date, language)} – ${t.states[c.state]}</li>`)}</ul></section>
<section aria-labelledby="late-title"><h2 id="late-title">${t.late}</h2>
${late.length === 0 ? html`<p>${t.lateNone}</p>` : html`<table><thead><tr><th scope="col">${t.entity}</th><th scope="col">${t.objective}</th><th scope="col">${t.missingCheckpoints}</th></tr></thead>
<tbody>${late.map((o) => html`<tr><th scope="row"><a href="${progressPath(d.year, o.ownerEntityCode)}">${entityName(d, o.ownerEntityCode, language)}</a></th><td>${o.code} – ${o.statement}</td><td>${o.missing.map((m) => day(m, language)).join(', ')}</td></tr>`)}</tbody></table>`}
</section>
<section aria-labelledby="entities-title"><h2 id="entities-title">${t.byEntity}</h2>
${entities.length === 0 ? html`<p>${t.none}</p>` : html`<table><thead><tr><th scope="col">${t.entity}</th><th scope="col">${t.objective}</th><th scope="col">${t.latest}</th><th scope="col">${t.yearEnd}</th></tr></thead>
<tbody>${d.overview.objectives.map((o) => {
    const last = o.updates.at(-1);
    return html`<tr><th scope="row"><a href="${progressPath(d.year, o.ownerEntityCode)}">${entityName(d, o.ownerEntityCode, language)}</a></th><td>${o.code} – ${o.statement}</td>
<td>${last ? `${t.statuses[last.status]} (${last.indicatorValue}, ${day(last.checkpoint, language)})` : t.noUpdate}</td><td>${o.result ? `${t.yearEndStatuses[o.result.status]} – ${o.result.value}` : '–'}</td></tr>`;
  })}</tbody></table>`}
</section>`;
}
