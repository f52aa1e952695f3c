import { HttpError } from '@jalon/service-kit';

/** 409: the change was made against an older revision; the client reloads and tries again. */
export const staleRevision = (what: string, expected: number, current: number) =>
  new HttpError(409, `${what} has changed since revision ${expected} (it is now at revision ${current}). Reload it, reapply your change and send it with expectedRevision ${current}.`, { currentRevision: current });

/** 400 on a field that is well-formed but names something that does not exist. */
export const invalidReference = (path: string, message: string) =>
  new HttpError(400, `The request is not valid: ${path}: ${message}. Correct this field and send it again.`, { issues: [{ path, message }] });
