import { languageSchema, type Language } from '@jalon/contracts';
import type { RejectedAddress } from '@jalon/service-kit';
import type { FastifyRequest } from 'fastify';
import { copy } from '../ui/catalogue.js';
import { messagePage } from '../ui/layout.js';
import { securityHeaders } from '../ui/security-headers.js';
import { sendPage } from '../ui/serve-pages.js';
import { unknownLinkPage } from './outcome-page.js';

/**
 * The language a reader asked for before any link is known: the page's `lang` switch, else the
 * browser's first language Jalon speaks; undefined leaves the page in French, Dutch and German.
 */
function askedLanguage(request: FastifyRequest): Language | undefined {
  const lang = new URL(request.url, 'http://x').searchParams.get('lang');
  const asked = languageSchema.safeParse(lang);
  if (asked.success) return asked.data;
  const browser = (request.headers['accept-language'] ?? '').split(',').map((part) => part.trim().slice(0, 2).toLowerCase());
  return browser.map((l) => languageSchema.safeParse(l)).find((p) => p.success)?.data;
}

/**
 * An address the router refuses on the pages' listener (a token longer than any link's, a broken
 * escape): the page of an unknown link, as for a forged or truncated token, in the reader's language,
 * never Fastify's English 414 and never the address itself.
 */
export const refusedPageAddress: RejectedAddress = (request, reply) => {
  reply.headers(securityHeaders);
  const language = askedLanguage(request);
  if (!language) return sendPage(reply, unknownLinkPage());
  return sendPage(reply, { status: 404, page: messagePage(language, copy[language].unknown) });
};
