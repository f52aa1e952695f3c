import type { PageLanguage } from '../../../ui/page-language.js';

/** The words of the year-end report as a PDF document (issue 16, part 3), besides those the report page shares. */
export interface ReportDocumentCopy {
  /** the report page's link to the document */
  download: string;
  operationalPlan: (year: number) => string;
  /** the moment the report's figures stand at (the latest one recorded) */
  asOf: (date: string) => string;
  summaryHeading: string;
  yearEndCountsCaption: string;
  progressCountsCaption: string;
  count: string;
  legendHeading: string;
  legendIntro: string;
  progressStatus: string;
  yearEndStatus: string;
  detailHeading: string;
  /** an objective's year-end figures, beside its checkpoints' */
  resultHeading: string;
  /** the page number at the foot of each page: `{page}` and `{pages}` are filled in by the renderer */
  page: string;
}

const fr: ReportDocumentCopy = {
  download: 'Télécharger le rapport (PDF)',
  operationalPlan: (year) => `Plan opérationnel ${year}`,
  asOf: (date) => `Situation au ${date}`,
  summaryHeading: 'Synthèse',
  yearEndCountsCaption: 'Objectifs opérationnels par résultat de fin d’année',
  progressCountsCaption: 'Objectifs opérationnels par statut à leur dernière mise à jour',
  count: 'Nombre',
  legendHeading: 'Symboles',
  legendIntro: 'Chaque statut a son symbole, qui se lit aussi en noir et blanc.',
  progressStatus: 'Statut aux points de suivi',
  yearEndStatus: 'Résultat de fin d’année',
  detailHeading: 'Objectifs par priorité stratégique',
  resultHeading: 'Résultat de fin d’année',
  page: 'Page {page} / {pages}',
};

const nl: ReportDocumentCopy = {
  download: 'Het verslag downloaden (PDF)',
  operationalPlan: (year) => `Operationeel plan ${year}`,
  asOf: (date) => `Stand van zaken op ${date}`,
  summaryHeading: 'Samenvatting',
  yearEndCountsCaption: 'Operationele doelstellingen per resultaat op het einde van het jaar',
  progressCountsCaption: 'Operationele doelstellingen per status bij hun laatste stand van zaken',
  count: 'Aantal',
  legendHeading: 'Symbolen',
  legendIntro: 'Elke status heeft een eigen symbool, dat ook in zwart-wit leesbaar is.',
  progressStatus: 'Status op de opvolgingsmomenten',
  yearEndStatus: 'Resultaat op het einde van het jaar',
  detailHeading: 'Doelstellingen per strategische prioriteit',
  resultHeading: 'Resultaat op het einde van het jaar',
  page: 'Pagina {page} / {pages}',
};

const de: ReportDocumentCopy = {
  download: 'Den Bericht herunterladen (PDF)',
  operationalPlan: (year) => `Operativer Plan ${year}`,
  asOf: (date) => `Stand vom ${date}`,
  summaryHeading: 'Zusammenfassung',
  yearEndCountsCaption: 'Operative Ziele je Ergebnis zum Jahresende',
  progressCountsCaption: 'Operative Ziele je Status beim letzten Sachstand',
  count: 'Anzahl',
  legendHeading: 'Symbole',
  legendIntro: 'Jeder Status hat ein eigenes Symbol, das auch in Schwarz-Weiß lesbar ist.',
  progressStatus: 'Status an den Stichtagen',
  yearEndStatus: 'Ergebnis zum Jahresende',
  detailHeading: 'Ziele je strategischer Priorität',
  resultHeading: 'Ergebnis zum Jahresende',
  page: 'Seite {page} / {pages}',
};

export const reportDocumentCopy: Record<PageLanguage, ReportDocumentCopy> = { fr, nl, de };
