import type { Language } from '@jalon/contracts';
import { copy, nationalLanguages, type Copy, type Message } from './catalogue.js';
import { frameCopy, statementLanguageOf } from './accessibility-catalogue.js';
import { html, type Html } from './html.js';
import { languageSwitch } from './language-switch.js';

export const STYLESHEET_PATH = '/assets/portal.css';
/** The accessibility statement, which every page's footer links to. */
export const ACCESSIBILITY_PATH = '/accessibility';

/** What every page shares around its banner and content: no script, one same-origin stylesheet, not indexed. */
export function documentFrame(language: Language, title: string, body: Html): string {
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} – Jalon</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
${body}
<footer class="site-footer"><p><a href="${ACCESSIBILITY_PATH}?lang=${statementLanguageOf(language)}">${frameCopy[language].statement}</a></p></footer>
</body>
</html>
`.value;
}

/** The frame of the decision pages: the banner, with the language switch when the page can change language. */
export function layout(language: Language, title: string, content: Html, switchable = false): string {
  return documentFrame(language, title, html`<a class="skip-link" href="#content">${frameCopy[language].skip}</a>
<header class="banner app-banner"><p class="brand">Jalon</p>${switchable ? html`<div class="session">${languageSwitch(language, (l) => `?lang=${l}`)}</div>` : ''}</header>
<main id="content" tabindex="-1">
${content}
</main>`);
}

/** A page that only says something: what happened, and what to do next. */
export function messagePage(language: Language, message: Message, extra?: Html): string {
  return layout(language, message.title, html`<h1>${message.title}</h1>
<p>${message.body}</p>
${extra}`);
}

/** For a reader we do not know yet (unknown link, too many requests): French, Dutch and German, side by side. */
export function multilingualPage(pick: (c: Copy) => Message): string {
  const [first] = nationalLanguages;
  const title = nationalLanguages.map((l) => pick(copy[l]).title).join(' / ');
  return layout(first, title, html`${nationalLanguages.map((l) => html`<section lang="${l}">
<h1>${pick(copy[l]).title}</h1>
<p>${pick(copy[l]).body}</p>
</section>
`)}`);
}
