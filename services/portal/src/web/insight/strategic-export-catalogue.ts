import type { PageLanguage } from '../../ui/page-language.js';

/** The words of a strategic plan's exports (issue 16, part 6) that the plan page's own catalogues do not hold. */
export interface StrategicExportCopy {
  heading: string;
  ods: string;
  csv: string;
  sheets: { objectives: string; staff: string; budget: string };
  columns: { number: string; objective: string; area: string; ambitions: string; year: string; yearLabel: string; table: string; envelope: string; note: string };
  fileName: string;
}

export const strategicExportCopy: Record<PageLanguage, StrategicExportCopy> = {
  fr: {
    heading: 'Exporter le plan, son personnel et son budget',
    ods: 'Tableur OpenDocument (ODS)',
    csv: 'CSV (séparateur point-virgule)',
    sheets: { objectives: 'Objectifs', staff: 'Personnel (7.1)', budget: 'Budget (7.2)' },
    columns: { number: 'Numéro', objective: 'Objectif stratégique', area: 'Domaine', ambitions: 'Ambitions', year: 'Année', yearLabel: 'Colonne du plan', table: 'Tableau', envelope: 'Enveloppe', note: 'Note' },
    fileName: 'plan-strategique',
  },
  nl: {
    heading: 'Het plan, het personeel en de begroting exporteren',
    ods: 'OpenDocument-rekenblad (ODS)',
    csv: 'CSV (puntkomma als scheidingsteken)',
    sheets: { objectives: 'Doelstellingen', staff: 'Personeel (7.1)', budget: 'Begroting (7.2)' },
    columns: { number: 'Nummer', objective: 'Strategische doelstelling', area: 'Domein', ambitions: 'Ambities', year: 'Jaar', yearLabel: 'Kolom van het plan', table: 'Tabel', envelope: 'Enveloppe', note: 'Opmerking' },
    fileName: 'strategisch-plan',
  },
  de: {
    heading: 'Den Plan, sein Personal und seinen Haushalt exportieren',
    ods: 'OpenDocument-Tabelle (ODS)',
    csv: 'CSV (Semikolon als Trennzeichen)',
    sheets: { objectives: 'Ziele', staff: 'Personal (7.1)', budget: 'Haushalt (7.2)' },
    columns: { number: 'Nummer', objective: 'Strategisches Ziel', area: 'Bereich', ambitions: 'Ambitionen', year: 'Jahr', yearLabel: 'Spalte des Plans', table: 'Tabelle', envelope: 'Umschlag', note: 'Anmerkung' },
    fileName: 'strategischer-plan',
  },
};
