/**
 * The portal's only stylesheet, served from the portal itself since the pages' CSP allows nothing
 * inline: first what every page and the decision pages need. Colours keep a contrast of at least
 * 7:1 on white; focus is always visible.
 */
const decisionPagesCss = `
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 100%; line-height: 1.5; color: #1b1b1b; background: #ffffff; }
body { margin: 0; }
.banner { background: #1d3557; color: #ffffff; padding: 0.75rem 1rem; }
.brand { margin: 0; font-weight: 700; font-size: 1.25rem; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; }
section[lang] + section[lang] { border-top: 1px solid #595959; margin-top: 2rem; padding-top: 1rem; }
.meta { color: #3b3b3b; }
ul { padding-left: 1.25rem; }
li { margin: 0.25rem 0; }
fieldset.item { border: 2px solid #595959; border-radius: 4px; margin: 0 0 1.5rem; padding: 1rem; }
fieldset.item legend { font-weight: 700; padding: 0 0.25rem; }
fieldset.item.decided { border-style: dashed; }
.choice { display: flex; align-items: center; gap: 0.5rem; margin: 0.5rem 0; }
.choice input { width: 1.25rem; height: 1.25rem; margin: 0; }
label { font-weight: 600; }
.comment-label { display: block; margin-top: 1rem; }
.hint { margin: 0.25rem 0; color: #3b3b3b; }
textarea { display: block; width: 100%; min-height: 6rem; padding: 0.5rem; font: inherit; color: inherit; border: 2px solid #1b1b1b; border-radius: 4px; }
button { font: inherit; font-weight: 700; color: #ffffff; background: #1d3557; border: 2px solid #1d3557; border-radius: 4px; padding: 0.6rem 1.25rem; cursor: pointer; }
button:hover { background: #0b1f3a; }
a.button { display: inline-block; font-weight: 700; color: #ffffff; background: #1d3557; border: 2px solid #1d3557; border-radius: 4px; padding: 0.6rem 1.25rem; text-decoration: none; }
a.button:hover { background: #0b1f3a; }
button.secondary { color: #1d3557; background: #ffffff; }
button.secondary:hover { background: #eef2f7; }
a { color: #1d3557; }
:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
.error-summary { border: 3px solid #a4000f; padding: 1rem; margin-bottom: 1.5rem; }
.error-summary h2 { margin-top: 0; color: #a4000f; }
.error { color: #a4000f; font-weight: 700; margin: 0.25rem 0; }
[aria-invalid="true"] { border-color: #a4000f; }
.note { margin-top: 2rem; font-size: 0.95rem; color: #3b3b3b; }
dl.recap dt { font-weight: 700; margin-top: 0.75rem; }
dl.recap dd { margin: 0.25rem 0 0 0; }
blockquote { margin: 0.25rem 0; padding-left: 0.75rem; border-left: 4px solid #595959; white-space: pre-line; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.5rem; }
caption { text-align: left; font-weight: 700; padding: 0 0 0.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border: 1px solid #595959; }
thead th { background: #eef1f5; }
.table-scroll { overflow-x: auto; margin: 0 0 1.5rem; }
.table-scroll table { min-width: 60rem; margin: 0; }
.badge { display: inline-block; padding: 0 0.4rem; border: 2px solid currentColor; border-radius: 4px; font-weight: 700; }
.badge-approve, .badge-signed, .badge-active { color: #14532d; }
.badge-changes, .badge-withdrawn { color: #7a2e00; }
dl.plan-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.plan-facts dt { font-weight: 700; }
dl.plan-facts dd { margin: 0; }
code.hash { overflow-wrap: anywhere; }
ul.objectives, ul.plain { list-style: none; padding-left: 0; }
details.objective { border: 1px solid #595959; border-radius: 4px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
details.objective summary { cursor: pointer; font-weight: 600; }
.owners { display: block; font-weight: 400; color: #3b3b3b; }
.plan-text p { white-space: pre-line; }
/* The reference texts join words with no-break spaces (« 21. … », "5 000 €"): without this a paragraph is one unbreakable line that overflows its column. */
.plan-text, dl.smart dd, .wording > *, .decided-objective, .change h3, details.objective summary { overflow-wrap: anywhere; min-width: 0; }
.subhead { font-weight: 700; margin-bottom: 0.25rem; }
.compare-form .field { margin: 0.75rem 0; }
.compare-form label { display: block; }
select { font: inherit; color: inherit; padding: 0.4rem; border: 2px solid #1b1b1b; border-radius: 4px; background: #ffffff; }
.awaiting-budget { font-weight: 600; }
`;

/**
 * The signed-in pages' additions to the stylesheet: navigation, tables, badges. Text colours keep a
 * contrast of at least 7:1; state is never told by colour alone (every badge has its words).
 */
const signedInPagesCss = `
.skip-link { position: absolute; left: -999px; top: 0; background: #ffffff; color: #1d3557; padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { left: 1rem; top: 0.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.app-banner { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; }
.app-banner a { color: #ffffff; }
.app-banner .brand a { text-decoration: none; }
.nav { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
.nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.session { margin-left: auto; display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
.session .who { font-size: 0.95rem; }
.language-switch ul { display: flex; gap: 0.75rem; list-style: none; margin: 0; padding: 0; }
.language-switch a[aria-current="true"] { font-weight: 700; text-decoration: none; }
form.inline { display: inline; margin: 0; }
.link-button { background: transparent; border: 2px solid #ffffff; padding: 0.2rem 0.6rem; font-weight: 600; }
.link-button:hover { background: #0b1f3a; }
main.app { max-width: 72rem; }
table.data { border-collapse: collapse; width: 100%; margin: 0 0 1.5rem; }
table.data caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
table.data th, table.data td { text-align: left; vertical-align: top; border-bottom: 1px solid #595959; padding: 0.4rem 0.5rem; }
table.data thead th { border-bottom: 2px solid #1b1b1b; }
table.figures td.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.figures thead th { text-align: center; }
table.figures tbody th { min-width: 14rem; }
table.figures tr.figure-subtotal th, table.figures tr.figure-subtotal td, table.figures tr.figure-total th, table.figures tr.figure-total td { font-weight: 700; }
.figure-note { font-size: 0.9rem; }
.table-scroll:focus { outline: 3px solid #1d4ed8; outline-offset: 2px; }
tr.late th, tr.late td { background: #fff4e5; }
.badge { display: inline-block; white-space: nowrap; border: 2px solid #1b1b1b; border-radius: 4px; padding: 0 0.4rem; font-weight: 600; }
.badge-late { border-color: #8a1c1c; color: #8a1c1c; }
.badge-waiting { border-style: dashed; }
.notice { border-left: 6px solid #1d3557; background: #eef2f7; padding: 0.75rem 1rem; }
.inline-form { display: flex; flex-wrap: wrap; align-items: end; gap: 0.5rem 1rem; margin: 1rem 0 1.5rem; }
.inline-form h3 { flex-basis: 100%; margin: 0; }
.inline-form label { flex-basis: 100%; }
input[type="email"], input[type="date"], input[type="number"], select { font: inherit; padding: 0.4rem 0.5rem; border: 2px solid #1b1b1b; border-radius: 4px; }
input[type="email"] { display: block; width: 100%; max-width: 28rem; margin-bottom: 1rem; }
input[aria-invalid="true"] { border-color: #8a1c1c; border-width: 3px; }
section.cycle { border-top: 1px solid #595959; margin-top: 1.5rem; }
.field { margin: 0 0 1rem; }
.field label { display: block; }
.field input[type="text"] { display: block; width: 100%; font: inherit; padding: 0.4rem 0.5rem; border: 2px solid #1b1b1b; border-radius: 4px; }
.field select { max-width: 100%; }
.field-error { border-left: 4px solid #a4000f; padding-left: 0.75rem; }
textarea[aria-invalid="true"], select[aria-invalid="true"] { border-color: #8a1c1c; border-width: 3px; }
article.objective { border-top: 1px solid #595959; padding-top: 0.5rem; margin-top: 1rem; }
article.objective dt { font-weight: 600; }
.review-comments { border-left: 6px solid #8a4b00; background: #fff6e5; padding: 0.5rem 1rem; margin: 0.75rem 0; }
.review-comments h4 { margin: 0.25rem 0; }
.review-comments ul { list-style: none; padding: 0; margin: 0; }
.review-comments .who { margin: 0.25rem 0 0.5rem; color: #3b3b3b; }
.result-form { margin: 0.5rem 0 1rem; }
`;

/**
 * What a reviewer reads before deciding, the footer, the accessibility statement: text first,
 * old and new wording told apart by their labels and borders, never by colour alone.
 */
const readingCss = `
.decided-text h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
.decided-text h4, .change h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
.decided-objective { border-top: 1px solid #595959; padding-top: 0.5rem; margin-top: 1rem; }
dl.smart { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.smart dt { font-weight: 700; }
dl.smart dd { margin: 0; white-space: pre-line; }
.changes { border: 2px solid #1d3557; border-radius: 4px; padding: 0 1rem 1rem; margin: 1.5rem 0; }
.change h3 { font-size: 1.1rem; }
.change-kind { font-weight: 700; }
.wording { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.5rem 1rem; }
.wording .before { border-left: 4px dashed #595959; padding-left: 0.75rem; }
.wording .after { border-left: 4px solid #1d3557; padding-left: 0.75rem; }
.wording .plan-text p { white-space: pre-line; }
.plan-link { margin: 0.5rem 0 1rem; }
.site-footer { border-top: 1px solid #595959; padding: 1rem; text-align: center; }
.site-footer p { margin: 0; }
ul.languages { display: flex; gap: 1rem; list-style: none; padding: 0; }
address { font-style: normal; }
`;

/**
 * Progress, reports and exports: charts scale to the column and keep their proportions; figures in
 * tables align on the right; a chart and its table stay on one printed page.
 */
const insightCss = `
figure.chart { margin: 1rem 0 0.5rem; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
dl.checkpoints { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.badge-progress-late, .badge-progress-none, .badge-result-not_achieved { border-color: #8a1c1c; color: #8a1c1c; }
.badge-progress-none { border-style: dashed; }
@media print {
  .downloads { display: none; }
  figure.chart, table.chart-data, .trend { break-inside: avoid; }
  .badge-progress-late, .badge-progress-none, .badge-result-not_achieved { color: #000000; border-color: #000000; }
}
`;

/**
 * Printing a plan (or a decision page): the text, in black on white, without the navigation, the
 * forms or the buttons; each link followed by its full address, since paper cannot be clicked; the
 * priorities and the objectives on a new page; every folded objective printed open.
 */
const printCss = `
@media print {
  html { color: #000000; background: #ffffff; font-size: 11pt; }
  .banner, nav, .skip-link, .session, .site-footer, form, button, .compare-form, .note { display: none !important; }
  main, main.app { max-width: none; padding: 0; }
  a { color: #000000; text-decoration: underline; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.9em; overflow-wrap: anywhere; }
  a[href^="/"]::after { content: " (" var(--jalon-origin, "") attr(href) ")"; font-size: 0.9em; overflow-wrap: anywhere; }
  section[aria-labelledby="priorities-heading"], section[aria-labelledby="objectives-heading"] { break-before: page; }
  h1, h2, h3, h4, summary { break-after: avoid; }
  details.objective, .decided-objective, dl.risk-domain, tr { break-inside: avoid; }
  details.objective { border: 1px solid #000000; }
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; }
  .badge, .badge-late, .badge-approve, .badge-signed, .badge-active, .badge-changes, .badge-withdrawn { color: #000000; border-color: #000000; }
  tr.late th, tr.late td, thead th, .notice { background: #ffffff; }
  .owners, .meta, .hint { color: #000000; }
}
`;

/** A CSS string: the origin is configuration, quoted so that it cannot end the rule. */
const cssString = (text: string) => `"${text.replace(/["\\\n]/g, (c) => (c === '\n' ? '' : `\\${c}`))}"`;

/**
 * One file for every page, so a browser fetches it once. It names the portal's public origin, so
 * that a printed page shows the full address of each link.
 */
export const stylesheetFor = (publicOrigin: string) =>
  `:root { --jalon-origin: ${cssString(publicOrigin)}; }\n${decisionPagesCss}${signedInPagesCss}${readingCss}${insightCss}${printCss}`;
