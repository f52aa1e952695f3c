import type { AwaitingSignature } from '../cycles/strategic-gateway.js';
import { readerTextHtml } from '../ui/data-text.js';
import { html } from '../ui/html.js';
import type { PageLanguage } from '../ui/page-language.js';
import { webCopy } from '../ui/web-catalogue.js';

export interface SignatureData {
  awaiting: AwaitingSignature[];
  csrf: string;
  notice?: string | undefined;
  error?: string | undefined;
}

/**
 * The Minister's cell's page: each strategic plan awaiting its signature, with the frozen version's
 * number and SHA-256 (what is signed is exactly that content), and the form that signs it.
 */
export function signatureContent(language: PageLanguage, d: SignatureData) {
  const t = webCopy[language].signature;
  const plans = d.awaiting.map(({ plan, version }) => html`<section class="cycle" aria-labelledby="plan-${plan.id}">
<h2 id="plan-${plan.id}">${readerTextHtml(plan.title, language)}</h2>
<dl class="plan-facts">
<dt>${t.period}</dt><dd>${plan.period.from}–${plan.period.to}</dd>
<dt>${t.version}</dt><dd>v${version.number}</dd>
<dt>${t.sha256}</dt><dd><code class="hash">${version.sha256}</code></dd>
</dl>
<p><a href="/plans/strategic/${plan.id}">${t.view}</a></p>
<form method="post" action="/signature/${plan.id}" class="inline-form">
<input type="hidden" name="csrf" value="${d.csrf}">
<input type="hidden" name="version" value="${version.number}">
<button type="submit">${t.sign(version.number)}</button>
</form>
</section>`);
  return html`${d.error ? html`<div class="error-summary" role="alert" aria-labelledby="error-title">
<h2 id="error-title">${webCopy[language].error}</h2>
<p>${d.error}</p>
</div>` : ''}
${d.notice ? html`<p class="notice" role="status">${d.notice}</p>` : ''}
<h1>${t.title}</h1>
${d.awaiting.length === 0 ? html`<p>${t.none}</p>` : html`<p>${t.intro}</p>${plans}`}`;
}
