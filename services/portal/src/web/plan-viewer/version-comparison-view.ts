import type { VersionComparison } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import { planViewerCopy } from '../../ui/plan-viewer-catalogue.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { dateTimeTag } from './format.js';
import { actorName, type NameOf } from '../people-names.js';
import { hashCode, joinHtml } from './markup.js';
import type { PlanVersionSummary } from './version-history-section.js';

type Section = VersionComparison['sections'][string];

/** The plan's order of sections; a section the viewer does not know yet comes after, by name. */
const sectionOrder = ['priorities', 'objectives', 'riskDomains', 'addenda', 'communicationPlan', 'projects'];

/**
 * The content of the comparison page (inside <main>): per section, the items added, removed and
 * changed, with the changed fields named in the reader's language.
 */
export function versionComparisonView(comparison: VersionComparison, language: PageLanguage, nameOf: NameOf = actorName(new Map(), language)): Html {
  const t = planViewerCopy[language].comparison;
  const names = Object.keys(comparison.sections).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const changed = names.filter((name) => !isEmpty(comparison.sections[name]!));
  const unchanged = names.filter((name) => isEmpty(comparison.sections[name]!));
  // Trust the lists over the flag: a page that says "no difference" must never hide one.
  const identical = comparison.planFields.length === 0 && changed.length === 0;
  return html`<h1>${t.title(comparison.from.number, comparison.to.number)}</h1>
<dl class="plan-facts">
${versionFacts(comparison.from, language, nameOf)}
${versionFacts(comparison.to, language, nameOf)}
</dl>
${identical ? html`<p class="no-difference">${t.identical}</p>` : html`${planFields(comparison.planFields, language)}
${changed.map((name) => section(name, comparison.sections[name]!, language))}
${unchanged.length === 0 ? '' : html`<p>${t.unchangedSections}${planViewerCopy[language].colon}${joinHtml(unchanged.map((n) => sectionName(n, language)), planViewerCopy[language].listSeparator)}.</p>`}`}`;
}

const rank = (name: string) => (sectionOrder.includes(name) ? sectionOrder.indexOf(name) : sectionOrder.length);
const isEmpty = (s: Section) => s.added.length + s.removed.length + s.changed.length === 0;

function versionFacts(v: PlanVersionSummary, language: PageLanguage, nameOf: NameOf): Html {
  const t = planViewerCopy[language].comparison;
  return html`<dt>${t.versionLine(v.number)}</dt><dd>${dateTimeTag(v.createdAt, language)} ${t.createdBy} ${nameOf(v.createdBy)} (${hashCode(v.sha256)})</dd>`;
}

function planFields(fields: string[], language: PageLanguage): Html | '' {
  if (fields.length === 0) return '';
  const t = planViewerCopy[language].comparison;
  return html`<h2>${t.planFieldsHeading}</h2>
<ul>${fields.map((f) => html`<li>${fieldName(f, language)}</li>`)}</ul>`;
}

function section(name: string, s: Section, language: PageLanguage): Html {
  const { comparison: t, colon, listSeparator } = planViewerCopy[language];
  const item = (key: string) => t.items[name]?.(key) ?? key;
  const list = (heading: string, entries: Html[]) => (entries.length === 0 ? '' : html`<h3>${heading}</h3>
<ul>${entries.map((e) => html`<li>${e}</li>`)}</ul>`);
  return html`<h2>${sectionName(name, language)}</h2>
${list(t.added, s.added.map((k) => html`${item(k)}`))}
${list(t.removed, s.removed.map((k) => html`${item(k)}`))}
${list(t.changed, s.changed.map((c) => html`${item(c.key)}${colon}${joinHtml(c.fields.map((f) => fieldName(f, language)), listSeparator)}`))}`;
}

/** Names the viewer has no words for are shown as they are, marked as code. */
function sectionName(name: string, language: PageLanguage): Html {
  const label = planViewerCopy[language].comparison.sections[name];
  return label ? html`${label}` : html`<code>${name}</code>`;
}

function fieldName(name: string, language: PageLanguage): Html {
  const label = planViewerCopy[language].comparison.fields[name];
  return label ? html`${label}` : html`<code>${name}</code>`;
}
