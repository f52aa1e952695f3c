/** Seconds as people read them in a progress line: `45 s`, `3 min 05 s`. */
export function elapsedText(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/**
 * Runs a long first-time step (a build, a download) with a line at its start, a line with the
 * elapsed time every `everyMs` (silence for minutes looks like a hang, issue 17 part 7) and a line
 * with its measured time at the end, or how long it ran before it failed.
 */
export async function timedStep<T>(
  log: (line: string) => void,
  prefix: string,
  what: string,
  run: () => Promise<T>,
  options: { estimate?: string; everyMs?: number; detail?: string } = {},
): Promise<T> {
  const started = Date.now();
  // The detail (where from, where it is kept) once; the periodic lines stay short.
  log(`${prefix}: ${what}${options.detail ? ` ${options.detail}` : ''}${options.estimate ? ` (first time, ${options.estimate})` : ''}…`);
  const ticker = setInterval(() => log(`${prefix}: ${what}… ${elapsedText(Date.now() - started)} elapsed`), options.everyMs ?? 20_000);
  try {
    const result = await run();
    log(`${prefix}: ${what}: done in ${elapsedText(Date.now() - started)}`);
    return result;
  } catch (error) {
    log(`${prefix}: ${what}: failed after ${elapsedText(Date.now() - started)}`);
    throw error;
  } finally {
    clearInterval(ticker);
  }
}
