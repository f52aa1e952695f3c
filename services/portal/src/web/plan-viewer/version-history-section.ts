import type { VersionComparison } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import { planViewerCopy } from '../../ui/plan-viewer-catalogue.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { dateTimeTag, formatDateTime } from './format.js';
import { actorName, type NameOf } from '../people-names.js';
import { hashCode } from './markup.js';

export type PlanVersionSummary = VersionComparison['from'];

/**
 * The frozen versions, newest first, and a plain GET form to compare two of them: it works
 * without script, and the comparison has an address that can be bookmarked or sent.
 */
export function versionHistorySection(versions: readonly PlanVersionSummary[], basePath: string, language: PageLanguage, nameOf: NameOf = actorName(new Map(), language)): Html {
  const t = planViewerCopy[language].versions;
  const newestFirst = [...versions].sort((a, b) => b.number - a.number);
  const rows = newestFirst.map((v) => html`<tr>
<th scope="row">${v.number}</th>
<td>${dateTimeTag(v.createdAt, language)}</td>
<td>${nameOf(v.createdBy)}</td>
<td>${hashCode(v.sha256)}</td>
</tr>`);
  return html`<section aria-labelledby="versions-heading">
<h2 id="versions-heading">${t.heading}</h2>
${newestFirst.length === 0 ? html`<p>${t.empty}</p>` : html`<table>
<caption>${t.caption}</caption>
<thead><tr><th scope="col">${t.columns.number}</th><th scope="col">${t.columns.date}</th><th scope="col">${t.columns.who}</th><th scope="col">${t.columns.hash}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`}
${compareForm(newestFirst, basePath, language)}
</section>`;
}

function compareForm(newestFirst: readonly PlanVersionSummary[], basePath: string, language: PageLanguage): Html | '' {
  const t = planViewerCopy[language].versions;
  if (newestFirst.length === 0) return '';
  if (newestFirst.length < 2) return html`<p>${t.compareNeedsTwo}</p>`;
  // The usual question is "what changed in the latest version", so that pair is preselected.
  const [latest, previous] = newestFirst as [PlanVersionSummary, PlanVersionSummary];
  const options = (selected: number) => newestFirst.map((v) =>
    html`<option value="${v.number}"${v.number === selected ? html` selected` : ''}>${t.option(v.number, formatDateTime(v.createdAt, language))}</option>`);
  return html`<h3 id="compare-heading">${t.compareHeading}</h3>
<form method="get" action="${basePath}/compare" class="compare-form" aria-labelledby="compare-heading">
<p>${t.compareIntro}</p>
<div class="field"><label for="compare-from">${t.from}</label>
<select id="compare-from" name="from">${options(previous.number)}</select></div>
<div class="field"><label for="compare-to">${t.to}</label>
<select id="compare-to" name="to">${options(latest.number)}</select></div>
<button type="submit">${t.compare}</button>
</form>`;
}
