import { z } from 'zod';

/**
 * The body of every error response: what went wrong, and for bad input, which field. `code` is the
 * refusal's stable name (e.g. `strategic_plan.not_draft`): pages show their catalogue's message
 * for it in the reader's language, never `message`, which is English for developers.
 */
export const errorBodySchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  code: z.string().optional(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** An error whose message is meant for the person who sent the request. */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly details: Record<string, unknown>;

  constructor(statusCode: number, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.statusCode = statusCode;
    this.details = details;
    this.name = 'HttpError';
  }
}

export const notFound = (what: string) =>
  new HttpError(404, `${what} does not exist; check the identifier in the address.`);
