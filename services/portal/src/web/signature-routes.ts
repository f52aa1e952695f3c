import { uuidParam } from '@jalon/contracts';
import { HttpError } from '@jalon/service-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appLayout } from '../ui/app-layout.js';
import type { PageText } from '../ui/page-language.js';
import { refusalMessage } from '../ui/refusal-catalogue.js';
import { sendPage } from '../ui/serve-pages.js';
import { webCopy } from '../ui/web-catalogue.js';
import { frameOf, sessionFormOk, signedIn } from './guards.js';
import { signatureContent, type SignatureData } from './signature-page.js';
import { forbiddenWebPage } from './sign-in-pages.js';
import type { Viewer } from './viewer.js';
import type { WebContext } from './web-context.js';

const what: PageText = { fr: webCopy.fr.signature.what, nl: webCopy.nl.signature.what, de: webCopy.de.signature.what };
const planParams = z.object({ planId: uuidParam });
const signedQuery = z.object({ signed: z.coerce.number().int().min(1).optional() });
const signatureForm = z.object({ csrf: z.string().optional(), version: z.string().optional() }).default({});

/**
 * The Minister's cell signs the strategic plan here, and nowhere else: a person holding
 * `minister_cell` that day, in a session opened by signing in. Neither an e-mailed decision link nor
 * an access token reaches these routes (the pages take no bearer token, and the rule takes a
 * session only); the signer is the session's person, never a field of the form.
 */
export const signatureRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  const rule = web.rules.holding(['minister_cell'], what);

  async function render(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, status: number, extra: Pick<SignatureData, 'notice' | 'error'> = {}) {
    const awaiting = await web.strategic.awaitingSignature(viewer.person.organisationCode);
    const content = signatureContent(viewer.language, { awaiting, csrf: viewer.csrf, ...extra });
    return sendPage(reply, { status, page: appLayout(frameOf(request, viewer), webCopy[viewer.language].signature.title, content) });
  }

  /** The person of a session, and only of a session: what the access rule already required, checked again where it matters most. */
  async function sessionSigner(request: FastifyRequest, reply: FastifyReply): Promise<Viewer | undefined> {
    if (request.caller.kind !== 'person' || request.caller.via !== 'session') {
      const frame = frameOf(request);
      sendPage(reply, { status: 403, page: forbiddenWebPage(frame, what[frame.language]) });
      return undefined;
    }
    return signedIn(web, request, reply);
  }

  app.get('/signature', { config: rule, schema: { tags: ['pages'], summary: 'The strategic plans awaiting the Minister\'s signature, with the frozen version to sign (HTML)', querystring: signedQuery } }, async (request, reply) => {
    const viewer = await sessionSigner(request, reply);
    if (!viewer) return reply;
    const { signed } = request.query;
    return render(request, reply, viewer, 200, { notice: signed ? webCopy[viewer.language].signature.signed(signed) : undefined });
  });

  app.post('/signature/:planId', { config: rule, schema: { tags: ['pages'], summary: 'Sign the frozen version of a strategic plan (form)', params: planParams, body: signatureForm } }, async (request, reply) => {
    const viewer = await sessionSigner(request, reply);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const version = Number(request.body.version);
    const refused = (message = webCopy[viewer.language].signature.refused) => render(request, reply, viewer, 409, { error: message });
    if (!Number.isInteger(version) || version < 1) return refused();
    try {
      await web.strategic.sign(viewer.person.organisationCode, request.params.planId, { personId: viewer.person.id, version, signedAt: new Date().toISOString() });
    } catch (error) {
      if (!(error instanceof HttpError) || error.statusCode >= 500) throw error;
      request.log.warn({ planId: request.params.planId, version, by: viewer.person.id, reason: error.message }, 'signature refused');
      return refused(refusalMessage(error, viewer.language));
    }
    request.log.info({ planId: request.params.planId, version, by: viewer.person.id }, 'strategic plan signed');
    return reply.redirect(`/signature?signed=${version}`, 303);
  });
};
