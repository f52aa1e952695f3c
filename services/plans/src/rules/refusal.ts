/**
 * Why the plans data refuses a change or cannot answer, in the data's terms: something is missing,
 * the change conflicts with what the data says (a stale revision, a status that forbids it), it
 * names something that does not exist, or the caller may not make it (a drafter outside their
 * entity, an administrator on themselves). The routes turn each kind into its HTTP status.
 */
export type RefusalKind = 'missing' | 'conflict' | 'invalid' | 'forbidden';

/**
 * Each refusal carries a stable code beside its English message: pages show the message their
 * catalogue has for the code, in the reader's language; programs branch on it. A refusal without a
 * more precise code has its kind's.
 */
const kindCodes: Record<RefusalKind, string> = { missing: 'plans.not_found', conflict: 'plans.conflict', invalid: 'request.invalid_field', forbidden: 'plans.forbidden' };

export class Refusal extends Error {
  readonly kind: RefusalKind;
  /** fields the answer carries beside the message: currentRevision, issues */
  readonly details: Record<string, unknown>;
  readonly code: string;

  /** `message`: for `missing`, what is missing ("Operational plan …"); otherwise the whole message */
  constructor(kind: RefusalKind, message: string, details: Record<string, unknown> = {}, code: string = kindCodes[kind]) {
    super(message);
    this.kind = kind;
    this.details = details;
    this.code = code;
    this.name = 'Refusal';
  }
}

export const missing = (what: string, code?: string) => new Refusal('missing', what, {}, code);

/** The change conflicts with the plan's state; the caller reads it again before deciding. */
export const conflict = (message: string, currentRevision?: number, code?: string) =>
  new Refusal('conflict', message, currentRevision === undefined ? {} : { currentRevision }, code);

/** A well-formed field that names something that does not exist. */
export const invalidReference = (path: string, message: string, code?: string) =>
  new Refusal('invalid', `The request is not valid: ${path}: ${message}. Correct this field and send it again.`, { issues: [{ path, message }] }, code);

/** The caller is known and allowed on the route, but not to make this change. */
export const forbidden = (message: string, code?: string) => new Refusal('forbidden', message, {}, code);

/**
 * A refusal with a stable code (`entity.code_taken`…): pages show the message for the code in the
 * reader's language, API callers branch on it; the English message says the same to a developer.
 */
export const refusedWith = (kind: RefusalKind, code: string, message: string, details: Record<string, unknown> = {}) =>
  new Refusal(kind, message, details, code);

/** A field that names something missing or impossible, with its stable code and the field at fault. */
export const invalidField = (code: string, path: string, message: string) =>
  refusedWith('invalid', code, `The request is not valid: ${path}: ${message}. Correct this field and send it again.`, { issues: [{ path, message }] });
