import type { LocalizedText } from '@jalon/contracts';

/** One person's decision in one step of a plan's approval, on one frozen version. */
export interface DecisionRecord {
  step: string;
  stepName: LocalizedText;
  version: number;
  sha256: string;
  decidedAt: string;
  personName: string;
  items: Array<{ item: string; outcome: 'approve' | 'request_changes'; comment?: string }>;
}
