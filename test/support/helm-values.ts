/*
 * The Temporal chart has no values.schema.json (chart 1.1.1): values are checked against the keys
 * its values.yaml declares, recorded in infra/deploy/temporal/chart-<version>-value-keys.json.
 */

/** A nested object where the chart declares the keys below; `open` where it leaves the map to the user. */
export type KeyTree = { [key: string]: KeyTree } | 'open' | 'list' | 'scalar';

export interface ChartKeys {
  chart: string;
  version: string;
  appVersion: string;
  keys: KeyTree;
  readByTemplates: { paths: string[] };
}

/** Keys the chart does not know, lists where it wants a map and the like, each with its path. */
export function valuesKeyProblems(values: unknown, chart: ChartKeys): string[] {
  const extra = new Set(chart.readByTemplates.paths);
  const problems: string[] = [];
  const walk = (value: unknown, tree: KeyTree, at: string): void => {
    if (tree === 'open' || extra.has(at)) return;
    if (tree === 'list') {
      if (!Array.isArray(value)) problems.push(`${at}: the chart wants a list`);
      return;
    }
    if (tree === 'scalar') {
      if (value !== null && typeof value === 'object') problems.push(`${at}: the chart wants a single value`);
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${at}: the chart wants a map`);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const path = at ? `${at}.${key}` : key;
      if (key in tree) walk(child, tree[key]!, path);
      else if (!extra.has(path)) problems.push(`${path}: not a value of chart ${chart.chart} ${chart.version}`);
    }
  };
  walk(values, chart.keys, '');
  return problems;
}
