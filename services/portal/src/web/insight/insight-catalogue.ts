import type { ProgressStatus, YearEndStatus } from '@jalon/contracts';
import type { PageLanguage } from '../../ui/page-language.js';

/** A progress status, or none when the owner entity has not answered yet. */
export type ShownStatus = ProgressStatus | 'none';
export type ShownYearEndStatus = YearEndStatus | 'none';

/** The words of progress, charts, year-end reports and exports (issue 16, parts 2, 3 and 6). */
export interface InsightCopy {
  status: Record<ShownStatus, string>;
  yearEndStatus: Record<ShownYearEndStatus, string>;
  checkpointState: Record<'upcoming' | 'open' | 'closed', string>;
  progressHeading: string;
  progressOf: (year: number) => string;
  noProgress: string;
  priority: (n: number) => string;
  noPriority: string;
  /** column headings, shared by the pages' tables and the exports */
  columns: {
    priority: string; code: string; strategicObjective: string; statement: string; owner: string; indicator: string; target: string;
    checkpoint: string; value: string; status: string; comment: string; droppedReason: string; missing: string; objectives: string;
    resultValue: string; resultStatus: string; explanation: string; means: string; deadline: string; lateUpdates: string; state: string;
  };
  statusChart: { title: string; desc: (parts: string) => string; caption: string; count: string };
  /**
   * The same chart and column when the strategic plan does not link its objectives to its priorities
   * (the reference plan: its five priorities frame every objective): one bar per strategic objective.
   */
  byStrategicObjective: { label: (n: number) => string; column: string; statusChart: { title: string; desc: (parts: string) => string; caption: string } };
  trendChart: { heading: string; title: (code: string) => string; desc: (code: string, points: string) => string; caption: (code: string) => string; none: string };
  lateChart: { title: string; desc: (parts: string) => string; caption: string; none: string };
  objectivesCaption: string;
  checkpointsCaption: string;
  none: string;
  report: {
    title: (year: number) => string;
    entityTitle: (year: number, entity: string) => string;
    intro: string;
    entitiesHeading: string;
    resultsHeading: string;
    resultsCaption: string;
    progressHeading: string;
    progressCaption: string;
    chartsHeading: string;
    downloads: string;
    ods: string;
    csv: string;
    notFound: string;
    back: string;
    link: (year: number) => string;
  };
  exports: { heading: string; planCsv: string; planOds: string; sheets: { plan: string; progress: string; results: string } };
  /** the start of downloaded files' names: ASCII, so every browser and file system keeps them as they are */
  fileNames: { plan: string; report: string };
}

const fr: InsightCopy = {
  status: { on_track: 'Dans les temps', at_risk: 'À risque', late: 'En retard', done: 'Réalisé', dropped: 'Abandonné', none: 'Pas de mise à jour' },
  yearEndStatus: { achieved: 'Atteint', partly_achieved: 'Partiellement atteint', not_achieved: 'Non atteint', dropped: 'Abandonné', none: 'Pas encore enregistré' },
  checkpointState: { upcoming: 'à venir', open: 'en cours', closed: 'clôturé' },
  progressHeading: 'Avancement',
  progressOf: (year) => `Avancement du plan opérationnel ${year}`,
  noProgress: 'Aucun avancement n’est encore enregistré pour ce plan.',
  priority: (n) => `Priorité ${n}`,
  noPriority: 'Sans priorité',
  columns: {
    priority: 'Priorité stratégique', code: 'Code', strategicObjective: 'Objectif stratégique', statement: 'Objectif opérationnel', owner: 'Entité responsable',
    indicator: 'Indicateur', target: 'Cible', checkpoint: 'Point de suivi', value: 'Valeur de l’indicateur', status: 'Statut', comment: 'Commentaire',
    droppedReason: 'Motif de l’abandon', missing: 'Mises à jour manquantes', objectives: 'Objectifs', resultValue: 'Résultat (valeur)',
    resultStatus: 'Résultat (statut)', explanation: 'Explication', means: 'Moyens', deadline: 'Échéance', lateUpdates: 'Mises à jour en retard', state: 'État',
  },
  statusChart: {
    title: 'Statut des objectifs par priorité stratégique',
    desc: (parts) => `Nombre d’objectifs opérationnels par statut, pour chaque priorité : ${parts}.`,
    caption: 'Statut des objectifs par priorité stratégique (dernière mise à jour de chaque objectif)',
    count: 'Nombre d’objectifs',
  },
  byStrategicObjective: {
    label: (n) => `Objectif stratégique ${n}`,
    column: 'Objectif stratégique',
    statusChart: {
      title: 'Statut des objectifs opérationnels par objectif stratégique',
      desc: (parts) => `Nombre d’objectifs opérationnels par statut, pour chaque objectif stratégique qu’ils servent : ${parts}.`,
      caption: 'Statut des objectifs opérationnels par objectif stratégique (dernière mise à jour de chaque objectif)',
    },
  },
  trendChart: {
    heading: 'Évolution des indicateurs',
    title: (code) => `Évolution de l’indicateur de l’objectif ${code}`,
    desc: (code, points) => `Valeurs de l’indicateur de l’objectif ${code} aux points de suivi : ${points}.`,
    caption: (code) => `Valeurs de l’indicateur de l’objectif ${code} par point de suivi`,
    none: 'Aucun indicateur n’a encore au moins deux valeurs chiffrées.',
  },
  lateChart: {
    title: 'Mises à jour en retard par entité',
    desc: (parts) => `Nombre de mises à jour attendues et non reçues, par entité : ${parts}.`,
    caption: 'Mises à jour en retard par entité responsable',
    none: 'Aucune mise à jour n’est en retard.',
  },
  objectivesCaption: 'Dernière mise à jour de chaque objectif opérationnel',
  checkpointsCaption: 'Points de suivi de l’année',
  none: '—',
  report: {
    title: (year) => `Rapport annuel ${year}`,
    entityTitle: (year, entity) => `Rapport annuel ${year} : ${entity}`,
    intro: 'Résultat de chaque objectif opérationnel en fin d’année et avancement aux points de suivi, pour le comité de direction et l’évaluation des titulaires de mandat.',
    entitiesHeading: 'Rapport par entité',
    resultsHeading: 'Résultats de fin d’année',
    resultsCaption: 'Résultat de fin d’année de chaque objectif opérationnel',
    progressHeading: 'Avancement aux points de suivi',
    progressCaption: 'Valeur et statut de chaque objectif à chaque point de suivi',
    chartsHeading: 'Graphiques',
    downloads: 'Télécharger',
    ods: 'Tableur OpenDocument (ODS)',
    csv: 'CSV (séparateur point-virgule)',
    notFound: 'Aucun rapport pour cette année ou cette entité.',
    back: 'Retour au rapport de l’organisation',
    link: (year) => `Rapport annuel ${year}`,
  },
  exports: { heading: 'Exporter le plan, son avancement et ses résultats', planCsv: 'CSV (séparateur point-virgule)', planOds: 'Tableur OpenDocument (ODS)', sheets: { plan: 'Plan', progress: 'Avancement', results: 'Résultats' } },
  fileNames: { plan: 'plan-operationnel', report: 'rapport-annuel' },
};

const nl: InsightCopy = {
  status: { on_track: 'Op schema', at_risk: 'Risico', late: 'Vertraagd', done: 'Gerealiseerd', dropped: 'Stopgezet', none: 'Geen stand van zaken' },
  yearEndStatus: { achieved: 'Bereikt', partly_achieved: 'Gedeeltelijk bereikt', not_achieved: 'Niet bereikt', dropped: 'Stopgezet', none: 'Nog niet geregistreerd' },
  checkpointState: { upcoming: 'gepland', open: 'lopend', closed: 'afgesloten' },
  progressHeading: 'Voortgang',
  progressOf: (year) => `Voortgang van het operationeel plan ${year}`,
  noProgress: 'Voor dit plan is nog geen voortgang geregistreerd.',
  priority: (n) => `Prioriteit ${n}`,
  noPriority: 'Zonder prioriteit',
  columns: {
    priority: 'Strategische prioriteit', code: 'Code', strategicObjective: 'Strategische doelstelling', statement: 'Operationele doelstelling', owner: 'Verantwoordelijke entiteit',
    indicator: 'Indicator', target: 'Streefwaarde', checkpoint: 'Opvolgingsmoment', value: 'Waarde van de indicator', status: 'Status', comment: 'Commentaar',
    droppedReason: 'Reden van stopzetting', missing: 'Ontbrekende stand van zaken', objectives: 'Doelstellingen', resultValue: 'Resultaat (waarde)',
    resultStatus: 'Resultaat (status)', explanation: 'Toelichting', means: 'Middelen', deadline: 'Termijn', lateUpdates: 'Laattijdige stand van zaken', state: 'Toestand',
  },
  statusChart: {
    title: 'Status van de doelstellingen per strategische prioriteit',
    desc: (parts) => `Aantal operationele doelstellingen per status, voor elke prioriteit: ${parts}.`,
    caption: 'Status van de doelstellingen per strategische prioriteit (laatste stand van zaken van elke doelstelling)',
    count: 'Aantal doelstellingen',
  },
  byStrategicObjective: {
    label: (n) => `Strategische doelstelling ${n}`,
    column: 'Strategische doelstelling',
    statusChart: {
      title: 'Status van de operationele doelstellingen per strategische doelstelling',
      desc: (parts) => `Aantal operationele doelstellingen per status, voor elke strategische doelstelling die ze dienen: ${parts}.`,
      caption: 'Status van de operationele doelstellingen per strategische doelstelling (laatste stand van zaken van elke doelstelling)',
    },
  },
  trendChart: {
    heading: 'Verloop van de indicatoren',
    title: (code) => `Verloop van de indicator van doelstelling ${code}`,
    desc: (code, points) => `Waarden van de indicator van doelstelling ${code} op de opvolgingsmomenten: ${points}.`,
    caption: (code) => `Waarden van de indicator van doelstelling ${code} per opvolgingsmoment`,
    none: 'Nog geen enkele indicator heeft minstens twee cijferwaarden.',
  },
  lateChart: {
    title: 'Laattijdige stand van zaken per entiteit',
    desc: (parts) => `Aantal verwachte maar niet ontvangen standen van zaken, per entiteit: ${parts}.`,
    caption: 'Laattijdige stand van zaken per verantwoordelijke entiteit',
    none: 'Er is geen laattijdige stand van zaken.',
  },
  objectivesCaption: 'Laatste stand van zaken van elke operationele doelstelling',
  checkpointsCaption: 'Opvolgingsmomenten van het jaar',
  none: '—',
  report: {
    title: (year) => `Jaarverslag ${year}`,
    entityTitle: (year, entity) => `Jaarverslag ${year}: ${entity}`,
    intro: 'Resultaat van elke operationele doelstelling op het einde van het jaar en voortgang op de opvolgingsmomenten, voor het directiecomité en de evaluatie van de mandaathouders.',
    entitiesHeading: 'Verslag per entiteit',
    resultsHeading: 'Resultaten op het einde van het jaar',
    resultsCaption: 'Resultaat op het einde van het jaar van elke operationele doelstelling',
    progressHeading: 'Voortgang op de opvolgingsmomenten',
    progressCaption: 'Waarde en status van elke doelstelling op elk opvolgingsmoment',
    chartsHeading: 'Grafieken',
    downloads: 'Downloaden',
    ods: 'OpenDocument-rekenblad (ODS)',
    csv: 'CSV (puntkomma als scheidingsteken)',
    notFound: 'Geen verslag voor dit jaar of deze entiteit.',
    back: 'Terug naar het verslag van de organisatie',
    link: (year) => `Jaarverslag ${year}`,
  },
  exports: { heading: 'Het plan, de voortgang en de resultaten exporteren', planCsv: 'CSV (puntkomma als scheidingsteken)', planOds: 'OpenDocument-rekenblad (ODS)', sheets: { plan: 'Plan', progress: 'Voortgang', results: 'Resultaten' } },
  fileNames: { plan: 'operationeel-plan', report: 'jaarverslag' },
};

const de: InsightCopy = {
  status: { on_track: 'Im Zeitplan', at_risk: 'Gefährdet', late: 'Im Verzug', done: 'Erreicht', dropped: 'Aufgegeben', none: 'Kein Sachstand' },
  yearEndStatus: { achieved: 'Erreicht', partly_achieved: 'Teilweise erreicht', not_achieved: 'Nicht erreicht', dropped: 'Aufgegeben', none: 'Noch nicht erfasst' },
  checkpointState: { upcoming: 'bevorstehend', open: 'laufend', closed: 'abgeschlossen' },
  progressHeading: 'Fortschritt',
  progressOf: (year) => `Fortschritt des operativen Plans ${year}`,
  noProgress: 'Für diesen Plan ist noch kein Fortschritt erfasst.',
  priority: (n) => `Priorität ${n}`,
  noPriority: 'Ohne Priorität',
  columns: {
    priority: 'Strategische Priorität', code: 'Code', strategicObjective: 'Strategisches Ziel', statement: 'Operatives Ziel', owner: 'Verantwortliche Einheit',
    indicator: 'Indikator', target: 'Zielwert', checkpoint: 'Stichtag', value: 'Wert des Indikators', status: 'Status', comment: 'Kommentar',
    droppedReason: 'Grund der Aufgabe', missing: 'Fehlende Sachstände', objectives: 'Ziele', resultValue: 'Ergebnis (Wert)',
    resultStatus: 'Ergebnis (Status)', explanation: 'Erläuterung', means: 'Mittel', deadline: 'Frist', lateUpdates: 'Verspätete Sachstände', state: 'Stand',
  },
  statusChart: {
    title: 'Status der Ziele je strategischer Priorität',
    desc: (parts) => `Anzahl der operativen Ziele je Status, für jede Priorität: ${parts}.`,
    caption: 'Status der Ziele je strategischer Priorität (letzter Sachstand jedes Ziels)',
    count: 'Anzahl der Ziele',
  },
  byStrategicObjective: {
    label: (n) => `Strategisches Ziel ${n}`,
    column: 'Strategisches Ziel',
    statusChart: {
      title: 'Status der operativen Ziele je strategischem Ziel',
      desc: (parts) => `Anzahl der operativen Ziele je Status, für jedes strategische Ziel, dem sie dienen: ${parts}.`,
      caption: 'Status der operativen Ziele je strategischem Ziel (letzter Sachstand jedes Ziels)',
    },
  },
  trendChart: {
    heading: 'Entwicklung der Indikatoren',
    title: (code) => `Entwicklung des Indikators von Ziel ${code}`,
    desc: (code, points) => `Werte des Indikators von Ziel ${code} an den Stichtagen: ${points}.`,
    caption: (code) => `Werte des Indikators von Ziel ${code} je Stichtag`,
    none: 'Noch kein Indikator hat mindestens zwei Zahlenwerte.',
  },
  lateChart: {
    title: 'Verspätete Sachstände je Einheit',
    desc: (parts) => `Anzahl der erwarteten, aber nicht eingegangenen Sachstände je Einheit: ${parts}.`,
    caption: 'Verspätete Sachstände je verantwortlicher Einheit',
    none: 'Kein Sachstand ist verspätet.',
  },
  objectivesCaption: 'Letzter Sachstand jedes operativen Ziels',
  checkpointsCaption: 'Stichtage des Jahres',
  none: '—',
  report: {
    title: (year) => `Jahresbericht ${year}`,
    entityTitle: (year, entity) => `Jahresbericht ${year}: ${entity}`,
    intro: 'Ergebnis jedes operativen Ziels zum Jahresende und Fortschritt an den Stichtagen, für das Direktionskomitee und die Bewertung der Mandatsträger.',
    entitiesHeading: 'Bericht je Einheit',
    resultsHeading: 'Ergebnisse zum Jahresende',
    resultsCaption: 'Ergebnis jedes operativen Ziels zum Jahresende',
    progressHeading: 'Fortschritt an den Stichtagen',
    progressCaption: 'Wert und Status jedes Ziels an jedem Stichtag',
    chartsHeading: 'Diagramme',
    downloads: 'Herunterladen',
    ods: 'OpenDocument-Tabelle (ODS)',
    csv: 'CSV (Semikolon als Trennzeichen)',
    notFound: 'Kein Bericht für dieses Jahr oder diese Einheit.',
    back: 'Zurück zum Bericht der Organisation',
    link: (year) => `Jahresbericht ${year}`,
  },
  exports: { heading: 'Den Plan, seinen Fortschritt und seine Ergebnisse exportieren', planCsv: 'CSV (Semikolon als Trennzeichen)', planOds: 'OpenDocument-Tabelle (ODS)', sheets: { plan: 'Plan', progress: 'Fortschritt', results: 'Ergebnisse' } },
  fileNames: { plan: 'operativer-plan', report: 'jahresbericht' },
};

export const insightCopy: Record<PageLanguage, InsightCopy> = { fr, nl, de };
