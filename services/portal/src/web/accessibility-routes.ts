import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { anyone } from '../auth/page-rules.js';
import { statementCopy, type StatementLanguage } from '../ui/accessibility-catalogue.js';
import { formatDue } from '../ui/catalogue.js';
import { html } from '../ui/html.js';
import { ACCESSIBILITY_PATH, layout } from '../ui/layout.js';
import { sendPage } from '../ui/serve-pages.js';
import { languageOf } from './viewer.js';

/** When the statement was prepared and last reviewed (update both with each review). */
const PREPARED_ON = '2026-12-02';
const REVIEWED_ON = '2026-12-02';

const statementLanguages = ['fr', 'nl', 'de'] as const satisfies readonly StatementLanguage[];

export interface AccessibilityOptions {
  /** the portal's public address, named in the statement's scope */
  publicBaseUrl: string;
  /** where feedback goes (ACCESSIBILITY_CONTACT); without it, the organisation's President's office */
  contact?: string | undefined;
}

/**
 * The accessibility statement Belgian public bodies must publish, open to anyone (a person who
 * cannot sign in must be able to read it and complain), in French, Dutch and German.
 */
export const accessibilityRoutes: FastifyPluginAsyncZod<AccessibilityOptions> = async (app, options) => {
  app.get(ACCESSIBILITY_PATH, {
    config: anyone,
    schema: {
      tags: ['pages'], summary: 'The accessibility statement (HTML), in the language asked (`lang`: fr, nl, de) or the reader\'s',
      querystring: z.object({ lang: z.enum(statementLanguages).optional() }),
    },
  }, async (request, reply) => {
    const language = request.query.lang ?? languageOf(request);
    return sendPage(reply, { status: 200, page: statementPage(language, options) });
  });
};

function statementPage(language: StatementLanguage, { publicBaseUrl, contact }: AccessibilityOptions): string {
  const t = statementCopy[language];
  const others = statementLanguages.filter((l) => l !== language);
  return layout(language, t.title, html`<h1>${t.title}</h1>
<nav aria-label="${t.otherLanguages}"><ul class="languages">${others.map((l) => html`<li><a href="${ACCESSIBILITY_PATH}?lang=${l}" lang="${l}" hreflang="${l}">${t.languageNames[l]}</a></li>`)}</ul></nav>
<p>${t.commitment}</p>
<p>${t.scope(publicBaseUrl)}</p>
<h2>${t.statusHeading}</h2>
<p>${t.status}</p>
<h2>${t.nonAccessibleHeading}</h2>
<p>${t.nonAccessibleIntro}</p>
<ul>${t.nonCompliance.map((item) => html`<li>${item}</li>`)}</ul>
<p>${t.burden}</p>
<h2>${t.preparationHeading}</h2>
<p>${t.preparedOn(formatDue(PREPARED_ON, language))}</p>
<p>${t.method}</p>
<p>${t.reviewedOn(formatDue(REVIEWED_ON, language))}</p>
<h2>${t.feedbackHeading}</h2>
<p>${t.feedback}</p>
<p>${contact ? html`${t.contactAt} <a href="mailto:${contact}">${contact}</a>` : t.contactFallback}</p>
<h2>${t.enforcementHeading}</h2>
<p>${t.enforcement}</p>
<address>${t.ombudsman.name}<br>${t.ombudsman.address}<br>${t.ombudsman.phone}<br><a href="${t.ombudsman.website}">${t.ombudsman.website}</a></address>`);
}
