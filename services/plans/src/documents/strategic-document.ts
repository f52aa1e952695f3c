import { channelName, timingName, type PlanChapter, type PlanFigures } from '@jalon/contracts';
import type { Content } from '@jalon/documents';
import { type EntityNames, heading1, heading2, heading3, ownersText, titlePage, type VersionFacts } from './document-parts.js';
import { budgetTable, staffTable } from './figure-tables.js';
import type { DocumentLanguage, PlanDocumentCopy } from './plan-document-catalogue.js';
import { layoutText, paragraphs } from './plan-text.js';
import type { StrategicSnapshot } from './snapshot-schemas.js';

export interface StrategicDocumentInput {
  language: DocumentLanguage;
  copy: PlanDocumentCopy;
  organisationName: string;
  plan: StrategicSnapshot;
  version: VersionFacts;
  entityNames: EntityNames;
  figures: PlanFigures;
  chapters: readonly PlanChapter[];
}

type Objective = StrategicSnapshot['objectives'][number];

function objectiveBlock(o: Objective, input: StrategicDocumentInput): Content {
  const { copy, entityNames } = input;
  return [
    heading2(`${copy.objective(o.number)} – ${layoutText(o.title)}`),
    { text: [{ text: `${copy.owners} — `, bold: true }, ownersText(o.ownerEntityCodes, entityNames.full)], margin: [0, 0, 0, 4] },
    ...paragraphs(o.text),
    ...(o.ambitions.length === 0 ? [] : [
      heading3(copy.ambitions),
      { ul: o.ambitions.map((a) => ({ text: [layoutText(a.text), { text: ` (${ownersText(a.ownerEntityCodes, entityNames.short)})`, italics: true, color: '#444444' }] })), margin: [0, 0, 0, 6] } satisfies Content,
    ]),
  ];
}

function riskDomains(plan: StrategicSnapshot, copy: PlanDocumentCopy): Content {
  return plan.riskDomains.map((d) => [
    heading3(`${d.number}. ${layoutText(d.title)}`),
    {
      columns: [
        { stack: [{ text: copy.weaknesses, bold: true, fontSize: 9 }, { ul: d.weaknesses.map(layoutText), fontSize: 9 }] },
        { stack: [{ text: copy.threats, bold: true, fontSize: 9 }, { ul: d.threats.map(layoutText), fontSize: 9 }] },
      ],
      columnGap: 12,
    },
    { text: `${copy.linkedObjectives} — ${d.objectiveNumbers.join(', ')}`, fontSize: 9, margin: [0, 2, 0, 6] },
  ]);
}

function communicationTable(plan: StrategicSnapshot, copy: PlanDocumentCopy): Content {
  const head = [copy.targetGroup, copy.timing, copy.message, copy.channels, copy.material].map((t) => ({ text: t, style: 'tableHeader' }));
  return {
    table: {
      headerRows: 1, widths: [100, 80, '*', 80, 120],
      body: [head, ...plan.communicationPlan.map((c) => [c.targetGroup, timingName(copy, c.timing), c.message, c.channels.map((ch) => channelName(copy, ch)).join(', '), c.material]
        .map((t) => ({ text: layoutText(t), style: 'tableCell' })))],
    },
    layout: 'lightHorizontalLines',
  };
}

/** A strategic plan laid out like the seed: chapters 2–5, then chapter 6 (framework) and 7 (means). */
export function strategicDocument(input: StrategicDocumentInput): Content {
  const { copy, plan, figures, language } = input;
  const title = plan.title[language === 'de' ? 'fr' : language];
  const byCategory = (category: Objective['category']) => plan.objectives.filter((o) => o.category === category).map((o) => objectiveBlock(o, input));
  return [
    titlePage(copy, input.organisationName, copy.strategicPlan, title, input.version),
    ...input.chapters.map((c, i) => [heading1(`${copy.chapter(c.number)} – ${layoutText(c.title)}`, i > 0), ...paragraphs(c.text)]),
    heading1(`${copy.chapter(6)} – ${copy.strategicFramework}`, input.chapters.length > 0),
    heading2(`6.1. ${copy.priorities}`),
    ...plan.priorities.map((p) => [heading3(`${p.number}. ${layoutText(p.title)}`), ...paragraphs(p.text)]),
    heading1(`6.2. ${copy.governanceObjectives}`), ...byCategory('governance'),
    heading1(`6.3. ${copy.coreMissionObjectives}`), ...byCategory('core_mission'),
    ...(plan.addenda.length === 0 ? [] : [heading1(`6.4. ${copy.addenda}`), ...plan.addenda.map((a) => [heading2(layoutText(a.title)), ...paragraphs(a.text)])]),
    heading1(`6.5. ${copy.riskDomains}`), riskDomains(plan, copy),
    // The staff and budget tables have a column per year and measure: landscape pages, as wide as they need.
    heading1(`${copy.chapter(7)} – ${copy.means}`, true, 'landscape'),
    ...(figures.staff ? [heading2(`7.1. ${copy.staff}`), staffTable(figures.staff, language, copy)] : []),
    ...(figures.budget.length > 0 ? [heading2(`7.2. ${copy.budget}`), { text: `${copy.budgetUnit} ${copy.budgetLegend}`, style: 'small', margin: [0, 0, 0, 4] as [number, number, number, number] },
      ...figures.budget.map((t) => budgetTable(t, language, copy))] : []),
    ...(plan.communicationPlan.length > 0 ? [heading2(`7.3. ${copy.communicationPlan}`), communicationTable(plan, copy)] : []),
  ];
}
