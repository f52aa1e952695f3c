import type { CycleView, StrategicPlanSummary } from '@jalon/contracts';
import { formatDue, formatInstant, pick } from '../ui/catalogue.js';
import { dataText, readerTextHtml } from '../ui/data-text.js';
import { html, type Html } from '../ui/html.js';
import type { PageLanguage } from '../ui/page-language.js';
import { webCopy } from '../ui/web-catalogue.js';
import { strategicStageLabel } from './strategic/draft-page.js';
import { organisationStartCopy } from './organisation/organisation-start-catalogue.js';
import { strategicCopy } from './strategic/strategic-catalogue.js';
import { draftingCopy } from './drafting/drafting-catalogue.js';

export interface DashboardData {
  strategic: Array<{ plan: StrategicPlanSummary; stage: string | undefined; changesRequested?: boolean; holders: string[] }>;
  /** each year with an operational plan, and its cycle when one runs */
  cycles: Array<{ year: number; operationalPlanId: string; status: string; cycle: CycleView | undefined }>;
  nextYear: number;
  csrf: string;
  /** the charts and figures of the plan being followed this year, when it has progress */
  progress?: Html | undefined;
  /** whoever consolidates, as the organisation names it, in the reader's language */
  consolidator: string;
  notice?: string | undefined;
  error?: { field: string; message: string } | undefined;
}

/** The President's office's view of every plan and yearly cycle: where each stands and who holds it. */
export function dashboardContent(language: PageLanguage, d: DashboardData) {
  const t = webCopy[language].dashboard;
  const stage = (s: string) => webCopy[language].stages[s] ?? s;
  const names = (holders: string[]) => [...new Set(holders)].join(', ') || t.nobody;

  const errorSummary = d.error ? html`<div class="error-summary" role="alert" aria-labelledby="error-title">
<h2 id="error-title">${webCopy[language].error}</h2>
<ul><li><a href="#${d.error.field}">${d.error.message}</a></li></ul>
</div>` : '';

  /** A draft whose lifecycle never started: the President's office sends it on from here. */
  const startForm = (planId: string) => {
    const field = `lifecycle-${planId}`;
    const refused = d.error?.field === field;
    return html`<form method="post" action="/dashboard/strategic-plans/${planId}/lifecycle" class="inline-form">
<input type="hidden" name="csrf" value="${d.csrf}">
${refused ? html`<p class="error" id="${field}-error">${d.error!.message}</p>` : ''}
<button type="submit" id="${field}" aria-describedby="plan-${planId}${refused ? html` ${field}-error` : ''}">${t.startLifecycle}</button>
</form>`;
  };

  const cycleRow = ({ year, operationalPlanId, status, cycle }: DashboardData['cycles'][number]) => {
    const budget = cycle?.budget;
    const lateText = !budget ? '' : budget.awaitingBudgetAdoption ? '' : budget.daysLate > 0 ? t.daysLate(budget.daysLate) : t.onTime;
    return html`<tr${budget && budget.daysLate > 0 ? html` class="late"` : ''}>
<th scope="row"><a href="/plans/operational/${operationalPlanId}">${year}</a></th>
<td>${stage(cycle?.stage ?? status)}</td>
<td>${names(cycle?.holders.map((h) => h.name) ?? [])}</td>
<td>${!budget ? '—' : budget.awaitingBudgetAdoption ? html`<span class="badge badge-waiting">${t.awaiting}</span>` : formatDue(budget.dueDate!, language)}</td>
<td>${lateText ? html`<span class="badge${budget!.daysLate > 0 ? ' badge-late' : ''}">${lateText}</span>` : '—'}</td>
<td>${cycle ? cycle.alerts.length : 0}</td>
</tr>`;
  };

  const cycleDetails = ({ year, cycle }: DashboardData['cycles'][number]) => {
    if (!cycle) return '';
    const open = !cycle.transmission && cycle.status === 'running';
    return html`<section class="cycle" aria-labelledby="cycle-${year}">
<h3 id="cycle-${year}">${year} – ${stage(cycle.stage)}</h3>
${open ? html`<p><a href="/consolidation/${year}">${draftingCopy[language].consolidation.title(year)}</a></p>` : ''}
${open ? html`<form method="post" action="/dashboard/cycles/${year}/budget-adoption" class="inline-form">
<input type="hidden" name="csrf" value="${d.csrf}">
<label for="adopted-${year}">${t.budgetDate} (${t.budgetTitle(year)})</label>
<input type="date" id="adopted-${year}" name="adoptedOn" required value="${cycle.budget.adoptedOn ?? ''}"${d.error?.field === `adopted-${year}` ? html` aria-invalid="true"` : ''}>
<button type="submit">${t.budgetSubmit}</button>
</form>` : ''}
${cycle.stage === 'drafting' && cycle.status === 'running' ? html`<form method="post" action="/dashboard/cycles/${year}/close-drafting" class="inline-form">
<input type="hidden" name="csrf" value="${d.csrf}">
<p class="hint">${t.closeDraftingHint(cycle.drafting.filter((task) => task.status === 'open').length)}</p>
<button type="submit">${t.closeDrafting}</button>
</form>` : ''}
${cycle.alerts.length === 0 ? html`<p>${t.noAlerts}</p>` : html`<table class="data">
<caption>${t.alerts} ${year}</caption>
<thead><tr><th scope="col">${t.sentAt}</th><th scope="col">${t.kind}</th><th scope="col">${t.to}</th><th scope="col">${t.holders}</th></tr></thead>
<tbody>${[...cycle.alerts].reverse().map((a) => html`<tr><td>${formatInstant(a.sentAt, language)}</td><td>${t.alertKinds[a.kind] ?? a.kind}${a.daysLate ? html` (${t.daysLate(a.daysLate)})` : ''}</td><td>${t.targets(d.consolidator)[a.target] ?? a.target}</td><td>${alertHolders(a, cycle, language)}</td></tr>`)}</tbody>
</table>`}
</section>`;
  };

  return html`${errorSummary}
${d.notice ? html`<p class="notice" role="status">${d.notice}</p>` : ''}
<h1>${t.title(d.consolidator)}</h1>
<h2>${t.cycles}</h2>
${d.cycles.length === 0 ? html`<p>${t.noCycle}</p>` : html`<table class="data">
<caption class="visually-hidden">${t.cycles}</caption>
<thead><tr><th scope="col">${t.year}</th><th scope="col">${t.stage}</th><th scope="col">${t.holders}</th><th scope="col">${t.due}</th><th scope="col">${t.late}</th><th scope="col">${t.alerts}</th></tr></thead>
<tbody>${d.cycles.map(cycleRow)}</tbody>
</table>
${d.cycles.map(cycleDetails)}`}
${d.progress ?? ''}
<form method="post" action="/dashboard/cycles" class="inline-form">
<h3>${t.launchTitle}</h3>
<input type="hidden" name="csrf" value="${d.csrf}">
<label for="launch-year">${t.launchYear}</label>
${d.error?.field === 'launch-year' ? html`<p class="error" id="launch-year-error">${d.error.message}</p>` : ''}
<input type="number" id="launch-year" name="year" min="2000" max="2100" required value="${d.nextYear}"${d.error?.field === 'launch-year' ? html` aria-invalid="true" aria-describedby="launch-year-error"` : ''}>
<button type="submit">${t.launch}</button>
</form>
<h2>${t.strategic}</h2>
<table class="data">
<caption class="visually-hidden">${t.strategic}</caption>
<thead><tr><th scope="col">${t.plan}</th><th scope="col">${t.status}</th><th scope="col">${t.stage}</th><th scope="col">${t.holders}</th></tr></thead>
<tbody>${d.strategic.map(({ plan, stage: s, changesRequested, holders }) => html`<tr>
<th scope="row" id="plan-${plan.id}"><a href="/plans/strategic/${plan.id}">${readerTextHtml(plan.title, language)}</a>${plan.status === 'draft' ? html`<br><a href="/strategic-drafts/${plan.id}">${strategicCopy[language].editDraft}<span class="visually-hidden"> – ${pick(plan.title, language)}</span></a>` : ''}</th>
<td>${stage(plan.status)}</td><td>${s ? strategicStageLabel(language, s, changesRequested === true) : plan.status === 'draft' ? startForm(plan.id) : '—'}</td><td>${names(holders)}</td>
</tr>`)}</tbody>
</table>
<p><a href="/strategic-drafts/new">${organisationStartCopy[language].newPlan.link}</a></p>`;
}

/**
 * Who an alert waited for. During the drafting the cycle notes the entities by their codes: they are
 * shown by their names in the reader's language, as the cycle's drafting tasks name them.
 */
function alertHolders(alert: CycleView['alerts'][number], cycle: CycleView, language: PageLanguage): string {
  if (alert.stage !== 'drafting') return alert.holders;
  const names = new Map(cycle.drafting.map((task) => [task.entityCode, dataText(task.entityName, language).text]));
  return alert.holders.split(', ').map((code) => names.get(code) ?? code).join(', ');
}
