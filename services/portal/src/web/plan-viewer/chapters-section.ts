import { channelName, timingName, type PlanChapter, type StrategicPlan } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { chaptersCopy } from './chapters-catalogue.js';
import { breakable, paragraphs, textLang } from './markup.js';
import { DEFAULT_TEXT_LANGUAGE } from './plan-view-options.js';

/** The plan's chapters of running text (mission, environment, vision, values), each under its own heading. */
export function chaptersSection(chapters: readonly PlanChapter[] | undefined, language: PageLanguage): Html {
  if (!chapters || chapters.length === 0) return html``;
  const t = chaptersCopy[language];
  const lang = textLang(DEFAULT_TEXT_LANGUAGE, language);
  return html`${[...chapters].sort((a, b) => a.number - b.number).map((c) => html`<section aria-labelledby="chapter-${c.number}-heading">
<h2 id="chapter-${c.number}-heading">${t.chapter(c.number)} – <span${lang}>${breakable(c.title)}</span></h2>
<div class="plan-text"${lang}>${paragraphs(c.text)}</div>
</section>`)}`;
}


/** The communication plan (7.3): who is told what, when, through which channels and with which material. */
export function communicationSection(items: StrategicPlan['communicationPlan'], language: PageLanguage): Html {
  const t = chaptersCopy[language].communication;
  const lang = textLang(DEFAULT_TEXT_LANGUAGE, language);
  const lines = (text: string) => text.split('\n').map((line, i) => html`${i === 0 ? '' : html`<br>`}${breakable(line)}`);
  return html`<section aria-labelledby="communication-heading">
<h2 id="communication-heading">${t.heading}</h2>
${items.length === 0 ? html`<p>${t.none}</p>` : html`<div class="table-scroll" role="region" aria-labelledby="communication-caption" tabindex="0">
<table class="data">
<caption id="communication-caption">${t.caption}</caption>
<thead><tr><th scope="col">${t.targetGroup}</th><th scope="col">${t.timing}</th><th scope="col">${t.message}</th><th scope="col">${t.channels}</th><th scope="col">${t.material}</th></tr></thead>
<tbody>
${items.map((c) => html`<tr><th scope="row"><span${lang}>${breakable(c.targetGroup)}</span></th>
<td>${timingName(t, c.timing)}</td>
<td${lang}>${lines(c.message)}</td>
<td>${c.channels.map((ch) => channelName(t, ch)).join(', ')}</td>
<td${lang}>${breakable(c.material)}</td></tr>`)}
</tbody>
</table>
</div>`}
</section>`;
}
