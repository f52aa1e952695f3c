import { errorBodySchema, HttpError, notFound } from '@jalon/service-kit';
import { Refusal } from '../rules/refusal.js';

/** Every route may answer these: no valid credential (401), or a caller the route is not open to (403). */
export const callerErrors = { 401: errorBodySchema, 403: errorBodySchema };

const statusOf = { conflict: 409, invalid: 400, forbidden: 403 } as const;

/** The HTTP answer to a refusal of the plans data: 404, 409, 400 or 403, with its message and details. */
export function httpErrorOf(refusal: Refusal): HttpError {
  if (refusal.kind === 'missing') return new HttpError(404, notFound(refusal.message).message, refusal.details);
  return new HttpError(statusOf[refusal.kind], refusal.message, refusal.details);
}

/** The result of a change, or the HTTP error that says why it was refused. */
export async function answer<T>(change: Promise<T>): Promise<T> {
  try {
    return await change;
  } catch (error) {
    throw error instanceof Refusal ? httpErrorOf(error) : error;
  }
}

/** What was read, or 404 naming what does not exist. */
export async function found<T>(read: Promise<T | undefined>, what: string): Promise<T> {
  const value = await read;
  if (value === undefined) throw notFound(what);
  return value;
}
