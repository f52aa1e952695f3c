import type { Language, VersionComparison } from '@jalon/contracts';
import { formatDue, pick } from '../ui/catalogue.js';
import { html, type Html } from '../ui/html.js';
// The plan page's paragraphs: each no-break space of the source texts gets a line-break opportunity.
import { paragraphs } from '../web/plan-viewer/markup.js';
import { decisionContentCopy, type DecisionContentCopy } from './decision-content-catalogue.js';
import type { DecisionContent, OperationalSnapshot, Snapshot, StrategicSnapshot } from './frozen-content.js';

/** Owner tag "(Tous)" is stored as this code: every entity. */
const ALL_ENTITIES = 'ALL';
/** The plan's own texts are written in French (the reference data); a screen reader must know. */
const TEXT_LANGUAGE = 'fr';

interface Context { t: DecisionContentCopy; language: Language; lang: Html | ''; content: DecisionContent }

type StrategicObjective = StrategicSnapshot['objectives'][number];
type OperationalObjective = OperationalSnapshot['objectives'][number];

const inScope = (content: DecisionContent, key: string) => content.scope === 'whole' || content.scope.has(key);

/** Where the reader finds the plan itself, signed in: versions, differences, every decision. */
export const planPagePath = (content: Pick<DecisionContent, 'kind' | 'planId'>) => `/plans/${content.kind}/${content.planId}`;

/**
 * The text the reader decides on, from the frozen version: the whole plan for a whole-plan review,
 * only the objectives in the reader's competence otherwise; then what changed since the version
 * this person was last asked about, in old and new wording.
 */
export function decisionContentView(content: DecisionContent | undefined, language: Language, version: number, planPath: string | undefined): Html {
  const t = decisionContentCopy[language];
  const link = planPath ? html`<ul class="plain plan-link"><li><a href="${planPath}">${t.planPageLink}</a> <span class="hint">${t.planPageHint}</span></li>
<li><a href="#form-heading">${t.toForm}</a></li></ul>` : '';
  if (!content) return html`<p>${t.unavailable}</p>${link}`;
  const context: Context = { t, language, lang: language === TEXT_LANGUAGE ? '' : html` lang="${TEXT_LANGUAGE}"`, content };
  const heading = content.scope === 'whole' ? t.contentHeading(version) : t.scopedHeading(version);
  return html`${changesView(context)}
<section class="decided-text" aria-labelledby="decided-text-heading">
<h2 id="decided-text-heading">${heading}</h2>
${link}
${content.snapshot.kind === 'strategic' ? strategicText(content.snapshot, context) : operationalText(content.snapshot, context)}
</section>`;
}

function ownersOf(codes: readonly string[], { t, language, content }: Context): string {
  return codes.map((code) => (code === ALL_ENTITIES ? t.allEntities : content.entityNames[code] ? pick(content.entityNames[code], language) : code)).join(t.listSeparator);
}

function strategicText(plan: StrategicSnapshot, context: Context): Html {
  const { t, lang, content } = context;
  const whole = content.scope === 'whole';
  const objectives = plan.objectives.filter((o) => inScope(content, String(o.number))).sort((a, b) => a.number - b.number);
  return html`${whole ? html`<h3>${t.priorities}</h3>
${plan.priorities.length === 0 ? html`<p>${t.none}</p>` : html`<ol class="priorities">${[...plan.priorities].sort((a, b) => a.number - b.number).map((p) => html`<li value="${p.number}"${lang}><strong>${p.title}</strong>${paragraphs(p.text)}</li>`)}</ol>`}` : ''}
<h3>${t.objectives}</h3>
${objectives.map((o) => strategicObjective(o, context))}
${whole ? riskDomains(plan, context) : ''}`;
}

function strategicObjective(o: StrategicObjective, context: Context): Html {
  const { t, lang } = context;
  return html`<article class="decided-objective" aria-labelledby="decided-objective-${o.number}">
<h4 id="decided-objective-${o.number}">${t.objective(o.number)} – <span${lang}>${o.title}</span></h4>
<p class="owners">${t.owners}${t.colon}${ownersOf(o.ownerEntityCodes, context)}</p>
<div class="plan-text"${lang}>${paragraphs(o.text)}</div>
${ambitions(o, context)}
</article>`;
}

function ambitions(o: StrategicObjective, { t, lang }: Context): Html {
  if (o.ambitions.length === 0) return html`<p>${t.noAmbitions}</p>`;
  return html`<p class="subhead">${t.ambitions}</p>
<ul class="ambitions">${[...o.ambitions].sort((a, b) => a.position - b.position).map((a) => html`<li><span${lang}>${a.text}</span> <span class="owners"${lang}>(${a.ownerTags.join(', ')})</span></li>`)}</ul>`;
}

function riskDomains(plan: StrategicSnapshot, { t, lang }: Context): Html {
  const list = (texts: string[]) => (texts.length === 0 ? t.none : html`<ul${lang}>${texts.map((x) => html`<li>${x}</li>`)}</ul>`);
  return html`<h3>${t.riskDomains}</h3>
${plan.riskDomains.length === 0 ? html`<p>${t.none}</p>` : [...plan.riskDomains].sort((a, b) => a.number - b.number).map((r) => html`<h4>${t.riskDomain(r.number)} – <span${lang}>${r.title}</span></h4>
<dl class="risk-domain">
<dt>${t.weaknesses}</dt><dd>${list(r.weaknesses)}</dd>
<dt>${t.threats}</dt><dd>${list(r.threats)}</dd>
<dt>${t.linkedObjectives}</dt><dd>${r.objectiveNumbers.join(t.listSeparator)}</dd>
</dl>`)}`;
}

function operationalText(plan: OperationalSnapshot, context: Context): Html {
  const { t, lang, content } = context;
  const objectives = plan.objectives.filter((o) => inScope(content, o.code)).sort((a, b) => a.code.localeCompare(b.code, 'fr', { numeric: true }));
  return html`<h3>${t.operationalObjectives}</h3>
${objectives.length === 0 ? html`<p>${t.none}</p>` : objectives.map((o) => operationalObjective(o, context))}
${content.scope === 'whole' ? html`<h3>${t.projects}</h3>
${plan.projects.length === 0 ? html`<p>${t.none}</p>` : html`<ul>${plan.projects.map((p) => projectItem(p, context))}</ul>`}` : ''}`;
}

/** A project of the plan: its owner and, when it was drafted with the plan, its deadline and the objective it serves. */
function projectItem(p: OperationalSnapshot['projects'][number], context: Context): Html {
  const { t, lang, language } = context;
  return html`<li><span${lang}>${p.title}</span> (${ownersOf([p.ownerEntityCode], context)})${p.deadline ? html` – ${t.deadline}${t.colon}${formatDue(p.deadline, language)}` : ''}${p.objectiveCode ? html` – ${t.projectServes}${t.colon}${p.objectiveCode}` : ''}</li>`;
}

function operationalObjective(o: OperationalObjective, context: Context): Html {
  const { t, lang, language } = context;
  return html`<article class="decided-objective">
<h4>${o.code} – <span${lang}>${o.statement}</span></h4>
<dl class="smart">
<dt>${t.strategicObjective}</dt><dd>${t.objective(o.strategicObjectiveNumber)}</dd>
<dt>${t.indicator}</dt><dd${lang}>${o.indicator}</dd>
<dt>${t.target}</dt><dd${lang}>${o.target}</dd>
<dt>${t.means}</dt><dd${lang}>${o.means}</dd>
<dt>${t.deadline}</dt><dd>${formatDue(o.deadline, language)}</dd>
<dt>${t.entity}</dt><dd>${ownersOf([o.ownerEntityCode], context)}</dd>
</dl>
</article>`;
}

type Section = VersionComparison['sections'][string];

/** What changed for this person since the version they were last asked about, in real wording. */
function changesView(context: Context): Html | '' {
  const { t, content } = context;
  const since = content.since;
  if (!since) return '';
  const objectives = since.comparison.sections.objectives ?? { added: [], removed: [], changed: [] };
  const scoped: Section = {
    added: objectives.added.filter((k) => inScope(content, k)),
    removed: objectives.removed.filter((k) => inScope(content, k)),
    changed: objectives.changed.filter((c) => inScope(content, c.key)),
  };
  const others = content.scope === 'whole'
    ? Object.entries(since.comparison.sections).filter(([name, s]) => name !== 'objectives' && s.added.length + s.removed.length + s.changed.length > 0).map(([name]) => name)
    : [];
  const nothing = scoped.added.length + scoped.removed.length + scoped.changed.length + others.length === 0;
  return html`<section class="changes" aria-labelledby="changes-heading">
<h2 id="changes-heading">${t.changesHeading(since.version)}</h2>
${nothing ? html`<p>${t.noChangesInScope}</p>` : html`<p>${t.changesIntro}</p>
${scoped.added.map((key) => changedItem(t.added, key, undefined, itemOf(content.snapshot, key), context))}
${scoped.removed.map((key) => changedItem(t.removed, key, itemOf(since.snapshot, key), undefined, context))}
${scoped.changed.map((c) => changedItem(t.changed, c.key, itemOf(since.snapshot, c.key), itemOf(content.snapshot, c.key), context, c.fields))}
${others.length === 0 ? '' : html`<p>${t.otherSections}${t.colon}${others.map((n) => t.sectionNames[n] ?? n).join(t.listSeparator)}.</p>`}`}
</section>`;
}

type AnyObjective = StrategicObjective | OperationalObjective;

function itemOf(snapshot: Snapshot, key: string): AnyObjective | undefined {
  return snapshot.kind === 'strategic' ? snapshot.objectives.find((o) => String(o.number) === key) : snapshot.objectives.find((o) => o.code === key);
}

const titleOf = (o: AnyObjective | undefined, key: string, t: DecisionContentCopy) =>
  (o && 'number' in o ? `${t.objective(o.number)} – ${o.title}` : o ? `${o.code} – ${o.statement}` : key);

/** The readable wording of one field of an objective, as the reader would compare it. */
function fieldText(o: AnyObjective, field: string, context: Context): string {
  const value = (o as Record<string, unknown>)[field];
  if (field === 'ambitions' && 'ambitions' in o) return o.ambitions.map((a) => `• ${a.text} (${a.ownerTags.join(', ')})`).join('\n');
  if (field === 'ownerEntityCodes' && 'ownerEntityCodes' in o) return ownersOf(o.ownerEntityCodes, context);
  if (field === 'ownerEntityCode' && 'ownerEntityCode' in o) return ownersOf([o.ownerEntityCode], context);
  if (field === 'deadline' && 'deadline' in o) return formatDue(o.deadline, context.language);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value ?? '');
}

const SHOWN_FIELDS = ['title', 'text', 'ownerEntityCodes', 'ambitions', 'statement', 'strategicObjectiveNumber', 'indicator', 'target', 'means', 'deadline', 'ownerEntityCode'];

function changedItem(what: string, key: string, before: AnyObjective | undefined, after: AnyObjective | undefined, context: Context, fields?: string[]): Html {
  const { t, lang } = context;
  const shown = fields ?? SHOWN_FIELDS.filter((f) => (after ?? before) && f in (after ?? before)!);
  const wording = (label: string, o: AnyObjective | undefined, field: string, cls: string) =>
    (o ? html`<div class="${cls}"><p class="subhead">${label}</p><div class="plan-text"${lang}>${paragraphs(fieldText(o, field, context))}</div></div>` : '');
  return html`<article class="change">
<h3><span class="change-kind">${what}</span>${t.colon}<span${lang}>${titleOf(after ?? before, key, t)}</span></h3>
${shown.map((field) => html`<h4>${t.fieldNames[field] ?? field}</h4>
<div class="wording">${wording(t.before, before, field, 'before')}${wording(t.after, after, field, 'after')}</div>`)}
</article>`;
}
