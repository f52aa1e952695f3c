import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { html } from '../ui/html.js';
import { layout } from '../ui/layout.js';
import { notFoundCopy } from '../ui/not-found-catalogue.js';
import { securityHeaders } from '../ui/security-headers.js';
import { sendPage } from '../ui/serve-pages.js';
import { languageOf } from './viewer.js';

const askedLanguage = z.object({ lang: z.enum(['fr', 'nl', 'de']).optional() });

/** An address no page serves: a page in the reader's language (`?lang=`, else their chosen language), never the API's JSON. */
export function notFoundPage(request: FastifyRequest, reply: FastifyReply) {
  reply.headers(securityHeaders);
  const asked = askedLanguage.safeParse(request.query);
  const language = (asked.success ? asked.data.lang : undefined) ?? languageOf(request);
  const t = notFoundCopy[language];
  return sendPage(reply, { status: 404, page: layout(language, t.title, html`<h1>${t.title}</h1>
<p>${t.body}</p>
<p><a href="/">${t.home}</a></p>`) });
}
