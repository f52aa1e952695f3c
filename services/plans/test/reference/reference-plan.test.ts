import t from 'tap';
import data from '../../src/reference/spf-interieur-2022-2024.json' with { type: 'json' };
import { loadReferencePlan } from '../../src/reference/load-reference-plan.js';
import { ALL_ENTITIES, referencePlanSchema, type ReferencePlan } from '../../src/reference/reference-plan.schema.js';

const plan: ReferencePlan = loadReferencePlan();
const entityCodes = new Set(plan.entities.map((e) => e.code));
const objectiveNumbers = new Set(plan.objectives.map((o) => o.number));
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function authority(code: string) {
  const found = plan.authorities.find((a) => a.code === code);
  if (!found) throw new Error(`missing authority ${code}`);
  return found;
}

/** Labels keep the source's no-break spaces and U+2010 hyphens; the tests name them with plain ones. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\u2010/g, '-');

function amounts(table: string, label: string): number[] {
  const row = plan.budget.tables.find((tb) => tb.code === table)?.rows.find((r) => plain(r.label) === label);
  if (!row) throw new Error(`missing budget row ${table}/${label}`);
  return row.amounts.flatMap((a) => [a.ce, a.cl]);
}

function sum(rows: number[][]): number[] {
  return rows.reduce((acc, r) => acc.map((v, i) => v + (r[i] ?? 0)));
}

t.test('the fixture parses against the schema', async (t) => {
  const result = referencePlanSchema.safeParse(data);
  t.ok(result.success, result.success ? 'valid' : JSON.stringify(result.error.issues.slice(0, 5)));
  t.equal(plan.organisation.code, 'spf-interieur');
  t.equal(plan.organisation.shortName, 'IBZ');
  t.same(plan.strategicPlan.period, { from: 2022, to: 2024 });
});

t.test('loadReferencePlan returns independent copies', async (t) => {
  const a = loadReferencePlan();
  const b = loadReferencePlan();
  t.not(a, b);
  a.objectives.length = 0;
  t.equal(b.objectives.length, 22);
});

t.test('exactly 5 transversal priorities, numbered 1..5', async (t) => {
  t.same(plan.priorities.map((p) => p.number), range(1, 5));
  for (const p of plan.priorities) {
    t.ok(p.title.trim().length > 0, `priority ${p.number} has a title`);
    t.ok(p.text.trim().length > 0, `priority ${p.number} has a text`);
  }
});

t.test('exactly 22 strategic objectives, numbered 1..22, with French titles', async (t) => {
  t.same(plan.objectives.map((o) => o.number), range(1, 22));
  for (const o of plan.objectives) {
    t.ok(o.title.trim().length > 0, `objective ${o.number} has a title`);
    t.ok(o.text.trim().length > 0, `objective ${o.number} has a text`);
  }
});

t.test('objectives 1–11 are governance, 12–22 core missions in four domains', async (t) => {
  const expectedDomain = (n: number): string | null => {
    if (n <= 11) return null;
    if (n <= 16) return 'security';
    if (n <= 18) return 'registration_identification';
    if (n === 19) return 'elections';
    return 'foreigners';
  };
  for (const o of plan.objectives) {
    t.equal(o.category, o.number <= 11 ? 'governance' : 'core_mission', `category of ${o.number}`);
    t.equal(o.domain, expectedDomain(o.number), `domain of ${o.number}`);
  }
});

t.test('objectives 20–22 belong to OE and form the State Secretary scope', async (t) => {
  const ownedByOe = plan.objectives.filter((o) => o.ownerEntityCodes.includes('OE')).map((o) => o.number);
  t.same(ownedByOe, [20, 21, 22]);
  for (const n of [20, 21, 22]) {
    t.same(plan.objectives.find((o) => o.number === n)?.ownerEntityCodes, ['OE'], `objective ${n} owned by OE only`);
  }
  const secretary = authority('state-secretary-asylum-migration');
  t.equal(secretary.kind, 'state_secretary');
  t.equal(secretary.holderName, 'Sammy Mahdi');
  t.equal(secretary.signs, false);
  t.same(secretary.scope.objectiveNumbers, [20, 21, 22]);
  t.same(secretary.scope.entityCodes, ['OE']);
  t.same(secretary.scope.budgetEnvelopes, [2]);
});

t.test('the Minister signs and covers the whole plan and envelope 1', async (t) => {
  const minister = authority('minister-interior');
  t.equal(minister.kind, 'minister');
  t.equal(minister.holderName, 'Annelies Verlinden');
  t.equal(minister.signs, true);
  t.same(minister.scope.objectiveNumbers, range(1, 22));
  t.same(minister.scope.budgetEnvelopes, [1]);
  t.ok(minister.scope.entityCodes.includes('OE'));
  t.same(plan.authorities.filter((a) => a.signs).map((a) => a.code), ['minister-interior']);
});

t.test('every owner code resolves to a defined entity or ALL', async (t) => {
  const resolves = (c: string): boolean => c === ALL_ENTITIES || entityCodes.has(c);
  for (const o of plan.objectives) {
    t.ok(o.ownerEntityCodes.length > 0, `objective ${o.number} has owners`);
    for (const c of o.ownerEntityCodes) t.ok(resolves(c), `objective ${o.number} owner ${c}`);
    for (const s of o.sections ?? []) {
      for (const c of s.ownerEntityCodes) t.ok(resolves(c), `objective ${o.number} section owner ${c}`);
    }
    for (const a of o.ambitions) {
      t.ok(a.ownerEntityCodes.length > 0, `ambition of ${o.number} has owners`);
      for (const c of a.ownerEntityCodes) t.ok(resolves(c), `objective ${o.number} ambition owner ${c}`);
    }
  }
  for (const e of plan.entities) {
    if (e.parentCode !== null) t.ok(entityCodes.has(e.parentCode), `parent of ${e.code}`);
  }
});

t.test('owner tags as written map onto the resolved codes', async (t) => {
  // Tags are looked up by abbreviation or alias so the resolution in the fixture can be re-derived.
  const byTag = new Map<string, string>([['Tous', ALL_ENTITIES]]);
  for (const e of plan.entities) {
    for (const tag of [e.abbreviation, ...(e.aliases ?? [])]) if (tag) byTag.set(tag, e.code);
  }
  const check = (tags: string[], codes: string[], where: string): void => {
    const resolved = [...new Set(tags.map((tag) => byTag.get(tag) ?? `?${tag}`))];
    t.same(resolved, codes, where);
  };
  for (const o of plan.objectives) {
    if (o.ownerTags) check(o.ownerTags, o.ownerEntityCodes, `objective ${o.number}`);
    for (const s of o.sections ?? []) check(s.ownerTags, s.ownerEntityCodes, `objective ${o.number} / ${s.title}`);
    o.ambitions.forEach((a, i) => check(a.ownerTags, a.ownerEntityCodes, `objective ${o.number} ambition ${i + 1}`));
  }
});

t.test('ambitions: governance objectives carry them, core missions do not', async (t) => {
  const counts = plan.objectives.map((o) => o.ambitions.length);
  t.same(counts, [11, 7, 5, 6, 3, 6, 4, 9, 5, 4, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  t.equal(counts.reduce((a, b) => a + b, 0), 69);
  const tous = plan.objectives.flatMap((o) => o.ambitions).filter((a) => a.ownerTags.includes('Tous'));
  for (const a of tous) t.ok(a.ownerEntityCodes.includes(ALL_ENTITIES), `"Tous" resolves to ${ALL_ENTITIES}`);
});

t.test('the entities of annex 1 and of the owner tags are defined', async (t) => {
  for (const c of ['DGSP', 'DGSC', 'NCCN', 'DGIAC', 'OE', 'DGISD', 'PO', 'BCG', 'SAIOD', 'INFOCOM', 'CORPORATE', 'ICT']) {
    t.ok(entityCodes.has(c), `entity ${c}`);
  }
  const dgs = plan.entities.filter((e) => e.kind === 'directorate_general').map((e) => e.code);
  t.same(dgs.sort(), ['DGIAC', 'DGISD', 'DGSC', 'DGSP', 'NCCN', 'OE']);
  const staff = plan.entities.filter((e) => e.kind === 'staff_directorate').map((e) => e.code);
  t.same(staff.sort(), ['BCG', 'PO']);
  for (const e of plan.entities) {
    if (!e.nlVerified) t.equal(e.name.nl, e.name.fr, `${e.code}: unverified Dutch name falls back to French`);
  }
});

t.test('12 risk domains, each linked to existing objectives', async (t) => {
  t.same(plan.riskDomains.map((r) => r.number), range(1, 12));
  for (const r of plan.riskDomains) {
    t.ok(r.title.length > 0, `risk domain ${r.number} title`);
    t.ok(r.objectiveNumbers.length > 0, `risk domain ${r.number} has objectives`);
    for (const n of r.objectiveNumbers) t.ok(objectiveNumbers.has(n), `risk domain ${r.number} → objective ${n}`);
  }
});

t.test('budget tables add up as in the source', async (t) => {
  t.same(
    sum(
      [
        'Enveloppe 1',
        'Enveloppe 2 (Asile et Migration)',
        'Détachement',
        'Coûts forfaitaires',
        'Personnel hors enveloppe ( volontaires Protection civile)',
      ].map((l) => amounts('TAB2', l)),
    ),
    amounts('TAB2', 'Personnel total'),
  );
  t.same(
    sum(
      ['Personnel total', 'Total Opérationnel', 'Total Allocations et transferts', 'Total Crédits variables',
        'Total Services administratifs à comptabilité autonome'].map((l) => amounts('TAB2', l)),
    ),
    amounts('TAB2', 'TOTAL BASE'),
  );
  t.same(amounts('TAB1', 'TOTAL BASE'), amounts('TAB2', 'TOTAL BASE'));
  const tab1 = plan.budget.tables.find((tb) => tb.code === 'TAB1');
  const general = tab1?.rows.filter((r) => r.kind !== 'total' || plain(r.label) === 'TOTAL BASE') ?? [];
  const afterBase = general.slice(general.findIndex((r) => plain(r.label) === 'TOTAL BASE'));
  t.same(sum(afterBase.map((r) => r.amounts.flatMap((a) => [a.ce, a.cl]))), amounts('TAB1', 'TOTAL GENERAL'));
  const envelopeRows = plan.budget.tables.flatMap((tb) => tb.rows).filter((r) => r.envelope !== undefined);
  t.same(envelopeRows.map((r) => r.envelope), [1, 2]);
});

t.test('staff totals match the rows within the rounding of the source', async (t) => {
  plan.staff.total.values.forEach((total, y) => {
    const rows = plan.staff.rows.map((r) => r.values[y]);
    // In hundredths of an FTE, as whole numbers: the fixture's decimals are exact text.
    const hundredths = (d: string | undefined) => Math.round(Number(d ?? '0') * 100);
    const s = rows.reduce((acc, v) => acc + hundredths(v?.total), 0);
    t.ok(Math.abs(s - hundredths(total.total)) <= 3, `${total.year}: ${(s / 100).toFixed(2)} ≈ ${total.total}`);
  });
});

t.test('communication plan covers the target groups of 7.3', async (t) => {
  const codes = plan.communicationPlan.items.map((i) => i.code);
  for (const c of ['staff-main', 'middle-management', 'management-team', 'strategic-cells-signed', 'unions', 'external-networks']) {
    t.ok(codes.includes(c), c);
  }
});

t.test('French texts are clean of PDF artefacts, and keep the source\'s own characters', async (t) => {
  // No-break spaces and U+2010 hyphens are characters of the source, kept as they are; tabs, double
  // blanks and blanks at either end are artefacts of the PDF's layout.
  const bad: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      if (/\t|[ \u00a0]{2}|^\s|\s$/.test(v)) bad.push(path);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(plan, '$');
  t.same(bad, []);
});

t.test('the schema rejects dangling references', async (t) => {
  const broken = structuredClone(data) as { objectives: { ambitions: { ownerEntityCodes: string[] }[] }[] };
  const ambition = broken.objectives[2]?.ambitions[0];
  if (!ambition) throw new Error('fixture shape changed');
  ambition.ownerEntityCodes = ['NOPE'];
  const result = referencePlanSchema.safeParse(broken);
  t.notOk(result.success);
});
