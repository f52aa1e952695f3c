import { publisherRoles, uuidParam } from '@jalon/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { anyone } from '../../auth/page-rules.js';
import { pageLanguageSchema, pageText, type PageLanguage } from '../../ui/page-language.js';
import { sendPage } from '../../ui/serve-pages.js';
import { sessionFormOk, signedIn } from '../guards.js';
import { languageOf, type Viewer } from '../viewer.js';
import type { WebContext } from '../web-context.js';
import { publicationCopy } from './publication-catalogue.js';
import { publicationPage, titleIn, type Publishable } from './publication-page.js';
import { PublicationRefusal, type Publications } from './publications.js';

const orgParams = z.object({ org: z.string().min(1).max(100) });
const versionParams = orgParams.extend({ kind: z.enum(['strategic', 'operational']), planId: uuidParam, number: z.coerce.number().int().min(1) });
const fileParams = versionParams.extend({ file: z.enum(['document.pdf', 'canonical.json']) });
const pageQuery = z.object({ lang: pageLanguageSchema.optional(), published: z.literal('1').optional() });
const publishForm = z.object({ csrf: z.string().optional() }).default({});

/**
 * The organisation's public page of published plans (anyone, no sign-in), its files served byte for
 * byte as the plans service keeps them, and the communication plan's "Publier" (the organisation's
 * President's office or communicator, in a session, with the session's anti-forgery value).
 */
export const publicationRoutes: FastifyPluginAsyncZod<{ web: WebContext; publications: Publications }> = async (app, { web, publications }) => {
  const publisherRule = web.rules.holding(publisherRoles, pageText((l) => publicationCopy[l].what));

  /** The versions the organisation's publishers may still publish. */
  async function publishable(org: string, language: PageLanguage, publishedKeys: Set<string>): Promise<Publishable[]> {
    const [strategic, operational] = await Promise.all([web.plans.strategicPlans(org), web.plans.operationalPlans(org)]);
    const candidates: Publishable[] = [
      ...(strategic ?? []).filter((p) => p.signedVersion !== null).map((p) => ({ kind: 'strategic' as const, planId: p.id, number: p.signedVersion!, name: titleIn(p.title, language) })),
      ...(operational ?? []).filter((p) => p.transmittedVersion !== null).map((p) => ({ kind: 'operational' as const, planId: p.id, number: p.transmittedVersion!, name: { text: publicationCopy[language].operationalPlan(p.year), lang: undefined } })),
    ];
    return candidates.filter((c) => !publishedKeys.has(`${c.kind}/${c.planId}/${c.number}`));
  }

  async function render(request: FastifyRequest, reply: FastifyReply, org: string, language: PageLanguage, status: number, viewer: Viewer | undefined, extra: { notice?: string; error?: string } = {}) {
    const [organisation, published] = await Promise.all([web.plans.organisation(org), publications.list(org)]);
    if (!organisation || !published) return reply.callNotFound();
    const isPublisher = viewer !== undefined && viewer.isPublisher && viewer.person.organisationCode === org;
    const keys = new Set(published.map((p) => `${p.kind}/${p.planId}/${p.number}`));
    const page = publicationPage(language, {
      organisationCode: org, organisationName: language === 'nl' ? organisation.name.nl : language === 'de' ? organisation.name.de ?? organisation.name.fr : organisation.name.fr,
      published, ...extra,
      publisher: isPublisher ? { csrf: viewer.csrf, publishable: await publishable(org, language, keys) } : undefined,
    });
    return sendPage(reply, { status, page });
  }

  app.get('/publication/:org', {
    config: anyone,
    schema: { tags: ['pages'], summary: 'The organisation\'s published plans with their PDF, canonical JSON and the SHA-256 of each (HTML, no sign-in)', params: orgParams, querystring: pageQuery },
  }, async (request, reply) => {
    const viewer = await web.viewer(request);
    const language = request.query.lang ?? viewer?.language ?? languageOf(request);
    return render(request, reply, request.params.org, language, 200, viewer, request.query.published ? { notice: publicationCopy[language].published } : {});
  });

  app.get('/publication/:org/:kind/:planId/:number/:file', {
    config: anyone,
    schema: { tags: ['pages'], summary: 'A published version\'s PDF or canonical JSON, the very bytes whose SHA-256 the page shows', params: fileParams },
  }, async (request, reply) => {
    const { org, kind, planId, number, file } = request.params;
    const listed = (await publications.list(org))?.some((p) => p.kind === kind && p.planId === planId && p.number === number);
    const bytes = listed ? await publications.file(kind, planId, number, file) : undefined;
    if (!bytes) return reply.callNotFound();
    const type = file === 'document.pdf' ? 'application/pdf' : 'application/json; charset=utf-8';
    return reply.type(type).header('content-disposition', `inline; filename="${org}-${kind}-plan-version-${number}.${file === 'document.pdf' ? 'pdf' : 'json'}"`).send(bytes);
  });

  app.post('/publication/:org/:kind/:planId/:number', {
    config: publisherRule,
    schema: { tags: ['pages'], summary: 'Publish the signed / transmitted version (the President\'s office or a communicator; form)', params: versionParams, body: publishForm },
  }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const { org, kind, planId, number } = request.params;
    const t = publicationCopy[viewer.language];
    if (viewer.person.organisationCode !== org) return render(request, reply, org, viewer.language, 403, viewer, { error: t.refused });
    try {
      await publications.publish(viewer.person.id, kind, planId, number);
    } catch (error) {
      if (!(error instanceof PublicationRefusal)) throw error;
      request.log.warn({ kind, planId, number, code: error.code }, 'publication refused');
      return render(request, reply, org, viewer.language, 409, viewer, { error: error.code === 'publication.not_final' ? t.refusedNotFinal : t.refused });
    }
    request.log.info({ kind, planId, number }, 'version published');
    return reply.redirect(`/publication/${encodeURIComponent(org)}?published=1`, 303);
  });
};
