import type { Content } from '@jalon/documents';
import { type EntityNames, heading1, heading2, ownersText, titlePage, type VersionFacts } from './document-parts.js';
import type { DocumentLanguage, PlanDocumentCopy } from './plan-document-catalogue.js';
import { formatCalendarDate, layoutText } from './plan-text.js';
import type { OperationalSnapshot } from './snapshot-schemas.js';

export interface OperationalDocumentInput {
  language: DocumentLanguage;
  copy: PlanDocumentCopy;
  organisationName: string;
  plan: OperationalSnapshot;
  version: VersionFacts;
  entityNames: EntityNames;
  /** the strategic objectives' titles by number, from the strategic plan the operational plan serves */
  strategicTitles: ReadonlyMap<number, string>;
}

/** An operational plan: its SMART objectives grouped by the strategic objective they serve, then its projects. */
export function operationalDocument(input: OperationalDocumentInput): Content {
  const { copy, plan, entityNames } = input;
  const numbers = [...new Set(plan.objectives.map((o) => o.strategicObjectiveNumber))].sort((a, b) => a - b);
  const field = (label: string, value: string): Content => ({ text: [{ text: `${label} — `, bold: true }, layoutText(value)], margin: [0, 0, 0, 2] });
  return [
    titlePage(copy, input.organisationName, copy.operationalObjectives, copy.operationalPlan(plan.year), input.version),
    heading1(copy.operationalObjectives, false),
    ...numbers.map((n) => [
      heading2(`${copy.objective(n)}${input.strategicTitles.has(n) ? ` – ${layoutText(input.strategicTitles.get(n) ?? '')}` : ''}`),
      ...plan.objectives.filter((o) => o.strategicObjectiveNumber === n).map((o) => ({
        stack: [
          { text: `${o.code}. ${layoutText(o.statement)}`, bold: true, margin: [0, 4, 0, 2] },
          field(copy.ownerEntity, ownersText([o.ownerEntityCode], entityNames.full)),
          field(copy.indicator, o.indicator),
          field(copy.target, o.target),
          field(copy.deadline, formatCalendarDate(o.deadline, copy)),
          field(copy.means, o.means),
        ],
        unbreakable: true, margin: [0, 0, 0, 6],
      } satisfies Content)),
    ]),
    ...(plan.projects.length === 0 ? [] : [
      heading1(copy.projects),
      { ul: plan.projects.map((p) => `${layoutText(p.title)} (${ownersText([p.ownerEntityCode], entityNames.full)})`) },
    ]),
  ];
}
