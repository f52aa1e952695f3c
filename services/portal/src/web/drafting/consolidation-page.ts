import type { CycleView, DecisionRecord, OperationalPlan, StrategicPlan } from '@jalon/contracts';
import { formatDue, formatInstant, pick } from '../../ui/catalogue.js';
import { html, type Html } from '../../ui/html.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { draftingCopy } from './drafting-catalogue.js';
import { commentsHtml } from './objective-form-html.js';
import { projectCopy } from './project-catalogue.js';

export interface ConsolidationData {
  year: number;
  plan: OperationalPlan;
  strategic: StrategicPlan;
  cycle: CycleView | undefined;
  /** whether the viewer has the consolidation to confirm */
  hasTask: boolean;
  changeRequests: DecisionRecord[];
  names: Map<string, string>;
  notice?: string | undefined;
  refusal?: string | undefined;
}

function entitiesHtml(language: PageLanguage, d: ConsolidationData): Html {
  const t = draftingCopy[language].consolidation;
  const tasks = d.cycle?.drafting ?? [];
  return html`<table class="data">
<caption>${t.entities}</caption>
<thead><tr><th scope="col">${t.entity}</th><th scope="col">${t.status}</th><th scope="col">${t.doneBy}</th><th scope="col"><span class="visually-hidden">${t.openDrafting}</span></th></tr></thead>
<tbody>
${tasks.map((task) => html`<tr>
<th scope="row">${pick(task.entityName, language)}</th>
<td>${t.statuses[task.status]}</td>
<td>${task.doneBy ? `${d.names.get(task.doneBy) ?? ''}${task.doneAt ? ` (${formatInstant(task.doneAt, language)})` : ''}` : ''}</td>
<td><a href="/drafting/${d.year}/${encodeURIComponent(task.entityCode)}">${t.openDrafting}<span class="visually-hidden"> – ${pick(task.entityName, language)}</span></a></td>
</tr>`)}
</tbody>
</table>`;
}

/** The plan's objectives grouped by the strategic objective they serve, in the strategic plan's order. */
function byObjectiveHtml(language: PageLanguage, d: ConsolidationData): Html {
  const t = draftingCopy[language].consolidation;
  const nameOf = (code: string) => {
    const task = d.cycle?.drafting.find((x) => x.entityCode === code);
    return task ? pick(task.entityName, language) : code;
  };
  const groups = d.strategic.objectives
    .map((s) => ({ s, objectives: d.plan.objectives.filter((o) => o.strategicObjectiveNumber === s.number) }))
    .filter((g) => g.objectives.length > 0);
  if (groups.length === 0) return html`<p>${t.noObjectives}</p>`;
  return html`${groups.map(({ s, objectives }) => html`<section class="strategic-group" aria-labelledby="so-${s.number}">
<h3 id="so-${s.number}">${s.number}. ${s.title}</h3>
<ul class="objectives">
${objectives.map((o) => html`<li id="objective-${o.code}">
<p><strong>${o.code}</strong> – ${o.statement}</p>
<p class="meta">${t.labelled(t.owner, nameOf(o.ownerEntityCode))} · ${t.labelled(t.deadline, formatDue(o.deadline, language))}</p>
${projectsServing(language, d, o.code)}
${commentsHtml(language, d.changeRequests, o.code, draftingCopy[language].drafting.reviewComments)}
</li>`)}
</ul>
</section>`)}
${otherProjects(language, d, nameOf)}`;
}

const activeProjects = (d: ConsolidationData) => d.plan.projects.filter((p) => p.status === 'active');

/** The projects drafted for an objective, each with its deadline. */
function projectsServing(language: PageLanguage, d: ConsolidationData, code: string): Html | '' {
  const projects = activeProjects(d).filter((p) => p.objectiveCode === code);
  if (projects.length === 0) return '';
  const t = draftingCopy[language].consolidation;
  return html`<p class="subhead">${projectCopy[language].projectsOf}</p>
<ul class="projects">${projects.map((p) => html`<li>${p.title}${p.deadline ? html` · ${t.labelled(t.deadline, formatDue(p.deadline, language))}` : ''}</li>`)}</ul>`;
}

/** The projects that serve no objective of the plan: those added at a party's request. */
function otherProjects(language: PageLanguage, d: ConsolidationData, nameOf: (code: string) => string): Html | '' {
  const projects = activeProjects(d).filter((p) => p.objectiveCode === null);
  if (projects.length === 0) return '';
  const t = draftingCopy[language].consolidation;
  return html`<section class="strategic-group" aria-labelledby="other-projects"><h3 id="other-projects">${projectCopy[language].otherProjects}</h3>
<ul class="projects">${projects.map((p) => html`<li>${p.title} · ${t.labelled(t.owner, nameOf(p.ownerEntityCode))}${p.deadline ? html` · ${t.labelled(t.deadline, formatDue(p.deadline, language))}` : ''}</li>`)}</ul>
</section>`;
}

/** The President's office's consolidation: every entity's state, all objectives by strategic objective, "consolidation done". */
export function consolidationContent(language: PageLanguage, d: ConsolidationData, csrf: string): Html {
  const t = draftingCopy[language].consolidation;
  const finish = d.hasTask
    ? html`<form method="post" action="/consolidation/${d.year}/done">
<input type="hidden" name="csrf" value="${csrf}">
<p class="hint" id="consolidation-hint">${t.finishHint}</p>
<button type="submit" id="consolidation-done" aria-describedby="consolidation-hint">${t.finish}</button>
</form>`
    : html`<p>${d.cycle?.stage === 'drafting' ? t.notYet : t.noTask}</p>`;
  return html`<h1>${t.title(d.year)}</h1>
${d.refusal ? html`<div class="error-summary" role="alert"><p>${d.refusal}</p></div>` : ''}
${d.notice ? html`<p class="notice" role="status">${d.notice}</p>` : ''}
${commentsHtml(language, d.changeRequests, 'plan', draftingCopy[language].drafting.planComment)}
<section aria-labelledby="finish-title"><h2 id="finish-title">${t.finishTitle}</h2>${finish}</section>
${entitiesHtml(language, d)}
<section aria-labelledby="by-objective-title"><h2 id="by-objective-title">${t.byObjective}</h2>${byObjectiveHtml(language, d)}</section>`;
}
