import type { ProgressStatus, YearEndStatus } from '@jalon/contracts';
import type { PageLanguage } from '../../ui/page-language.js';

/*
 * What the progress pages say (issue 16), in French, Dutch and German (the German of the
 * German-speaking Community). Refusals of the plans service are named by their stable code.
 */

export interface ProgressCopy {
  title: (year: number, entity: string) => string;
  overviewTitle: (year: number) => string;
  forbidden: string;
  noPlan: (year: number) => string;
  notInForce: string;
  intro: string;
  objectives: string;
  none: string;
  indicator: string;
  target: string;
  checkpoint: (date: string) => string;
  openCheckpoint: (date: string) => string;
  noOpenCheckpoint: string;
  history: string;
  noUpdate: string;
  fields: { indicatorValue: string; status: string; comment: string; droppedReason: string; value: string; yearEndStatus: string; explanation: string };
  hints: { indicatorValue: string; droppedReason: string };
  chooseStatus: string;
  statuses: Record<ProgressStatus, string>;
  yearEndStatuses: Record<YearEndStatus, string>;
  record: string;
  yearEnd: string;
  yearEndHint: string;
  recordYearEnd: string;
  saved: (code: string) => string;
  missing: (dates: string) => string;
  errorTitle: string;
  required: string;
  tooLong: (max: number) => string;
  refused: Record<string, string>;
  refusedOther: string;
  late: string;
  lateNone: string;
  entity: string;
  objective: string;
  missingCheckpoints: string;
  latest: string;
  byEntity: string;
  checkpoints: string;
  states: Record<'upcoming' | 'open' | 'closed', string>;
}

export const progressCopy: Record<PageLanguage, ProgressCopy> = {
  fr: {
    title: (year, entity) => `État d’avancement ${year} – ${entity}`,
    overviewTitle: (year) => `Suivi du plan opérationnel ${year}`,
    forbidden: 'l’état d’avancement de cette entité (réservé à ses rédacteurs et à la Cellule Corporate)',
    noPlan: (year) => `Aucun plan opérationnel ${year}`,
    notInForce: 'Le plan n’est pas encore en vigueur\u00a0: l’état d’avancement se communique une fois le plan transmis au Ministre.',
    intro: 'À chaque échéance de suivi, indiquez pour chaque objectif la valeur atteinte de l’indicateur, son statut et un commentaire.',
    objectives: 'Objectifs de l’entité',
    none: 'Cette entité n’a pas d’objectif dans ce plan.',
    indicator: 'Indicateur',
    target: 'Cible',
    checkpoint: (date) => `Situation au ${date}`,
    openCheckpoint: (date) => `Échéance de suivi ouverte\u00a0: ${date}`,
    noOpenCheckpoint: 'Aucune échéance de suivi n’est ouverte pour le moment.',
    history: 'Situations communiquées',
    noUpdate: 'Aucune situation communiquée.',
    fields: { indicatorValue: 'Valeur de l’indicateur', status: 'Statut', comment: 'Commentaire', droppedReason: 'Raison de l’abandon', value: 'Valeur atteinte', yearEndStatus: 'Résultat', explanation: 'Explication' },
    hints: { indicatorValue: 'Telle que l’indicateur s’exprime (un nombre, un pourcentage, une date…), à comparer à la cible.', droppedReason: 'Obligatoire si l’objectif est abandonné.' },
    chooseStatus: 'Choisir un statut',
    statuses: { on_track: 'En bonne voie', at_risk: 'À risque', late: 'En retard', done: 'Réalisé', dropped: 'Abandonné' },
    yearEndStatuses: { achieved: 'Atteint', partly_achieved: 'Partiellement atteint', not_achieved: 'Non atteint', dropped: 'Abandonné' },
    record: 'Enregistrer la situation',
    yearEnd: 'Résultat de l’année',
    yearEndHint: 'Le résultat de l’année alimente le plan de l’année suivante et l’évaluation des mandataires.',
    recordYearEnd: 'Enregistrer le résultat de l’année',
    saved: (code) => `Enregistré pour l’objectif ${code}.`,
    missing: (dates) => `Situation manquante\u00a0: ${dates}`,
    errorTitle: 'Le formulaire contient des erreurs',
    required: 'Ce champ est obligatoire.',
    tooLong: (max) => `${max} caractères au maximum.`,
    refused: {
      'plan.stale_revision': 'Quelqu’un a modifié cet objectif entre-temps\u00a0: rechargez la page et recommencez.',
      'operational_plan.not_in_force': 'Le plan n’est pas en vigueur\u00a0: rien ne peut encore être enregistré.',
      'progress.checkpoint_not_open': 'Cette échéance de suivi n’est pas encore ouverte.',
      'plan.outside_entity_scope': 'Cet objectif relève d’une autre entité.',
    },
    refusedOther: 'L’enregistrement a été refusé. Rechargez la page et recommencez.',
    late: 'Entités en retard',
    lateNone: 'Aucune entité n’est en retard.',
    entity: 'Entité',
    objective: 'Objectif',
    missingCheckpoints: 'Échéances sans réponse',
    latest: 'Dernière situation',
    byEntity: 'Objectifs par entité',
    checkpoints: 'Échéances de suivi',
    states: { upcoming: 'à venir', open: 'ouverte', closed: 'clôturée' },
  },
  nl: {
    title: (year, entity) => `Stand van zaken ${year} – ${entity}`,
    overviewTitle: (year) => `Opvolging van het operationeel plan ${year}`,
    forbidden: 'de stand van zaken van deze entiteit (voorbehouden aan haar opstellers en aan de Cel Corporate)',
    noPlan: (year) => `Geen operationeel plan ${year}`,
    notInForce: 'Het plan is nog niet van kracht: de stand van zaken wordt meegedeeld zodra het plan aan de Minister is bezorgd.',
    intro: 'Vermeld op elke opvolgingsdatum voor elke doelstelling de bereikte waarde van de indicator, de status en een commentaar.',
    objectives: 'Doelstellingen van de entiteit',
    none: 'Deze entiteit heeft geen doelstelling in dit plan.',
    indicator: 'Indicator',
    target: 'Streefwaarde',
    checkpoint: (date) => `Stand op ${date}`,
    openCheckpoint: (date) => `Open opvolgingsdatum: ${date}`,
    noOpenCheckpoint: 'Er is momenteel geen opvolgingsdatum open.',
    history: 'Meegedeelde standen',
    noUpdate: 'Nog geen stand meegedeeld.',
    fields: { indicatorValue: 'Waarde van de indicator', status: 'Status', comment: 'Commentaar', droppedReason: 'Reden van stopzetting', value: 'Bereikte waarde', yearEndStatus: 'Resultaat', explanation: 'Toelichting' },
    hints: { indicatorValue: 'Zoals de indicator wordt uitgedrukt (een getal, een percentage, een datum…), te vergelijken met de streefwaarde.', droppedReason: 'Verplicht als de doelstelling wordt stopgezet.' },
    chooseStatus: 'Kies een status',
    statuses: { on_track: 'Op schema', at_risk: 'Risico', late: 'Achter op schema', done: 'Gerealiseerd', dropped: 'Stopgezet' },
    yearEndStatuses: { achieved: 'Bereikt', partly_achieved: 'Gedeeltelijk bereikt', not_achieved: 'Niet bereikt', dropped: 'Stopgezet' },
    record: 'Stand opslaan',
    yearEnd: 'Jaarresultaat',
    yearEndHint: 'Het jaarresultaat voedt het plan van het volgende jaar en de evaluatie van de mandaathouders.',
    recordYearEnd: 'Jaarresultaat opslaan',
    saved: (code) => `Opgeslagen voor doelstelling ${code}.`,
    missing: (dates) => `Ontbrekende stand: ${dates}`,
    errorTitle: 'Het formulier bevat fouten',
    required: 'Dit veld is verplicht.',
    tooLong: (max) => `Maximaal ${max} tekens.`,
    refused: {
      'plan.stale_revision': 'Iemand heeft deze doelstelling intussen gewijzigd: laad de pagina opnieuw en probeer het nog eens.',
      'operational_plan.not_in_force': 'Het plan is niet van kracht: er kan nog niets worden opgeslagen.',
      'progress.checkpoint_not_open': 'Deze opvolgingsdatum is nog niet open.',
      'plan.outside_entity_scope': 'Deze doelstelling behoort tot een andere entiteit.',
    },
    refusedOther: 'Het opslaan werd geweigerd. Laad de pagina opnieuw en probeer het nog eens.',
    late: 'Entiteiten die te laat zijn',
    lateNone: 'Geen enkele entiteit is te laat.',
    entity: 'Entiteit',
    objective: 'Doelstelling',
    missingCheckpoints: 'Opvolgingsdata zonder antwoord',
    latest: 'Laatste stand',
    byEntity: 'Doelstellingen per entiteit',
    checkpoints: 'Opvolgingsdata',
    states: { upcoming: 'komt nog', open: 'open', closed: 'afgesloten' },
  },
  de: {
    title: (year, entity) => `Sachstand ${year} – ${entity}`,
    overviewTitle: (year) => `Begleitung des operativen Plans ${year}`,
    forbidden: 'den Sachstand dieser Einheit (ihren Verfassern und der Zelle Corporate vorbehalten)',
    noPlan: (year) => `Kein operativer Plan ${year}`,
    notInForce: 'Der Plan ist noch nicht in Kraft: Der Sachstand wird mitgeteilt, sobald der Plan dem Minister übermittelt ist.',
    intro: 'Geben Sie zu jedem Stichtag für jedes Ziel den erreichten Wert des Indikators, den Status und einen Kommentar an.',
    objectives: 'Ziele der Einheit',
    none: 'Diese Einheit hat in diesem Plan kein Ziel.',
    indicator: 'Indikator',
    target: 'Zielwert',
    checkpoint: (date) => `Stand zum ${date}`,
    openCheckpoint: (date) => `Offener Stichtag: ${date}`,
    noOpenCheckpoint: 'Derzeit ist kein Stichtag offen.',
    history: 'Mitgeteilte Sachstände',
    noUpdate: 'Noch kein Sachstand mitgeteilt.',
    fields: { indicatorValue: 'Wert des Indikators', status: 'Status', comment: 'Kommentar', droppedReason: 'Grund für die Aufgabe', value: 'Erreichter Wert', yearEndStatus: 'Ergebnis', explanation: 'Erläuterung' },
    hints: { indicatorValue: 'So, wie der Indikator ausgedrückt wird (eine Zahl, ein Prozentsatz, ein Datum…), mit dem Zielwert zu vergleichen.', droppedReason: 'Pflichtangabe, wenn das Ziel aufgegeben wird.' },
    chooseStatus: 'Status wählen',
    statuses: { on_track: 'Im Plan', at_risk: 'Gefährdet', late: 'Im Verzug', done: 'Erreicht', dropped: 'Aufgegeben' },
    yearEndStatuses: { achieved: 'Erreicht', partly_achieved: 'Teilweise erreicht', not_achieved: 'Nicht erreicht', dropped: 'Aufgegeben' },
    record: 'Sachstand speichern',
    yearEnd: 'Jahresergebnis',
    yearEndHint: 'Das Jahresergebnis fließt in den Plan des folgenden Jahres und in die Bewertung der Mandatsträger ein.',
    recordYearEnd: 'Jahresergebnis speichern',
    saved: (code) => `Für Ziel ${code} gespeichert.`,
    missing: (dates) => `Fehlender Sachstand: ${dates}`,
    errorTitle: 'Das Formular enthält Fehler',
    required: 'Dieses Feld ist ein Pflichtfeld.',
    tooLong: (max) => `Höchstens ${max} Zeichen.`,
    refused: {
      'plan.stale_revision': 'Jemand hat dieses Ziel inzwischen geändert: Laden Sie die Seite neu und versuchen Sie es erneut.',
      'operational_plan.not_in_force': 'Der Plan ist nicht in Kraft: Es kann noch nichts gespeichert werden.',
      'progress.checkpoint_not_open': 'Dieser Stichtag ist noch nicht offen.',
      'plan.outside_entity_scope': 'Dieses Ziel gehört zu einer anderen Einheit.',
    },
    refusedOther: 'Das Speichern wurde abgelehnt. Laden Sie die Seite neu und versuchen Sie es erneut.',
    late: 'Einheiten im Verzug',
    lateNone: 'Keine Einheit ist im Verzug.',
    entity: 'Einheit',
    objective: 'Ziel',
    missingCheckpoints: 'Stichtage ohne Antwort',
    latest: 'Letzter Sachstand',
    byEntity: 'Ziele nach Einheit',
    checkpoints: 'Stichtage',
    states: { upcoming: 'bevorstehend', open: 'offen', closed: 'abgeschlossen' },
  },
};
