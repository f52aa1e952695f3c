import type { StrategicPlan } from '@jalon/contracts';
import type { LifecycleState } from '@jalon/workflows';
import { formatInstant, pick } from '../../ui/catalogue.js';
import { html, type Html } from '../../ui/html.js';
import { ALL_ENTITIES } from './draft-forms.js';
import type { ReviewComment } from './review-comments.js';
import { strategicCopy, type StrategicLanguage } from './strategic-catalogue.js';
import { roleNames } from '../../ui/role-names.js';

export interface DraftPageData {
  plan: StrategicPlan;
  /** entity code → name in the reader's language */
  entityNames: Record<string, string>;
  lifecycle: LifecycleState | undefined;
  /** the comments on the version sent back, by item (an objective's number, or `plan`) */
  comments: Map<string, ReviewComment[]>;
  csrf: string;
  errorTitle: string;
  notice?: string | undefined;
  error?: { field: string; message: string } | undefined;
}

/** The step that sent the plan back, in words, or undefined when none did. */
export function sentBackBy(lifecycle: LifecycleState | undefined): string | undefined {
  if (!lifecycle || lifecycle.stage !== 'drafting' || lifecycle.changesRequested.length === 0) return undefined;
  return lifecycle.changesRequested[0]!.step;
}

/** The strategic lifecycle's stage as a person reads it, changes requested included. */
export function strategicStageLabel(language: StrategicLanguage, stage: string | undefined, changesRequested: boolean): string {
  const t = strategicCopy[language];
  if (stage === undefined) return t.stages.drafting!;
  if (stage === 'drafting' && changesRequested) return t.stages.changes_requested!;
  return t.stages[stage] ?? stage;
}

const stageOf = (language: StrategicLanguage, lifecycle: LifecycleState | undefined) =>
  strategicStageLabel(language, lifecycle?.stage, (lifecycle?.changesRequested.length ?? 0) > 0);

function commentList(language: StrategicLanguage, id: string, heading: string, comments: readonly ReviewComment[] | undefined): Html | string {
  if (!comments?.length) return '';
  const t = strategicCopy[language];
  return html`<aside class="review-comments" aria-labelledby="${id}">
<h4 id="${id}">${heading}</h4>
<ul>${comments.map((c) => html`<li><p class="who">${t.commentBy(c.personName, c.role ? roleNames[language][c.role] : '—', formatInstant(c.actedAt, language))} – ${t.steps[c.step] ?? c.step} – ${t.outcomes[c.outcome]}</p>
<blockquote>${c.comment}</blockquote></li>`)}</ul>
</aside>`;
}

/**
 * The President's office's page of the draft: where its lifecycle stands, which step asked for
 * changes and what each reviewer said beside the objective concerned, each part with its form,
 * and the start or the resubmission of the lifecycle.
 */
export function draftPageContent(language: StrategicLanguage, d: DraftPageData): Html {
  const t = strategicCopy[language];
  const { plan, lifecycle } = d;
  const editable = plan.status === 'draft' && (!lifecycle || (lifecycle.stage === 'drafting' && lifecycle.submitted !== true));
  const names = (codes: readonly string[]) => codes.map((c) => (c === ALL_ENTITIES ? t.allEntities : d.entityNames[c] ?? c)).join(', ');
  const step = sentBackBy(lifecycle);
  const base = `/strategic-drafts/${plan.id}`;
  const canStart = plan.status === 'draft' && !lifecycle;
  const canResubmit = lifecycle?.stage === 'drafting' && lifecycle.version !== null;
  const errorOf = (field: string) => (d.error?.field === field ? html`<p class="error" id="${field}-error">${d.error.message}</p>` : '');

  const action = canStart
    ? html`<form method="post" action="${base}/lifecycle" class="inline-form"><input type="hidden" name="csrf" value="${d.csrf}">${errorOf('lifecycle')}
<button type="submit" id="lifecycle">${t.start}</button></form>`
    : canResubmit
      ? html`<form method="post" action="${base}/resubmit" class="inline-form"><input type="hidden" name="csrf" value="${d.csrf}">
<p class="hint" id="resubmit-hint">${t.resubmitHint}</p>${errorOf('resubmit')}
<button type="submit" id="resubmit" aria-describedby="resubmit-hint">${t.resubmit}</button></form>`
      : '';

  const objective = (o: StrategicPlan['objectives'][number]) => html`<article class="objective" aria-labelledby="objective-${o.number}">
<h3 id="objective-${o.number}">${o.number}. ${o.title}</h3>
<p class="owners"><strong>${t.owners}</strong> – ${names(o.ownerEntityCodes)}</p>
<p>${o.text}</p>
${o.ambitions.length ? html`<ul class="ambitions">${o.ambitions.map((a) => html`<li>${a.text} <span class="owners">(${names(a.ownerEntityCodes)})</span></li>`)}</ul>` : ''}
${commentList(language, `comments-${o.number}`, t.commentsOn(`${o.number}. ${o.title}`), d.comments.get(String(o.number)))}
${editable ? html`<p><a href="${base}/objectives/${o.number}">${t.edit}<span class="visually-hidden"> – ${t.editObjective(o.number)}</span></a></p>` : ''}
</article>`;

  return html`${d.error ? html`<div class="error-summary" role="alert" aria-labelledby="error-title"><h2 id="error-title">${d.errorTitle}</h2>
<ul><li><a href="#${d.error.field}">${d.error.message}</a></li></ul></div>` : ''}
${d.notice ? html`<p class="notice" role="status">${d.notice}</p>` : ''}
<h1>${t.editTitle} – ${pick(plan.title, language)}</h1>
<dl class="plan-facts"><dt>${t.stageLabel}</dt><dd>${stageOf(language, lifecycle)}</dd></dl>
${step ? html`<div class="banner-changes" role="region" aria-labelledby="changes-title">
<h2 id="changes-title">${t.changesRequestedBy(t.steps[step] ?? step)}</h2>
<p>${t.changesRequestedHint}</p>${step === 'state_secretary_review' ? html`<p>${t.reReviewHint}</p>` : ''}
</div>` : ''}
<p>${editable ? t.editIntro : t.notEditable(stageOf(language, lifecycle))}</p>
${action}
${commentList(language, 'comments-plan', t.planComments, d.comments.get('plan'))}
<section aria-labelledby="priorities-title"><h2 id="priorities-title">${t.priorities}</h2>
<ol>${plan.priorities.map((p) => html`<li><strong>${p.title}</strong> – ${p.text}</li>`)}</ol>
${editable ? html`<p><a href="${base}/priorities">${t.edit}<span class="visually-hidden"> – ${t.priorities}</span></a></p>` : ''}
</section>
<section aria-labelledby="objectives-title"><h2 id="objectives-title">${t.objectives}</h2>
${plan.objectives.map(objective)}
${editable ? html`<p><a href="${base}/new-objective">${t.addObjective}</a></p>` : ''}
</section>
<section aria-labelledby="risks-title"><h2 id="risks-title">${t.riskDomains}</h2>
<ol>${plan.riskDomains.map((r) => html`<li><strong>${r.title}</strong> (${r.objectiveNumbers.join(', ')})</li>`)}</ol>
${editable ? html`<p><a href="${base}/risk-domains">${t.edit}<span class="visually-hidden"> – ${t.riskDomains}</span></a></p>` : ''}
</section>`;
}
