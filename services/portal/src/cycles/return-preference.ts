/**
 * RFC 7240's `Prefer: return=minimal` on a launch. A caller launching many cycles at once (a script
 * for every organisation, the benchmark) does not need each one's view, and reading it costs a
 * describe, a query the worker must answer once the cycle's first task has run, and the plans
 * service's calls for holders and decisions. Without the preference the launch answers with the view.
 */
export const MINIMAL_APPLIED = 'return=minimal';

/** Whether the request's Prefer header (one or several, comma-separated, tokens case-insensitive) asks for return=minimal. */
export function prefersMinimal(prefer: string | string[] | undefined): boolean {
  const preferences = (Array.isArray(prefer) ? prefer : [prefer ?? '']).flatMap((h) => h.split(','));
  return preferences.some((p) => {
    const [name, value] = (p.split(';')[0] ?? '').split('=').map((s) => s.trim().replace(/^"(.*)"$/, '$1').toLowerCase());
    return name === 'return' && value === 'minimal';
  });
}
