import type { BudgetTable, PlanFigures, StaffFigures } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { figuresCopy, type FiguresCopy } from './figures-catalogue.js';
import { breakable, textLang } from './markup.js';
import { DEFAULT_TEXT_LANGUAGE } from './plan-view-options.js';

interface Column { id: string; label: string }
interface Group { id: string; label: Html | string; columns: Column[] }
interface Row { id: string; label: Html; kind: string; cells: string[] }

/**
 * The plan's staff (7.1) and budget (7.2) tables. Each has a caption, column headers by year and
 * measure, and a row header per line; every cell names its three headers (`headers`), so a screen
 * reader says "Office des étrangers, 2022, Total: 1 220,06" however it walks the grid. Numbers are
 * formatted in the reader's locale from their exact decimal text.
 */
export function figuresSection(figures: PlanFigures | undefined, language: PageLanguage): Html {
  if (!figures) return html``;
  const t = figuresCopy[language];
  const lang = textLang(DEFAULT_TEXT_LANGUAGE, language);
  return html`<section aria-labelledby="staff-heading">
<h2 id="staff-heading">${t.staff.heading}</h2>
${figures.staff ? staffTable(figures.staff, t, lang) : html`<p>${t.staff.none}</p>`}
</section>
<section aria-labelledby="budget-heading">
<h2 id="budget-heading">${t.budget.heading}</h2>
${figures.budget.length === 0 ? html`<p>${t.budget.none}</p>` : figures.budget.map((b) => budgetTable(b, t, lang))}
</section>`;
}

function staffTable(staff: StaffFigures, t: FiguresCopy, lang: Html | ''): Html {
  const number = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 20 });
  const groups: Group[] = staff.years.map((y) => ({
    id: `fig-staff-${y.year}`,
    label: html`<span${lang}>${y.label}</span>`,
    columns: (['mandateHolders', 'statutory', 'contractual', 'total'] as const).map((m) => ({ id: `fig-staff-${y.year}-${m}`, label: t.staff[m] })),
  }));
  const rows: Row[] = staff.rows.map((r) => ({
    id: `fig-staff-r${r.position}`,
    label: html`<span${lang}>${breakable(r.label)}</span>`,
    kind: r.kind,
    cells: staff.years.flatMap((y) => {
      const v = r.values.find((x) => x.year === y.year);
      return v ? [v.mandateHolders, v.statutory, v.contractual, v.total].map((d) => number.format(d as `${number}`)) : ['', '', '', ''];
    }),
  }));
  const footnote = staff.footnote ? html`<p class="figure-note">${t.staff.footnote}${'\u00a0'}: <span${lang}>${staff.footnote}</span></p>` : '';
  return html`${grid('fig-staff', t.staff.caption, t.staff.rowHeader, groups, rows, t)}${footnote}`;
}

function budgetTable(table: BudgetTable, t: FiguresCopy, lang: Html | ''): Html {
  const number = new Intl.NumberFormat(t.locale);
  const prefix = `fig-${table.code.toLowerCase()}`;
  const groups: Group[] = table.years.map((y) => ({
    id: `${prefix}-${y.year}`,
    label: html`<span${lang}>${breakable(y.label)}</span>`,
    columns: [{ id: `${prefix}-${y.year}-ce`, label: t.budget.ce }, { id: `${prefix}-${y.year}-cl`, label: t.budget.cl }],
  }));
  const rows: Row[] = table.rows.map((r) => ({
    id: `${prefix}-r${r.position}`,
    label: html`<span${lang}>${breakable(r.label)}</span>${r.note ? html` <span class="figure-note"${lang}>(${breakable(r.note)})</span>` : ''}`,
    kind: r.kind,
    cells: table.years.flatMap((y) => {
      const a = r.amounts.find((x) => x.year === y.year);
      return a ? [number.format(a.ce), number.format(a.cl)] : ['', ''];
    }),
  }));
  const caption = t.budget.caption(table.title ?? table.code, table.code);
  const scope = table.scopeNote ? html`<p class="figure-note">${t.budget.scope}${'\u00a0'}: <span${lang}>${table.scopeNote}</span></p>` : '';
  return html`${grid(prefix, caption, t.budget.rowHeader, groups, rows, t)}${scope}`;
}

function grid(prefix: string, caption: string, rowHeader: string, groups: Group[], rows: Row[], t: FiguresCopy): Html {
  const columns = groups.flatMap((g) => g.columns.map((c) => ({ group: g.id, id: c.id })));
  return html`<div class="table-scroll" role="region" aria-label="${t.scrollRegion(caption)}" tabindex="0">
<table class="data figures" id="${prefix}">
<caption>${caption}</caption>
<thead>
<tr><th scope="col" rowspan="2" id="${prefix}-label">${rowHeader}</th>${groups.map((g) => html`<th scope="colgroup" colspan="${g.columns.length}" id="${g.id}">${g.label}</th>`)}</tr>
<tr>${groups.flatMap((g) => g.columns.map((c) => html`<th scope="col" id="${c.id}" headers="${g.id}">${c.label}</th>`))}</tr>
</thead>
<tbody>
${rows.map((r) => html`<tr class="figure-${r.kind}"><th scope="row" id="${r.id}" headers="${prefix}-label">${r.label}</th>${r.cells.map((cell, i) => html`<td class="number" headers="${r.id} ${columns[i]?.group ?? ''} ${columns[i]?.id ?? ''}">${cell}</td>`)}</tr>`)}
</tbody>
</table>
</div>`;
}
