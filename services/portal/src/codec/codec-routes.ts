import { personOf, type AccessRule } from '@jalon/auth';
import { errorBodySchema, HttpError } from '@jalon/service-kit';
import { PayloadDecryptionError, type EncryptionCodec } from '@jalon/temporal-connection';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { codecBodySchema, codecHeadersSchema, fromWire, toWire } from './codec-schemas.js';

export interface CodecRoutesOptions {
  codec: EncryptionCodec;
  /** the Temporal namespace the keys are for */
  namespace: string;
  /**
   * The organisation that runs the installation: its administrators (`org_admin` today, deputies
   * included) are the operators who may read payloads. Unset: nobody may.
   */
  operatorOrganisation: string | undefined;
  /** the Temporal UI's origin (scheme, host, port), whose pages may call these routes */
  uiOrigin: string | undefined;
}

/** Temporal payloads hold up to 2 MiB each; a history page decoded at once holds several. */
const BODY_LIMIT = 16 * 1024 * 1024;

/**
 * Temporal's remote codec protocol, for the Temporal UI (and `temporal --codec-endpoint`): operators
 * see decrypted payloads there, nobody else does. The Temporal namespace holds every organisation's
 * workflows, so reading it is the installation's business: the administrators of the organisation
 * that runs it, with their own access token from the identity provider (the UI passes it with
 * `passAccessToken`). A page session is not enough: the UI is another origin.
 */
export const codecRoutes: FastifyPluginAsyncZod<CodecRoutesOptions> = async (app, options) => {
  const operators: AccessRule = {
    people: { roles: ['org_admin'], organisation: () => options.operatorOrganisation },
  };
  // The UI's browser asks first (preflight, without credentials), and must be able to read refusals too.
  app.addHook('onSend', async (request, reply) => {
    if (!options.uiOrigin || request.headers.origin !== options.uiOrigin) return;
    reply.header('access-control-allow-origin', options.uiOrigin);
    reply.header('vary', 'origin');
    reply.header('access-control-allow-credentials', 'true');
  });

  for (const direction of ['encode', 'decode'] as const) {
    app.options(`/codec/${direction}`, {
      config: { access: { anonymous: true } },
      schema: { tags: ['codec'], summary: 'The browser\'s CORS pre-check before the Temporal UI calls the codec: headers only, no data' },
    }, async (_request, reply) => reply
      .code(204)
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'authorization, content-type, x-namespace')
      .header('access-control-max-age', '600')
      .send());

    app.post(`/codec/${direction}`, {
      bodyLimit: BODY_LIMIT,
      config: { access: operators },
      schema: {
        tags: ['codec'],
        summary: direction === 'decode'
          ? 'Decrypt Temporal payloads (remote codec protocol) for the Temporal UI: the installation\'s operators only'
          : 'Encrypt Temporal payloads (remote codec protocol), e.g. a signal sent from the Temporal UI: the installation\'s operators only',
        headers: codecHeadersSchema,
        body: codecBodySchema,
        response: { 200: codecBodySchema, 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema },
      },
    }, async (request) => {
      const namespace = request.headers['x-namespace'];
      if (namespace !== undefined && namespace !== options.namespace) {
        throw new HttpError(400, `These keys are for the namespace ${options.namespace} only.`);
      }
      const payloads = fromWire(request.body);
      try {
        const done = direction === 'decode' ? await options.codec.decode(payloads) : await options.codec.encode(payloads);
        // Who read what kind of data, for the operators' own accountability; never the payloads.
        request.log.info({ direction, payloads: payloads.length, operator: personOf(request.caller) }, 'payloads coded for an operator');
        return toWire(done);
      } catch (error) {
        if (error instanceof PayloadDecryptionError) throw new HttpError(400, error.message);
        throw error;
      }
    });
  }
};
