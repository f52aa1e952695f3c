import {
  localizedTextSchema, operationalObjectiveInputSchema, strategicObjectiveSchema, strategicPlanSchema, type LocalizedText, type VersionComparison,
} from '@jalon/contracts';
import type { FastifyBaseLogger } from 'fastify';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { DecisionLinkRow } from '../database.js';
import type { PlanKind, PlansReader } from '../plans-reader.js';

/*
 * What a reviewer reads on the decision page: the content of the FROZEN version the link decides
 * on (the snapshot the plans service hashed), never the live draft, which may have moved since.
 * Snapshots are stored as JSON; they are parsed here, at the boundary, keeping only what is shown.
 */

const strategicSnapshotSchema = z.object({
  kind: z.literal('strategic'),
  organisationCode: z.string(),
  title: localizedTextSchema,
  priorities: strategicPlanSchema.shape.priorities,
  objectives: z.array(strategicObjectiveSchema.pick({ number: true, title: true, text: true, ownerEntityCodes: true, ambitions: true })),
  riskDomains: strategicPlanSchema.shape.riskDomains,
});

const operationalSnapshotSchema = z.object({
  kind: z.literal('operational'),
  organisationCode: z.string(),
  year: z.number().int(),
  objectives: z.array(operationalObjectiveInputSchema),
  // A project drafted with the plan has its deadline and the objective it serves; one recorded before, neither.
  projects: z.array(z.object({ title: z.string(), ownerEntityCode: z.string(), deadline: z.string().optional(), objectiveCode: z.string().optional() })),
});

export const snapshotSchema = z.discriminatedUnion('kind', [strategicSnapshotSchema, operationalSnapshotSchema]);
export type Snapshot = z.infer<typeof snapshotSchema>;
export type StrategicSnapshot = z.infer<typeof strategicSnapshotSchema>;
export type OperationalSnapshot = z.infer<typeof operationalSnapshotSchema>;

/** What the page shows above the form: the frozen content in scope, and what changed for this person. */
export interface DecisionContent {
  kind: PlanKind;
  planId: string;
  snapshot: Snapshot;
  /** the objectives the person decides on: every one for a whole-plan review, its items otherwise */
  scope: 'whole' | Set<string>;
  /** entity names by code, for owners */
  entityNames: Record<string, LocalizedText>;
  /** the version this person was last asked about, its content and the comparison with this one */
  since?: { version: number; snapshot: Snapshot; comparison: VersionComparison } | undefined;
}

/** The key of an item that stands for the whole plan (the committee, a consolidation). */
const WHOLE_PLAN_ITEMS = new Set(['plan', 'drafting', 'consolidation']);

/**
 * Reads the frozen version of the link's plan, and the version this person last reviewed when the
 * round says there was one. Undefined when the plans service does not have it (or does not answer):
 * the page then shows the form without the text, rather than no page at all.
 */
export async function loadDecisionContent(plans: PlansReader, link: DecisionLinkRow, log: FastifyBaseLogger): Promise<DecisionContent | undefined> {
  try {
    const found = await frozenVersion(plans, link.plan_id, link.plan_version);
    if (!found) return undefined;
    const { kind, snapshot } = found;
    const entities = await plans.entities(snapshot.organisationCode) ?? [];
    const keys = link.items.map((i) => i.key);
    const scope = keys.some((k) => WHOLE_PLAN_ITEMS.has(k)) ? 'whole' as const : new Set(keys);
    const sinceVersion = link.summary.changesSinceLastReview?.sinceVersion;
    let since: DecisionContent['since'];
    if (sinceVersion !== undefined && sinceVersion < link.plan_version) {
      const [earlier, comparison] = await Promise.all([
        plans.version(kind, link.plan_id, sinceVersion), plans.compareVersions(kind, link.plan_id, sinceVersion, link.plan_version),
      ]);
      const parsed = snapshotSchema.safeParse(earlier?.snapshot);
      if (parsed.success && comparison) since = { version: sinceVersion, snapshot: parsed.data, comparison };
    }
    return { kind, planId: link.plan_id, snapshot, scope, entityNames: Object.fromEntries(entities.map((e) => [e.code, e.name])), since };
  } catch (error) {
    // The decision itself does not need the text; a reader can still decide, or come back.
    log.warn({ linkId: link.id, err: error }, 'the frozen version could not be read for the decision page');
    return undefined;
  }
}

type FrozenSnapshot = { kind: PlanKind; snapshot: Snapshot };

/**
 * The snapshots read, by plan and version number, for each plans reader (one per portal): a frozen
 * version never changes (its hash is what people decide on), so every page and decision POST of a
 * round's members reads and parses it once, instead of a call to the plans service and a parse of
 * the whole plan each. Bounded, since a snapshot is a whole plan; only found versions are kept.
 */
const snapshotsRead = new WeakMap<PlansReader, LRUCache<string, FrozenSnapshot>>();

/** A link names its plan by id only: the strategic plans are asked first, then the operational ones. */
async function frozenVersion(plans: PlansReader, planId: string, number: number): Promise<FrozenSnapshot | undefined> {
  let read = snapshotsRead.get(plans);
  if (!read) snapshotsRead.set(plans, read = new LRUCache({ max: 32 }));
  const key = `${planId}\n${number}`;
  const kept = read.get(key);
  if (kept) return kept;
  for (const kind of ['strategic', 'operational'] as const) {
    const version = await plans.version(kind, planId, number);
    if (!version) continue;
    const parsed = snapshotSchema.safeParse(version.snapshot);
    if (!parsed.success || parsed.data.kind !== kind) return undefined;
    const found = { kind, snapshot: parsed.data };
    read.set(key, found);
    return found;
  }
  return undefined;
}
