import t from 'tap';
import type { DecisionLinkRow } from '../src/database.js';
import { loadDecisionContent } from '../src/decisions/frozen-content.js';
import type { PlansReader } from '../src/plans-reader.js';

/*
 * The frozen version a link decides on never changes: the portal reads it once for all the pages
 * and POSTs of a round's members, and each version keeps its own text.
 */

const snapshotOf = (title: string) => ({
  kind: 'strategic', organisationCode: 'spf-interieur', title: { fr: title, nl: title }, priorities: [], riskDomains: [],
  objectives: [{ number: 1, title: 'Objectif', text: title, ownerEntityCodes: ['OE'], ambitions: [] }],
});

/** A plans service holding versions 1 and 2 of one strategic plan, counting the version reads. */
function plansWithVersions() {
  const reads: string[] = [];
  const plans = {
    version: async (kind: string, planId: string, number: number) => {
      reads.push(`${kind} ${planId} v${number}`);
      if (kind !== 'strategic' || number > 2) return undefined;
      return { number, sha256: String(number).repeat(64), frozenAt: '2026-01-01T00:00:00Z', snapshot: snapshotOf(`Texte v${number}`), pdfSha256: null };
    },
    entities: async () => [],
  } as unknown as PlansReader;
  return { plans, reads };
}

const linkOn = (planId: string, version: number) => ({
  id: `link-${version}`, plan_id: planId, plan_version: version, items: [{ key: 'plan', title: 'Plan' }], summary: { planTitle: 'Plan', stepTitle: 'Comité' },
}) as unknown as DecisionLinkRow;

const quiet = { warn: () => undefined } as never;

t.test('a frozen version is read once for every member of the round; another version is read for itself', async (t) => {
  const { plans, reads } = plansWithVersions();
  const first = await loadDecisionContent(plans, linkOn('plan-a', 1), quiet);
  const again = await loadDecisionContent(plans, linkOn('plan-a', 1), quiet);
  t.equal(first?.snapshot.kind === 'strategic' && first.snapshot.objectives[0]?.text, 'Texte v1');
  t.same(again?.snapshot, first?.snapshot, 'the same text');
  t.same(reads, ['strategic plan-a v1'], 'asked of the plans service once');
  const second = await loadDecisionContent(plans, linkOn('plan-a', 2), quiet);
  t.equal(second?.snapshot.kind === 'strategic' && second.snapshot.objectives[0]?.text, 'Texte v2', 'version 2 shows its own text');
  t.same(reads, ['strategic plan-a v1', 'strategic plan-a v2']);
});

t.test('a version the plans service does not have is asked again next time (it may be frozen since)', async (t) => {
  const { plans, reads } = plansWithVersions();
  t.equal(await loadDecisionContent(plans, linkOn('plan-a', 3), quiet), undefined);
  t.equal(await loadDecisionContent(plans, linkOn('plan-a', 3), quiet), undefined);
  t.same(reads, ['strategic plan-a v3', 'operational plan-a v3', 'strategic plan-a v3', 'operational plan-a v3']);
});

t.test('each portal (plans reader) keeps its own', async (t) => {
  const one = plansWithVersions();
  const other = plansWithVersions();
  await loadDecisionContent(one.plans, linkOn('plan-a', 1), quiet);
  await loadDecisionContent(other.plans, linkOn('plan-a', 1), quiet);
  t.same([one.reads.length, other.reads.length], [1, 1]);
});
