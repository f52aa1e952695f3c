import type { OperationalObjective, OperationalPlan, Project } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import { planViewerCopy } from '../../ui/plan-viewer-catalogue.js';
import type { PageLanguage } from '../../ui/page-language.js';
import type { DecisionRecord } from './decision-record.js';
import { decisionsSection } from './decisions-section.js';
import { dateTag, dateTimeTag } from './format.js';
import { actorName, type NameOf } from '../people-names.js';
import { badge, hashCode, textLang } from './markup.js';
import { DEFAULT_TEXT_LANGUAGE, entityNameHtml, type PlanViewOptions } from './plan-view-options.js';
import { versionHistorySection, type PlanVersionSummary } from './version-history-section.js';

interface Context { language: PageLanguage; lang: Html | ''; nameOf: NameOf; entityNames: PlanViewOptions['entityNames'] }

/**
 * The content of an operational plan page (inside <main>): when it is in force and due, its SMART
 * objectives, its projects with who added or withdrew them and why, decisions and versions.
 */
export function operationalPlanView(plan: OperationalPlan, versions: readonly PlanVersionSummary[], decisions: readonly DecisionRecord[], language: PageLanguage, options: PlanViewOptions): Html {
  const nameOf = options.nameOf ?? actorName(new Map(), language);
  const context: Context = { language, lang: textLang(options.textLanguage === undefined ? DEFAULT_TEXT_LANGUAGE : options.textLanguage, language), nameOf, entityNames: options.entityNames };
  return html`<h1>${planViewerCopy[language].operational.title(plan.year)}</h1>
${facts(plan, versions, language)}
${objectives(plan, context)}
${projects(plan.projects, context)}
${decisionsSection(decisions, language)}
${versionHistorySection(versions, options.basePath, language, nameOf)}`;
}

function facts(plan: OperationalPlan, versions: readonly PlanVersionSummary[], language: PageLanguage): Html {
  const t = planViewerCopy[language].facts;
  // Without an adopted budget there is no due date: the page says so rather than show a guessed one.
  const awaiting = plan.awaitingBudgetAdoption || plan.budgetAdoptedOn === null;
  const budget = awaiting
    ? html`<dt>${t.budget}</dt><dd class="awaiting-budget">${t.awaitingBudget}</dd>`
    : html`<dt>${t.budgetAdoptedOn}</dt><dd>${dateTag(plan.budgetAdoptedOn!, language)}</dd>
${plan.dueDate ? html`<dt>${t.dueDate}</dt><dd>${dateTag(plan.dueDate, language)}</dd>` : ''}`;
  const sent = plan.transmittedVersion === null ? undefined : versions.find((v) => v.number === plan.transmittedVersion);
  const transmission = plan.transmittedAt
    ? html`<dt>${t.transmittedOn}</dt><dd>${dateTimeTag(plan.transmittedAt, language)}</dd>
${plan.transmittedVersion === null ? '' : html`<dt>${t.transmittedVersion}</dt><dd>${plan.transmittedVersion}${sent ? html` (${hashCode(sent.sha256)})` : ''}</dd>`}`
    : html`<dt>${t.transmission}</dt><dd>${t.notTransmitted}</dd>`;
  return html`<dl class="plan-facts">
<dt>${t.year}</dt><dd>${plan.year}</dd>
<dt>${t.status}</dt><dd>${badge(planViewerCopy[language].operationalStatus[plan.status], plan.status)}</dd>
<dt>${t.inForce}</dt><dd>${t.inForceFrom} ${dateTag(plan.inForce.from, language)} ${t.inForceTo} ${dateTag(plan.inForce.to, language)}</dd>
${budget}
${transmission}
</dl>`;
}

function objectives(plan: OperationalPlan, context: Context): Html {
  const t = planViewerCopy[context.language].operational;
  const c = t.columns;
  const sorted = [...plan.objectives].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  // Ten columns do not fit the page: the table scrolls inside a focusable region a keyboard can scroll.
  return html`<section aria-labelledby="operational-objectives-heading">
<h2 id="operational-objectives-heading">${t.objectivesHeading}</h2>
${sorted.length === 0 ? html`<p>${t.objectivesEmpty}</p>` : html`<div class="table-scroll" role="region" aria-labelledby="operational-objectives-caption" tabindex="0">
<table class="smart-objectives">
<caption id="operational-objectives-caption">${t.objectivesCaption(plan.year)}</caption>
<thead><tr>
<th scope="col">${c.code}</th><th scope="col">${c.strategicObjective}</th><th scope="col">${c.statement}</th><th scope="col">${c.indicator}</th><th scope="col">${c.target}</th>
<th scope="col">${c.owner}</th><th scope="col">${c.means}</th><th scope="col">${c.deadline}</th><th scope="col">${c.result}</th><th scope="col">${c.carriedOver}</th>
</tr></thead>
<tbody>
${sorted.map((o) => objectiveRow(o, context))}
</tbody>
</table>
</div>`}
</section>`;
}

function objectiveRow(o: OperationalObjective, { language, lang, entityNames }: Context): Html {
  const { operational: t, colon, none } = planViewerCopy[language];
  const carried = o.carriedFrom
    ? html`${t.carriedFrom(o.carriedFrom.year, o.carriedFrom.code)}${o.previousResult ? html`<br>${t.previousResult}${colon}<span${lang}>${o.previousResult}</span>` : ''}`
    : o.previousResult ? html`${t.previousResult}${colon}<span${lang}>${o.previousResult}</span>` : none;
  return html`<tr>
<th scope="row">${o.code}</th>
<td>${o.strategicObjectiveNumber}</td>
<td${lang}>${o.statement}</td>
<td${lang}>${o.indicator}</td>
<td${lang}>${o.target}</td>
<td>${entityNameHtml(o.ownerEntityCode, { entityNames }, language)}</td>
<td${lang}>${o.means}</td>
<td>${dateTag(o.deadline, language)}</td>
<td>${o.result ? html`<span${lang}>${o.result}</span>` : t.noResult}</td>
<td>${carried}</td>
</tr>`;
}

function projects(items: readonly Project[], context: Context): Html {
  const t = planViewerCopy[context.language].operational;
  return html`<section aria-labelledby="projects-heading">
<h2 id="projects-heading">${t.projectsHeading}</h2>
${items.length === 0 ? html`<p>${t.projectsEmpty}</p>` : items.map((p, index) => project(p, index, context))}
</section>`;
}

function project(p: Project, index: number, { language, lang, nameOf, entityNames }: Context): Html {
  const t = planViewerCopy[language].operational;
  const h = t.historyColumns;
  const history = [...p.history].sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
  return html`<h3${lang}>${p.title}</h3>
<dl class="project-facts">
<dt>${t.projectOwner}</dt><dd>${entityNameHtml(p.ownerEntityCode, { entityNames }, language)}</dd>
${p.deadline ? html`<dt>${t.projectDeadline}</dt><dd>${dateTag(p.deadline, language)}</dd>` : ''}
${p.objectiveCode ? html`<dt>${t.projectServes}</dt><dd>${p.objectiveCode}</dd>` : ''}
<dt>${t.projectStatus}</dt><dd>${p.status === 'active' ? badge(t.projectActive, 'active') : badge(t.projectWithdrawn, 'withdrawn')}</dd>
</dl>
${history.length === 0 ? '' : html`<div class="table-scroll" role="region" aria-labelledby="project-${index}-history" tabindex="0">
<table>
<caption id="project-${index}-history">${t.historyCaption(html`<span${lang}>${p.title}</span>`)}</caption>
<thead><tr><th scope="col">${h.date}</th><th scope="col">${h.action}</th><th scope="col">${h.party}</th><th scope="col">${h.who}</th><th scope="col">${h.reason}</th><th scope="col">${h.recordedAt}</th></tr></thead>
<tbody>
${history.map((e) => html`<tr>
<th scope="row">${dateTag(e.requestedOn, language)}</th>
<td>${e.action === 'add' ? t.actionAdd : t.actionWithdraw}</td>
<td>${t.parties[e.requestedByParty]}</td>
<td>${nameOf(e.requestedBy)}</td>
<td${lang}>${e.reason}</td>
<td>${dateTimeTag(e.recordedAt, language)}</td>
</tr>`)}
</tbody>
</table>
</div>`}`;
}
