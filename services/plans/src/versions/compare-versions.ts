import { canonicalJson } from './snapshot.js';

type Item = Record<string, unknown>;
type Snapshot = Record<string, unknown>;

/** How the items of each list in a snapshot are recognised from one version to the next. */
const itemKeys: Record<string, string> = {
  priorities: 'number',
  objectives: 'number',
  riskDomains: 'number',
  addenda: 'number',
  communicationPlan: 'code',
  projects: 'id',
};
const operationalObjectiveKey = 'code';

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/**
 * What changed between two snapshots: per list, the items added, removed and changed (with the
 * fields that differ), and the plan's own fields that changed.
 */
export function compareSnapshots(from: Snapshot, to: Snapshot) {
  const sections: Record<string, { added: string[]; removed: string[]; changed: Array<{ key: string; fields: string[] }> }> = {};
  const planFields: string[] = [];
  const names = new Set([...Object.keys(from), ...Object.keys(to)]);
  for (const name of [...names].sort()) {
    const a = from[name];
    const b = to[name];
    if (Array.isArray(a) || Array.isArray(b)) {
      const key = name === 'objectives' && from.kind === 'operational' ? operationalObjectiveKey : (itemKeys[name] ?? 'id');
      const index = (list: unknown) => new Map(((list as Item[] | undefined) ?? []).map((item) => [String(item[key]), item]));
      const before = index(a);
      const after = index(b);
      const section = {
        added: [...after.keys()].filter((k) => !before.has(k)),
        removed: [...before.keys()].filter((k) => !after.has(k)),
        changed: [...after.entries()].flatMap(([k, item]) => {
          const old = before.get(k);
          if (!old) return [];
          const fields = [...new Set([...Object.keys(old), ...Object.keys(item)])].filter((f) => !same(old[f], item[f])).sort();
          return fields.length > 0 ? [{ key: k, fields }] : [];
        }),
      };
      sections[name] = section;
    } else if (!same(a, b)) {
      planFields.push(name);
    }
  }
  const identical = planFields.length === 0 && Object.values(sections).every((s) => s.added.length + s.removed.length + s.changed.length === 0);
  return { identical, sections, planFields };
}
