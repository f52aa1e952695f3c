/**
 * The benchmarks' arithmetic and table (not the benchmarks: they measure and are never part of
 * `npm test`): a wrong median or a figure under the wrong engine would make every published figure wrong.
 */
import t from 'tap';
import { benchArguments } from '../src/bench-arguments.js';
import { levelsFrom, sideBySideMarkdown, spread, type EngineResult } from '../src/bench-table.js';

t.test('the median is the middle run, or the mean of the two middle runs, with the range; runs not reached are left out', async (t) => {
  t.same(spread([30, 10, 20]), { median: 20, min: 10, max: 30, runs: 3 });
  t.same(spread([4, 1, 3, 2]), { median: 2.5, min: 1, max: 4, runs: 4 });
  t.same(spread([null, 7, 5]), { median: 6, min: 5, max: 7, runs: 2 });
  t.equal(spread([null, null]), null);
});

t.test('each level keeps its runs in order and its figures in the order measured', async (t) => {
  const levels = levelsFrom([
    { level: '1 concurrent', figures: { p50: 10, p99: 20 } },
    { level: '10 concurrent', figures: { p50: 30 } },
    { level: '1 concurrent', figures: { p50: 12, p99: null } },
  ]);
  t.same(levels, [
    { level: '1 concurrent', figures: [{ name: 'p50', values: [10, 12] }, { name: 'p99', values: [20, null] }] },
    { level: '10 concurrent', figures: [{ name: 'p50', values: [30] }] },
  ]);
});

const result = (engine: 'dev' | 'server', values: Array<number | null>): EngineResult => ({
  benchmark: 'decision-path', engine, measuredAt: '2026-12-02T06:00:00Z', runs: values.length,
  machine: { cpus: 2, loadBefore: 1.5, loadAfter: 2.25, loadPeak: 3 },
  levels: [{ level: '50/s', figures: [{ name: 'decision p99 (ms)', values }] }], notes: engine === 'server' ? ['one note'] : [],
});

t.test('the table puts each engine in its column, median then range, and says the machine\'s load', async (t) => {
  const table = sideBySideMarkdown('Decision path', [result('dev', [73.6, 60.4, 80]), result('server', [40, null, 45])]);
  t.match(table, '| level | figure | dev | server |');
  t.match(table, '| 50/s | decision p99 (ms) | 73.6 (60.4–80) | 42.5 (40–45) [1 of 3 runs: not reached] |');
  t.match(table, 'load average 1.50 before, peak 3.00, 2.25 after, on 2 CPUs');
  t.match(table, '- server: one note');
});

t.test('--engines chooses the engines (both by default) and leaves the benchmark names', async (t) => {
  t.same(benchArguments(['fan-out']), { engines: ['dev', 'server'], names: ['fan-out'] });
  t.same(benchArguments(['--engines', 'server', 'fan-out']), { engines: ['server'], names: ['fan-out'] });
  t.same(benchArguments(['--engines=dev', 'a', 'b']), { engines: ['dev'], names: ['a', 'b'] });
  t.throws(() => benchArguments(['--engines', 'sqlite']), /Unknown engines "sqlite"/);
});
