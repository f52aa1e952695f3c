import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { HttpError, type ErrorBody } from './http-error.js';

const reasons: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function body(statusCode: number, message: string, extra: Partial<ErrorBody> = {}): ErrorBody {
  return { statusCode, error: reasons[statusCode] ?? 'Error', message, ...extra };
}

/**
 * One error handler for every service: the whole error goes to the log, the client gets only what it
 * can act on. A 5xx body never carries a stack trace, SQL or a driver message.
 */
/** The answer to an address no route serves: the pages' listener answers with a page. */
export type NotFoundAnswer = (request: FastifyRequest, reply: FastifyReply) => unknown;

export function installErrorHandler(app: FastifyInstance, notFound?: NotFoundAnswer): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const issues = error.validation.map((v) => ({
        path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'is not valid',
      }));
      const list = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
      return reply.code(400).send(body(400, `The request is not valid: ${list}. Correct these fields and send it again.`, { code: 'request.invalid', issues }));
    }
    if (error instanceof HttpError) {
      if (error.statusCode >= 500) request.log.error({ err: error }, 'request failed');
      return reply.code(error.statusCode).send({ ...body(error.statusCode, error.message), ...error.details });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return reply.code(500).send(body(500, 'The service produced an invalid answer. The error is logged; please report it.'));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own 4xx (bad JSON, wrong content type, body too large) are safe to show.
      return reply.code(status).send(body(status, error.message, { code: 'request.malformed' }));
    }
    request.log.error({ err: error }, 'request failed');
    if (isDatabaseUnavailable(error)) {
      return reply.code(503).send(body(503, 'The database is not reachable right now; nothing was changed. Try again in a minute.'));
    }
    return reply.code(500).send(body(500, 'Something went wrong on our side; nothing you sent was at fault. The error is logged.'));
  });

  app.setNotFoundHandler((request, reply) => {
    if (notFound) return notFound(request, reply);
    return reply.code(404).send(body(404, `There is no route ${request.method} ${request.url.split('?')[0]}. The API documentation is at /docs.`));
  });
}

const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001']);

function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && unavailableCodes.has(code);
}
