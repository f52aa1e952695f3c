/**
 * The signed-in pages' additions to the stylesheet: navigation, tables, badges. Text colours keep a
 * contrast of at least 7:1; state is never told by colour alone (every badge has its words).
 */
export const webCss = `
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
form.inline { display: inline; margin: 0; }
.link-button { background: transparent; border: 2px solid #ffffff; padding: 0.2rem 0.6rem; font-weight: 600; }
.link-button:hover { background: #0b1f3a; }
main.app { max-width: 72rem; }
table.data { border-collapse: collapse; width: 100%; margin: 0 0 1.5rem; }
table.data caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
table.data th, table.data td { text-align: left; vertical-align: top; border-bottom: 1px solid #595959; padding: 0.4rem 0.5rem; }
table.data thead th { border-bottom: 2px solid #1b1b1b; }
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
`;
