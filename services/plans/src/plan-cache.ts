/**
 * Serialised plans by revision. A whole plan is read far more often than it changes (every page,
 * every reviewer, every workflow step) and building it costs seven queries and a large
 * serialisation (kept as bytes, so a hit allocates nothing); its revision moves with every change in the same transaction, so a body cached
 * for a revision is exact. Bounded: the least recently used plan is dropped first.
 */
export class SerialisedPlanCache {
  private readonly entries = new Map<string, { revision: number; body: Buffer }>();

  private readonly capacity: number;
  constructor(capacity: number = 200) {
    this.capacity = capacity;
  }

  get(planId: string, revision: number): Buffer | undefined {
    const entry = this.entries.get(planId);
    if (!entry || entry.revision !== revision) return undefined;
    this.entries.delete(planId);
    this.entries.set(planId, entry);
    return entry.body;
  }

  set(planId: string, revision: number, body: Buffer): void {
    this.entries.delete(planId);
    this.entries.set(planId, { revision, body });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
