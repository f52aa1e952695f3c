import type { Language, LinkItem, LinkSummary } from '@jalon/contracts';
import type { ItemDecision, RecordedDecision } from '@jalon/workflows';
import type { DecisionLinkRow } from '../database.js';
import { copy, formatDue, formatInstant, pick } from '../ui/catalogue.js';
import { readerTextHtml } from '../ui/data-text.js';
import { html, type Html } from '../ui/html.js';
import { layout, messagePage } from '../ui/layout.js';
import { taskPageLinkText, taskPageOf } from '../web/drafting/task-pages.js';
import { webCopy } from '../ui/web-catalogue.js';
import { decisionContentView, planPagePath } from './decision-content-view.js';
import { concernedChoices, concernedFieldset } from './concerned-objectives.js';
import type { DecisionContent } from './frozen-content.js';

/** What the reader typed, kept when the form comes back with errors, and the errors by item. */
export interface FormState {
  values: Record<string, { outcome?: string; comment?: string; concerned?: string[] }>;
  errors: Array<{ itemKey: string; field: 'outcome' | 'comment' | 'concerned'; message: string }>;
}

export const CSRF_FIELD = 'csrf';
export const outcomeField = (key: string) => `outcome:${key}`;
export const commentField = (key: string) => `comment:${key}`;
export const MAX_COMMENT = 4000;

/** Where the error summary leads for each field: the first radio, the comment, the first checkbox. */
const errorTarget = { outcome: 'approve', comment: 'comment', concerned: 'concerned-0' } as const;

/** Ids are positional: an item key may hold characters an id should not. */
const fieldId = (index: number, part: string) => `item-${index}-${part}`;

/**
 * The page a link opens: what is to be decided and the form. It has no script: radios, labels and
 * a submit button work with a keyboard and without JavaScript.
 */
export function decisionPage(
  link: DecisionLinkRow, openKeys: string[], csrf: string, state?: FormState,
  /** the signed-in pages' frame, when the form is opened from "my tasks" */
  wrap?: (title: string, content: Html) => string,
  /** the frozen text in the reader's scope, read from the plans service (undefined: it did not answer) */
  content?: DecisionContent,
): string {
  const language = link.language;
  const t = copy[language];
  const summary = link.summary;
  const task = isTask(link);
  const drafting = link.step.startsWith('drafting:');
  const title = (task ? t.task.pageTitle : t.pageTitle)(stepTitleOf(link, language));
  const choices = task ? [] : concernedChoices(content, language);
  const errorsOf = (key: string, field: FormState['errors'][number]['field']) => state?.errors.filter((e) => e.itemKey === key && e.field === field) ?? [];
  const indexOf = (key: string) => link.items.findIndex((i) => i.key === key);

  const errorSummary = state && state.errors.length > 0 ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${t.errorSummary}</h2>
<ul>${state.errors.map((e) => html`<li><a href="#${fieldId(indexOf(e.itemKey), errorTarget[e.field])}">${e.message}</a></li>`)}</ul>
</div>` : undefined;

  const item = (it: LinkItem, index: number) => {
    const itemTitle = pick(it.title, language);
    if (!openKeys.includes(it.key)) {
      return html`<fieldset class="item decided" disabled><legend>${readerTextHtml(it.title, language)}</legend><p>${t.decidedElsewhere}</p></fieldset>`;
    }
    const value = state?.values[it.key] ?? {};
    const outcomeErrors = errorsOf(it.key, 'outcome');
    const commentErrors = errorsOf(it.key, 'comment');
    const outcomeErrorId = fieldId(index, 'outcome-error');
    const commentErrorId = fieldId(index, 'comment-error');
    const hintId = fieldId(index, 'comment-hint');
    const radio = (outcome: 'approve' | 'request_changes', part: string, label: string) => html`<div class="choice">
<input type="radio" id="${fieldId(index, part)}" name="${outcomeField(it.key)}" value="${outcome}" required${value.outcome === outcome ? html` checked` : ''}${outcomeErrors.length ? html` aria-describedby="${outcomeErrorId}" aria-invalid="true"` : ''}>
<label for="${fieldId(index, part)}">${label}</label>
</div>`;
    return html`<fieldset class="item">
<legend>${readerTextHtml(it.title, language)}</legend>
${outcomeErrors.length ? html`<p class="error" id="${outcomeErrorId}">${outcomeErrors.map((e) => e.message).join(' ')}</p>` : ''}
${radio('approve', 'approve', task ? (drafting ? t.task.done : t.task.doneGeneric) : t.approve)}
${task ? '' : radio('request_changes', 'changes', t.requestChanges)}
<label class="comment-label" for="${fieldId(index, 'comment')}">${task ? t.task.comment : t.comment}</label>
<p class="hint" id="${hintId}">${task ? t.task.commentHint : t.commentHint}</p>
${commentErrors.length ? html`<p class="error" id="${commentErrorId}">${commentErrors.map((e) => e.message).join(' ')}</p>` : ''}
<textarea id="${fieldId(index, 'comment')}" name="${commentField(it.key)}" rows="4" maxlength="${MAX_COMMENT}" aria-describedby="${hintId}${commentErrors.length ? ` ${commentErrorId}` : ''}"${commentErrors.length ? html` aria-invalid="true"` : ''}>${value.comment ?? ''}</textarea>
${concernedFieldset(language, it.key, choices, value.concerned ?? [], (part) => fieldId(index, part), errorsOf(it.key, 'concerned').map((e) => e.message))}
</fieldset>`;
  };

  // Readers can switch to another national language; the link keeps its own.
  return (wrap ?? ((ttl: string, content: Html) => layout(language, ttl, content, true)))(title, html`${errorSummary}
<h1>${title}</h1>
<p class="meta"><strong>${readerTextHtml(summary.planTitle, language)}</strong><br>
${t.planVersion(link.plan_version, link.plan_sha256.slice(0, 12))}</p>
${summary.due ? html`<p>${t.due(formatDue(summary.due, language))}</p>` : ''}
${task ? html`${objectives(summary, language)}${taskPageLink(link)}` : reviewedText(link, content)}
<h2 id="form-heading" tabindex="-1">${task ? t.task.formHeading : t.formHeading}</h2>
<p>${task ? (drafting ? t.task.formIntro : t.task.formIntroGeneric) : t.formIntro}</p>
<form method="post" aria-labelledby="form-heading">
<input type="hidden" name="${CSRF_FIELD}" value="${csrf}">
${link.items.map(item)}
<button type="submit">${task ? t.task.submit : t.submit}</button>
</form>
<p class="note">${t.personalNote}</p>`);
}

/** A task is done in its signed-in page (drafting, consolidation): the e-mailed page leads there. */
function taskPageLink(link: DecisionLinkRow) {
  const page = taskPageOf(link);
  return page ? html`<p><a href="${page}">${taskPageLinkText[link.language]}</a></p>` : '';
}

/**
 * What a reviewer reads before deciding: the frozen text in scope and what changed in it for this
 * person. The summary the round sent is the fallback when the plans service cannot be read.
 */
function reviewedText(link: DecisionLinkRow, content: DecisionContent | undefined): Html {
  const language = link.language;
  const since = link.summary.changesSinceLastReview;
  const listedChanges = since && !content?.since ? changes(link.summary, language) : '';
  const first = since ? '' : html`<p>${copy[language].firstReview}</p>`;
  const text = decisionContentView(content, language, link.plan_version, content ? planPagePath(content) : undefined);
  return html`${first}${listedChanges}${content ? '' : objectives(link.summary, language)}${text}`;
}

/**
 * The step's name: as the link gives it in the reader's language; a page language it lacks
 * (German) takes the catalogue's name of the stage rather than another language's.
 */
function stepTitleOf(link: DecisionLinkRow, language: Language): string {
  const given = link.summary.stepTitle;
  const stage = language === 'en' ? undefined : webCopy[language].stages[link.step.split(':')[0] ?? ''];
  return typeof given !== 'string' && !given[language] && stage ? stage : pick(given, language);
}

/** A step that is done rather than approved: drafting the objectives, consolidating the plan. */
export const isTask = (link: DecisionLinkRow) => link.summary.mode === 'task';

function objectives(summary: LinkSummary, language: Language) {
  if (summary.objectives.length === 0) return '';
  return html`<h2>${copy[language].objectivesHeading}</h2>
<ul>${summary.objectives.map((o) => html`<li><strong>${o.code}.</strong> ${readerTextHtml(o.title, language)}</li>`)}</ul>`;
}

function changes(summary: LinkSummary, language: Language) {
  const t = copy[language];
  const since = summary.changesSinceLastReview;
  if (!since) return html`<p>${t.firstReview}</p>`;
  return html`<h2>${t.changesHeading(since.sinceVersion)}</h2>
${since.changes.length === 0 ? html`<p>${t.noChanges}</p>` : html`<ul>${since.changes.map((c) => html`<li>${readerTextHtml(c, language)}</li>`)}</ul>`}`;
}

/** The confirmation: when the round recorded the decision, and what it recorded. */
export function recordedPage(link: DecisionLinkRow, decision: RecordedDecision): string {
  const language = link.language;
  const t = copy[language];
  const titleOf = (key: string) => {
    const found = link.items.find((i) => i.key === key);
    return found ? pick(found.title, language) : key;
  };
  const line = (d: ItemDecision) => html`<dt>${titleOf(d.item)}</dt>
<dd>${d.outcome === 'approve' ? (isTask(link) ? t.task.outcomeDone : t.outcomeApproved) : t.outcomeChangesRequested}</dd>
${d.comment ? html`<dd><blockquote>${d.comment}</blockquote></dd>` : ''}`;
  return messagePage(language, t.recorded(formatInstant(decision.decidedAt, language)), html`<dl class="recap">${decision.decisions.map(line)}</dl>`);
}
