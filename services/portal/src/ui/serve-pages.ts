import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageSecurityHeadersFor } from './security-headers.js';

/** A page and its status. */
export interface PageResponse { status: number; page: string }

export const sendPage = (reply: FastifyReply, { status, page }: PageResponse) =>
  reply.code(status).type('text/html; charset=utf-8').send(page);

/**
 * Why a request failed, as its page tells the reader: too many requests (wait), a service or the
 * cycles' engine not answering now (503: what was sent may or may not be recorded, so look before
 * sending again), or a failure on Jalon's side (nothing was changed).
 */
export type PageFailure = 'too-many' | 'unavailable' | 'failure';

/** The page of a request that failed. */
export type ErrorPage = (request: FastifyRequest, failure: PageFailure) => string;

const failureOf = (status: number): PageFailure => (status === 429 ? 'too-many' : status === 503 ? 'unavailable' : 'failure');

type PageScope = Parameters<FastifyPluginAsyncZod>[0];

/**
 * Makes a plugin's scope serve pages to people: the pages' security headers; only what a browser's
 * form sends is read (JSON would be a second way in; a repeated field keeps its last value); and
 * whatever fails, the reader gets a page, never the JSON error the API routes answer with.
 */
export function servePages(app: PageScope, options: { bodyLimit: number; errorPage: ErrorPage; formTargets?: readonly string[] }) {
  app.addHook('onSend', pageSecurityHeadersFor(options.formTargets));
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: options.bodyLimit },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'page failed');
    return sendPage(reply, { status: status >= 400 ? status : 500, page: options.errorPage(request, failureOf(status)) });
  });
}

/** The fields of a posted form; a request without a body has none. */
export const formFields = z.record(z.string(), z.string()).default({});

