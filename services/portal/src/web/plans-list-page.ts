import type { OperationalPlanSummary, StrategicPlanSummary } from '@jalon/contracts';
import { readerTextHtml } from '../ui/data-text.js';
import { html } from '../ui/html.js';
import type { PageLanguage } from '../ui/page-language.js';
import { webCopy } from '../ui/web-catalogue.js';

/** Every plan of the person's organisation, each opening the plan viewer. */
export function plansListContent(language: PageLanguage, strategic: StrategicPlanSummary[], operational: OperationalPlanSummary[]) {
  const t = webCopy[language].plans;
  const stage = (s: string) => webCopy[language].stages[s] ?? s.replaceAll('_', ' ');
  return html`<h1>${t.title}</h1>
<h2>${t.strategic}</h2>
<table class="data"><caption class="visually-hidden">${t.strategic}</caption>
<thead><tr><th scope="col">${t.plan}</th><th scope="col">${t.period}</th><th scope="col">${t.status}</th></tr></thead>
<tbody>${strategic.map((p) => html`<tr><th scope="row"><a href="/plans/strategic/${p.id}">${readerTextHtml(p.title, language)}</a></th><td>${p.period.from}–${p.period.to}</td><td>${stage(p.status)}</td></tr>`)}</tbody>
</table>
<h2>${t.operational}</h2>
<table class="data"><caption class="visually-hidden">${t.operational}</caption>
<thead><tr><th scope="col">${t.year}</th><th scope="col">${t.status}</th></tr></thead>
<tbody>${operational.map((p) => html`<tr><th scope="row"><a href="/plans/operational/${p.id}">${p.year}</a></th><td>${stage(p.status)}</td></tr>`)}</tbody>
</table>`;
}
