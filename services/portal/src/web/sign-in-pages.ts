import { appLayout, type PageFrame } from '../ui/app-layout.js';
import { html } from '../ui/html.js';
import { webCopy } from '../ui/web-catalogue.js';

export interface SignInChoices {
  next: string;
  /** the organisation's provider is offered, first */
  provider: boolean;
  /** the e-mailed link is offered too, with the form's anti-forgery value */
  emailForm?: { csrf: string; email?: string; error?: string } | undefined;
  notice?: string | undefined;
}

/** The sign-in page: the organisation's provider first, then, when it is on, a link by e-mail. */
export function signInPage(frame: PageFrame, choices: SignInChoices): string {
  const t = webCopy[frame.language].signIn;
  const form = choices.emailForm;
  const providerPart = choices.provider ? html`<p>${t.providerIntro}</p>
<p><a class="button" href="/sign-in/provider?next=${encodeURIComponent(choices.next)}">${t.provider}</a></p>` : '';
  const emailPart = form ? html`${choices.provider ? html`<h2>${t.emailTitle}</h2>` : ''}
<p>${t.intro}</p>
<form method="post" action="/sign-in" novalidate>
<input type="hidden" name="csrf" value="${form.csrf}">
<input type="hidden" name="next" value="${choices.next}">
<label for="email">${t.email}</label>
<p class="hint" id="email-hint">${t.emailHint}</p>
${form.error ? html`<p class="error" id="email-error">${form.error}</p>` : ''}
<input type="email" id="email" name="email" autocomplete="email" required spellcheck="false" value="${form.email ?? ''}" aria-describedby="email-hint${form.error ? ' email-error' : ''}"${form.error ? html` aria-invalid="true"` : ''}>
<button type="submit"${choices.provider ? html` class="secondary"` : ''}>${t.submit}</button>
</form>` : '';
  return appLayout(frame, t.title, html`${form?.error ? html`<div class="error-summary" role="alert" aria-labelledby="error-title">
<h2 id="error-title">${webCopy[frame.language].error}</h2>
<ul><li><a href="#email">${form.error}</a></li></ul>
</div>` : ''}
${choices.notice ? html`<p class="notice" role="status">${choices.notice}</p>` : ''}
<h1>${t.title}</h1>
${providerPart}
${emailPart}`);
}

export function signInSentPage(frame: PageFrame): string {
  const t = webCopy[frame.language].signIn;
  return appLayout(frame, t.sentTitle, html`<h1>${t.sentTitle}</h1><p role="status">${t.sent}</p>`);
}

export function confirmSignInPage(frame: PageFrame, name: string, csrf: string): string {
  const t = webCopy[frame.language].signIn;
  return appLayout(frame, t.confirmTitle, html`<h1>${t.confirmTitle}</h1>
<p>${t.confirm(name)}</p>
<form method="post">
<input type="hidden" name="csrf" value="${csrf}">
<button type="submit">${t.confirmButton}</button>
</form>`);
}

export function invalidSignInPage(frame: PageFrame): string {
  const t = webCopy[frame.language].signIn;
  return appLayout(frame, t.invalidTitle, html`<h1>${t.invalidTitle}</h1><p>${t.invalid}</p><p><a href="/sign-in">${t.again}</a></p>`);
}

export function forbiddenWebPage(frame: PageFrame, what: string): string {
  const t = webCopy[frame.language].forbidden;
  return appLayout(frame, t.title, html`<h1>${t.title}</h1><p>${t.body(what)}</p>`);
}

export function formExpiredPage(frame: PageFrame): string {
  const t = webCopy[frame.language].formExpired;
  return appLayout(frame, t.title, html`<h1>${t.title}</h1><p>${t.body}</p>`);
}
