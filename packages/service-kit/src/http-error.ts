import { z } from 'zod';

/** The body of every error response: what went wrong, and for bad input, which field. */
export const errorBodySchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  /** a stable code for the refusal (e.g. `organisation.code_taken`), where the service gives one */
  code: z.string().optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** An error whose message is meant for the person who sent the request. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string) =>
  new HttpError(404, `${what} does not exist; check the identifier in the address.`);
