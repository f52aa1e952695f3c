/**
 * The benchmarks' results, one file per benchmark and engine, and the side-by-side table `npm run
 * bench` writes from them: a row per level and figure, a column per engine, each cell the median of
 * the runs with their range. Pure (no I/O), so that a smoke test can check the arithmetic.
 */
import { z } from 'zod';
import { temporalEngineSchema } from './temporal-engine.js';

/** What the machine was doing while a benchmark ran: it is shared with other work. */
export const machineSchema = z.object({
  cpus: z.number().int(),
  /** the 1-minute load average before the first run and after the last */
  loadBefore: z.number(),
  loadAfter: z.number(),
  /** the highest 1-minute load average sampled during the runs */
  loadPeak: z.number(),
});
export type Machine = z.infer<typeof machineSchema>;

/** One figure of one level: its value in each run (null: not reached, e.g. a level given up on). */
export const figureSchema = z.object({ name: z.string(), values: z.array(z.number().nullable()) });
export const engineResultSchema = z.object({
  benchmark: z.string(),
  engine: temporalEngineSchema,
  measuredAt: z.string(),
  runs: z.number().int(),
  machine: machineSchema,
  /** in order: each level (e.g. "10 concurrent") with its figures in the order the table shows them */
  levels: z.array(z.object({ level: z.string(), figures: z.array(figureSchema) })),
  /** what the reader must know to read the figures (sizes, where a run was cut short, extrapolations) */
  notes: z.array(z.string()).default([]),
});
export type EngineResult = z.infer<typeof engineResultSchema>;
export type Figure = z.infer<typeof figureSchema>;

export interface Spread { median: number; min: number; max: number; runs: number }

/**
 * The median (the middle value; of an even count, the mean of the two middle ones) and range of
 * the runs that reached a value; null when none did.
 */
export function spread(values: Array<number | null>): Spread | null {
  const reached = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (reached.length === 0) return null;
  const middle = Math.floor(reached.length / 2);
  const median = reached.length % 2 === 1 ? reached[middle]! : (reached[middle - 1]! + reached[middle]!) / 2;
  return { median, min: reached[0]!, max: reached.at(-1)!, runs: reached.length };
}

/** Three significant figures at most, no exponent: 0.0123, 1.23, 12.3, 1234. */
export function formatNumber(value: number): string {
  const size = Math.abs(value);
  const decimals = size >= 100 || Number.isInteger(value) ? 0 : size >= 10 ? 1 : size >= 1 ? 2 : 3;
  return value.toFixed(decimals);
}

/** "12.3 (11.0–14.1)"; one run: its value; runs that did not reach it are counted. */
export function formatSpread(values: Array<number | null>): string {
  const s = spread(values);
  const missed = values.length - (s?.runs ?? 0);
  const missedText = missed > 0 ? ` [${missed} of ${values.length} runs: not reached]` : '';
  if (!s) return values.length === 0 ? '—' : `not reached${values.length > 1 ? ` (${values.length} runs)` : ''}`;
  const range = s.runs > 1 ? ` (${formatNumber(s.min)}–${formatNumber(s.max)})` : '';
  return `${formatNumber(s.median)}${range}${missedText}`;
}

const loadText = (m: Machine) => `load average ${m.loadBefore.toFixed(2)} before, peak ${m.loadPeak.toFixed(2)}, ${m.loadAfter.toFixed(2)} after, on ${m.cpus} CPUs`;

/**
 * The side-by-side table of one benchmark: a row per level and figure, in the order the first
 * engine gave them (figures an engine lacks show "—"), a column per engine.
 */
export function sideBySideMarkdown(title: string, results: EngineResult[]): string {
  const engines = results.map((r) => r.engine);
  const rows: Array<{ level: string; figure: string }> = [];
  for (const result of results) {
    for (const { level, figures } of result.levels) {
      for (const { name } of figures) if (!rows.some((r) => r.level === level && r.figure === name)) rows.push({ level, figure: name });
    }
  }
  const cell = (result: EngineResult, level: string, figure: string) => {
    const found = result.levels.find((l) => l.level === level)?.figures.find((f) => f.name === figure);
    return found ? formatSpread(found.values) : '—';
  };
  const runs = results.map((r) => `${r.engine}: ${r.runs}`).join(', ');
  const lines = [
    `### ${title}`,
    '',
    `Medians of the runs (${runs}), with their range (min–max).`,
    '',
    `| level | figure | ${engines.join(' | ')} |`,
    `| --- | --- | ${engines.map(() => '---:').join(' | ')} |`,
    ...rows.map(({ level, figure }) => `| ${level} | ${figure} | ${results.map((r) => cell(r, level, figure)).join(' | ')} |`),
    '',
    ...results.map((r) => `- ${r.engine}: measured ${r.measuredAt}, ${loadText(r.machine)} (a machine shared with other work)`),
    ...results.flatMap((r) => r.notes.map((n) => `- ${r.engine}: ${n}`)),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The levels of a result from what each run measured, in the order first seen: a level's figure
 * gets one value per record of that level (a run that did not measure it counts as not reached).
 */
export function levelsFrom(records: Array<{ level: string; figures: Record<string, number | null> }>): EngineResult['levels'] {
  const levels: EngineResult['levels'] = [];
  for (const { level } of records) if (!levels.some((l) => l.level === level)) levels.push({ level, figures: [] });
  for (const entry of levels) {
    const mine = records.filter((r) => r.level === entry.level);
    const names = [...new Set(mine.flatMap((r) => Object.keys(r.figures)))];
    entry.figures = names.map((name) => ({ name, values: mine.map((r) => r.figures[name] ?? null) }));
  }
  return levels;
}
