import type { PlanChapter, PlanFigures, StrategicObjective, StrategicPlan } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import { dataTextHtml } from '../../ui/data-text.js';
import { planViewerCopy } from '../../ui/plan-viewer-catalogue.js';
import type { PageLanguage } from '../../ui/page-language.js';
import type { DecisionRecord } from './decision-record.js';
import { decisionsSection } from './decisions-section.js';
import { chaptersSection, communicationSection } from './chapters-section.js';
import { figuresSection } from './figures-section.js';
import { strategicDownloads } from '../insight/strategic-export.js';
import { dateTag, dateTimeTag } from './format.js';
import { actorName } from '../people-names.js';
import { badge, breakable, hashCode, joinHtml, paragraphs, textLang } from './markup.js';
import { DEFAULT_TEXT_LANGUAGE, entityNameHtml, type PlanViewOptions } from './plan-view-options.js';
import { versionHistorySection, type PlanVersionSummary } from './version-history-section.js';

/** What every part of the page needs: the reader's language and how to mark the plan's own texts. */
interface Context { language: PageLanguage; lang: Html | ''; options: PlanViewOptions }

/** Owner tag "(Tous)" is stored as this code: every entity, including ones added later. */
const ALL_ENTITIES = 'ALL';
const domainOrder: Array<StrategicObjective['domain']> = ['security', 'registration_identification', 'elections', 'foreigners', null];

/**
 * The content of the strategic plan page (inside <main>): its state, its priorities, the
 * chapters of running text (mission to values), objectives grouped as the plan groups them, risk
 * domains, staff and budget figures, the communication plan, addenda, decisions and versions.
 * Each objective folds into <details>, which needs no script, so 22 objectives stay scannable.
 */
/** What the plan page shows beside the plan's own JSON (which versions freeze): its chapters of text and its chapter-7 figures. */
export interface StrategicPlanExtras { figures?: PlanFigures | undefined; chapters?: PlanChapter[] | undefined }

export function strategicPlanView(
  plan: StrategicPlan, versions: readonly PlanVersionSummary[], decisions: readonly DecisionRecord[], language: PageLanguage, options: PlanViewOptions,
  extras: StrategicPlanExtras = {},
): Html {
  const context: Context = { language, lang: textLang(options.textLanguage === undefined ? DEFAULT_TEXT_LANGUAGE : options.textLanguage, language), options };
  return html`<h1>${dataTextHtml(plan.title, language)}</h1>
${facts(plan, versions, context)}
${chaptersSection(extras.chapters, language)}
${priorities(plan, context)}
${objectives(plan, context)}
${riskDomains(plan, context)}
${figuresSection(extras.figures, language)}
${strategicDownloads(plan.id, language)}
${communicationSection(plan.communicationPlan, language)}
${addenda(plan, context)}
${decisionsSection(decisions, language)}
${versionHistorySection(versions, options.basePath, language, options.nameOf)}`;
}

function facts(plan: StrategicPlan, versions: readonly PlanVersionSummary[], { language, options }: Context): Html {
  const t = planViewerCopy[language].facts;
  const signed = plan.signedVersion === null ? undefined : versions.find((v) => v.number === plan.signedVersion);
  const signature = plan.signedAt ? html`<dt>${t.signedOn}</dt><dd>${dateTimeTag(plan.signedAt, language)}</dd>
${plan.signedBy ? html`<dt>${t.signedBy}</dt><dd>${(options.nameOf ?? actorName(new Map(), language))(plan.signedBy)}</dd>` : ''}
${plan.signedVersion === null ? '' : html`<dt>${t.signedVersion}</dt><dd>${plan.signedVersion}${signed ? html` (${hashCode(signed.sha256)})` : ''}</dd>`}`
    : html`<dt>${t.signature}</dt><dd>${t.notSigned}</dd>`;
  return html`<dl class="plan-facts">
<dt>${t.period}</dt><dd>${plan.period.from}–${plan.period.to}</dd>
<dt>${t.status}</dt><dd>${badge(planViewerCopy[language].strategicStatus[plan.status], plan.status)}</dd>
${signature}
</dl>`;
}

function priorities(plan: StrategicPlan, { language, lang }: Context): Html {
  const t = planViewerCopy[language].priorities;
  const items = [...plan.priorities].sort((a, b) => a.number - b.number);
  return html`<section aria-labelledby="priorities-heading">
<h2 id="priorities-heading">${t.heading}</h2>
${items.length === 0 ? html`<p>${t.empty}</p>` : html`<ol class="priorities">${items.map((p) => html`<li value="${p.number}"${lang}><strong>${breakable(p.title)}</strong>${paragraphs(p.text)}</li>`)}</ol>`}
</section>`;
}

function objectives(plan: StrategicPlan, context: Context): Html {
  const t = planViewerCopy[context.language].objectives;
  const sorted = [...plan.objectives].sort((a, b) => a.number - b.number);
  const governance = sorted.filter((o) => o.category === 'governance');
  const core = sorted.filter((o) => o.category === 'core_mission');
  const domains = domainOrder
    .map((domain) => ({ domain, items: core.filter((o) => o.domain === domain) }))
    .filter((d) => d.items.length > 0);
  return html`<section aria-labelledby="objectives-heading">
<h2 id="objectives-heading">${t.heading(sorted.length)}</h2>
${governance.length === 0 ? '' : html`<h3>${t.governance}</h3>
${objectiveList(governance, context)}`}
${domains.length === 0 ? '' : html`<h3>${t.coreMissions}</h3>
${domains.map((d) => html`<h4>${d.domain ? t.domains[d.domain] : t.otherMissions}</h4>
${objectiveList(d.items, context)}`)}`}
</section>`;
}

function objectiveList(items: StrategicObjective[], context: Context): Html {
  return html`<ul class="objectives">${items.map((o) => html`<li>${objective(o, context)}</li>`)}</ul>`;
}

function objective(o: StrategicObjective, { language, lang, options }: Context): Html {
  const { objectives: t, colon, listSeparator } = planViewerCopy[language];
  const owners = joinHtml(o.ownerEntityCodes.map((code) => (code === ALL_ENTITIES ? t.allEntities : entityNameHtml(code, options, language))), listSeparator);
  const reviewers = joinHtml(o.reviewedBy.map((code) => (options.authorityNames?.[code] ? dataTextHtml(options.authorityNames[code]!, language) : code)), listSeparator);
  return html`<details class="objective" id="objective-${o.number}">
<summary><span class="objective-number">${t.objective(o.number)}</span> – <span${lang}>${breakable(o.title)}</span>
<span class="owners">${t.owners}${colon}${owners}</span></summary>
<dl class="objective-facts">
<dt>${t.reviewedBy}</dt><dd>${o.reviewedBy.length > 0 ? reviewers : t.reviewedBySignatoryOnly}</dd>
</dl>
<div class="plan-text"${lang}>${paragraphs(o.text)}</div>
<p class="subhead">${t.ambitions}</p>
${o.ambitions.length === 0 ? html`<p>${t.noAmbitions}</p>` : html`<ul class="ambitions">${[...o.ambitions].sort((a, b) => a.position - b.position).map((a) => html`<li>
<span class="owners">${t.ambitionOwners}${colon}<span${lang}>${a.ownerTags.join(listSeparator)}</span></span>
<span${lang}>${breakable(a.text)}</span></li>`)}</ul>`}
</details>`;
}

function riskDomains(plan: StrategicPlan, { language, lang }: Context): Html {
  const t = planViewerCopy[language].risks;
  const items = [...plan.riskDomains].sort((a, b) => a.number - b.number);
  const list = (texts: string[]) => texts.length === 0 ? planViewerCopy[language].none : html`<ul${lang}>${texts.map((x) => html`<li>${breakable(x)}</li>`)}</ul>`;
  return html`<section aria-labelledby="risks-heading">
<h2 id="risks-heading">${t.heading}</h2>
${items.length === 0 ? html`<p>${t.empty}</p>` : items.map((r) => html`<h3>${t.domain(r.number)} – <span${lang}>${breakable(r.title)}</span></h3>
<dl class="risk-domain">
<dt>${t.weaknesses}</dt><dd>${list(r.weaknesses)}</dd>
<dt>${t.threats}</dt><dd>${list(r.threats)}</dd>
<dt>${t.objectives}</dt><dd>${r.objectiveNumbers.join(planViewerCopy[language].listSeparator)}</dd>
</dl>`)}
</section>`;
}

function addenda(plan: StrategicPlan, { language, lang }: Context): Html {
  const t = planViewerCopy[language].addenda;
  const items = [...plan.addenda].sort((a, b) => a.number - b.number);
  return html`<section aria-labelledby="addenda-heading">
<h2 id="addenda-heading">${t.heading}</h2>
${items.length === 0 ? html`<p>${t.empty}</p>` : items.map((a) => html`<h3>${t.addendum(a.number)} – <span${lang}>${a.title}</span></h3>
<p>${a.adoptedOn ? html`${t.adoptedOn} ${dateTag(a.adoptedOn, language)}` : t.notAdopted}</p>
<div class="plan-text"${lang}>${paragraphs(a.text)}</div>`)}
</section>`;
}
