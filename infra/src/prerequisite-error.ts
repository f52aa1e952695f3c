/**
 * Something the machine lacks or a setting that is wrong: shown to the person as one line with the way
 * out, never as a stack trace.
 */
export class PrerequisiteError extends Error {
  override name = 'PrerequisiteError';
  readonly reason: string;
  readonly wayOut: string;
  constructor(
    reason: string,
    wayOut: string,
  ) {
    super(wayOut ? `${reason}. ${wayOut}` : reason);
    this.reason = reason;
    this.wayOut = wayOut;
  }
}

export function describeFailure(error: unknown): string {
  if (error instanceof PrerequisiteError) return error.message;
  if (error instanceof Error) return `${error.message}`;
  return String(error);
}
