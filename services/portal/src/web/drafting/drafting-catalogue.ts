/*
 * What the drafting and consolidation pages say, in French, Dutch and German (the German of the
 * German-speaking Community). Refusals of the plans service are named by their stable code.
 */

/** The fields of an operational objective's form, as the page names them (and the plans API's body fields). */
export const objectiveFields = ['strategicObjectiveNumber', 'statement', 'indicator', 'target', 'means', 'deadline'] as const;
export type ObjectiveField = typeof objectiveFields[number];

export interface DraftingCopy {
  title: (year: number, entity: string) => string;
  listTitle: string;
  /** the navigation entry of a drafter */
  nav: string;
  listIntro: string;
  noEntity: string;
  noPlan: (year: number) => string;
  yearEntity: (year: number, entity: string) => string;
  objectives: string;
  none: string;
  serves: string;
  fields: Record<ObjectiveField, string>;
  hints: { deadline: (year: number) => string; strategicObjectiveNumber: string };
  chooseObjective: string;
  result: string;
  previousResult: string;
  noResult: string;
  recordResult: string;
  edit: (code: string) => string;
  editTitle: (code: string) => string;
  newObjective: string;
  add: string;
  save: string;
  back: string;
  saved: (code: string) => string;
  resultSaved: (code: string) => string;
  errorTitle: string;
  required: string;
  tooLong: (max: number) => string;
  deadlineOutside: (year: number) => string;
  notDrafting: string;
  reviewComments: string;
  planComment: string;
  commentBy: (name: string, version: number | null) => string;
  task: { title: string; finish: string; finishHint: string; done: string; doneAt: (when: string, who: string) => string; closed: string; noTask: string; finished: string };
  problem: { title: string; hint: string; description: string; send: string; sent: string; notSent: string };
  refused: Record<string, string>;
  refusedOther: string;
  forbiddenEntity: string;
}

export interface ConsolidationCopy {
  title: (year: number) => string;
  entities: string;
  entity: string;
  status: string;
  statuses: Record<'open' | 'done' | 'closed_by_president_office' | 'failed', string>;
  doneBy: string;
  finishTitle: string;
  openDrafting: string;
  byObjective: string;
  noObjectives: string;
  owner: string;
  deadline: string;
  /** "Label : value", with the language's spacing before the colon */
  labelled: (label: string, value: string) => string;
  finish: string;
  finishHint: string;
  finished: string;
  noTask: string;
  notYet: string;
  noCycle: (year: number) => string;
}

const fr: { drafting: DraftingCopy; consolidation: ConsolidationCopy } = {
  drafting: {
    title: (year, entity) => `Objectifs opérationnels ${year} – ${entity}`,
    listTitle: 'Rédaction des plans opérationnels',
    nav: 'Rédaction',
    listIntro: 'Les entités pour lesquelles vous rédigez, et les plans opérationnels de votre organisation.',
    noEntity: 'Vous ne rédigez pour aucune entité aujourd’hui.',
    noPlan: (year) => `Il n’y a pas de plan opérationnel ${year}.`,
    yearEntity: (year, entity) => `${year} – ${entity}`,
    objectives: 'Objectifs SMART de l’entité',
    none: 'Aucun objectif n’est encore encodé.',
    serves: 'Objectif stratégique',
    fields: {
      strategicObjectiveNumber: 'Objectif stratégique servi', statement: 'Énoncé spécifique', indicator: 'Indicateur',
      target: 'Valeur cible', means: 'Moyens', deadline: 'Échéance',
    },
    hints: { deadline: (year) => `Une date de l’année ${year} (du 1er janvier au 31 décembre).`, strategicObjectiveNumber: 'Le numéro et l’intitulé de l’objectif du plan stratégique.' },
    chooseObjective: '— Choisissez un objectif stratégique —',
    result: 'Résultat atteint', previousResult: 'Résultat de l’année précédente', noResult: 'Pas encore de résultat.', recordResult: 'Enregistrer le résultat',
    edit: (code) => `Modifier l’objectif ${code}`,
    editTitle: (code) => `Objectif opérationnel ${code}`,
    newObjective: 'Encoder un nouvel objectif', add: 'Ajouter l’objectif', save: 'Enregistrer les modifications', back: 'Retour aux objectifs de l’entité',
    saved: (code) => `L’objectif ${code} est enregistré.`,
    resultSaved: (code) => `Le résultat de l’objectif ${code} est enregistré.`,
    errorTitle: 'Rien n’a été enregistré. Veuillez corriger les points suivants\u00a0:',
    required: 'Ce champ est obligatoire.',
    tooLong: (max) => `Au maximum ${max} caractères.`,
    deadlineOutside: (year) => `L’échéance doit tomber en ${year}, l’année du plan.`,
    notDrafting: 'Le plan n’est plus en rédaction\u00a0: les objectifs ne peuvent plus être modifiés, sauf si des modifications sont demandées.',
    reviewComments: 'Remarques des relecteurs', planComment: 'Remarques sur l’ensemble du plan',
    commentBy: (name, version) => (version === null ? name : `${name}, version ${version}`),
    task: {
      title: 'Votre tâche de rédaction', finish: 'J’ai terminé', finishHint: 'Signale au service du Président que les objectifs de l’entité sont encodés.',
      done: 'Rédaction terminée.', doneAt: (when, who) => `Terminée le ${when} par ${who}.`, closed: 'La rédaction a été clôturée par le service du Président.',
      noTask: 'Aucune tâche de rédaction ouverte pour vous.', finished: 'C’est noté\u00a0: la rédaction de l’entité est terminée.',
    },
    problem: {
      title: 'Signaler un problème', hint: 'Les cellules du Ministre et du Secrétaire d’État sont informées aussitôt.',
      description: 'Description du problème', send: 'Signaler le problème', sent: 'Le problème est signalé aux cellules stratégiques.', notSent: 'Le problème n’a pas pu être signalé.',
    },
    refused: {
      'operational_plan.not_drafting': 'Le plan n’est plus en rédaction\u00a0: cet objectif ne peut plus être modifié.',
      'operational_plan.not_in_force': 'Les résultats s’encodent une fois le plan transmis au Ministre.',
      'objective.deadline_outside_year': 'L’échéance doit tomber dans l’année du plan.',
      'objective.unknown_strategic_objective': 'Cet objectif stratégique n’existe pas dans le plan.',
      'objective.code_taken': 'Un objectif porte déjà ce code\u00a0; rechargez la page.',
      'plan.outside_entity_scope': 'Vous ne rédigez pas pour cette entité.',
      'plan.stale_revision': 'Quelqu’un a modifié cet objectif entre-temps\u00a0; rechargez la page et recommencez.',
    },
    refusedOther: 'La modification a été refusée\u00a0; rechargez la page et réessayez.',
    forbiddenEntity: 'rédiger les objectifs de cette entité',
  },
  consolidation: {
    title: (year) => `Consolidation du plan opérationnel ${year}`,
    entities: 'Entités et état de leur rédaction', entity: 'Entité', status: 'État',
    statuses: { open: 'En cours', done: 'Terminée', closed_by_president_office: 'Clôturée par le service du Président', failed: 'En échec (à suivre)' },
    doneBy: 'Par qui et quand', finishTitle: 'Votre confirmation', openDrafting: 'Voir et modifier',
    byObjective: 'Objectifs opérationnels par objectif stratégique', noObjectives: 'Aucun objectif opérationnel.',
    owner: 'Entité', deadline: 'Échéance', labelled: (label, value) => `${label}\u00a0: ${value}`,
    finish: 'Consolidation terminée', finishHint: 'Le plan consolidé est envoyé au comité de direction.',
    finished: 'La consolidation est enregistrée\u00a0: le plan part au comité de direction.',
    noTask: 'Aucune consolidation n’attend votre confirmation.', notYet: 'La consolidation commence quand la rédaction est terminée ou clôturée.',
    noCycle: (year) => `Aucun cycle ${year} n’est lancé.`,
  },
};

const nl: typeof fr = {
  drafting: {
    title: (year, entity) => `Operationele doelstellingen ${year} – ${entity}`,
    listTitle: 'Opstellen van de operationele plannen',
    nav: 'Opstellen',
    listIntro: 'De entiteiten waarvoor u opstelt, en de operationele plannen van uw organisatie.',
    noEntity: 'U stelt vandaag voor geen enkele entiteit op.',
    noPlan: (year) => `Er is geen operationeel plan ${year}.`,
    yearEntity: (year, entity) => `${year} – ${entity}`,
    objectives: 'SMART-doelstellingen van de entiteit',
    none: 'Er is nog geen doelstelling ingevoerd.',
    serves: 'Strategische doelstelling',
    fields: {
      strategicObjectiveNumber: 'Strategische doelstelling waaraan bijgedragen wordt', statement: 'Specifieke omschrijving', indicator: 'Indicator',
      target: 'Streefwaarde', means: 'Middelen', deadline: 'Termijn',
    },
    hints: { deadline: (year) => `Een datum in ${year} (van 1 januari tot 31 december).`, strategicObjectiveNumber: 'Het nummer en de titel van de doelstelling van het strategisch plan.' },
    chooseObjective: '— Kies een strategische doelstelling —',
    result: 'Behaald resultaat', previousResult: 'Resultaat van het vorige jaar', noResult: 'Nog geen resultaat.', recordResult: 'Resultaat opslaan',
    edit: (code) => `Doelstelling ${code} wijzigen`,
    editTitle: (code) => `Operationele doelstelling ${code}`,
    newObjective: 'Een nieuwe doelstelling invoeren', add: 'Doelstelling toevoegen', save: 'Wijzigingen opslaan', back: 'Terug naar de doelstellingen van de entiteit',
    saved: (code) => `Doelstelling ${code} is opgeslagen.`,
    resultSaved: (code) => `Het resultaat van doelstelling ${code} is opgeslagen.`,
    errorTitle: 'Er werd niets opgeslagen. Gelieve de volgende punten te verbeteren:',
    required: 'Dit veld is verplicht.',
    tooLong: (max) => `Maximaal ${max} tekens.`,
    deadlineOutside: (year) => `De termijn moet in ${year} vallen, het jaar van het plan.`,
    notDrafting: 'Het plan wordt niet meer opgesteld: de doelstellingen kunnen niet meer gewijzigd worden, tenzij wijzigingen gevraagd worden.',
    reviewComments: 'Opmerkingen van de nalezers', planComment: 'Opmerkingen over het hele plan',
    commentBy: (name, version) => (version === null ? name : `${name}, versie ${version}`),
    task: {
      title: 'Uw opstellingstaak', finish: 'Ik ben klaar', finishHint: 'Meldt aan de dienst van de Voorzitter dat de doelstellingen van de entiteit ingevoerd zijn.',
      done: 'Opstelling afgerond.', doneAt: (when, who) => `Afgerond op ${when} door ${who}.`, closed: 'De opstelling werd door de dienst van de Voorzitter afgesloten.',
      noTask: 'Er staat geen opstellingstaak voor u open.', finished: 'Genoteerd: de opstelling van de entiteit is afgerond.',
    },
    problem: {
      title: 'Een probleem melden', hint: 'De cellen van de Minister en de Staatssecretaris worden meteen ingelicht.',
      description: 'Omschrijving van het probleem', send: 'Het probleem melden', sent: 'Het probleem is gemeld aan de beleidscellen.', notSent: 'Het probleem kon niet gemeld worden.',
    },
    refused: {
      'operational_plan.not_drafting': 'Het plan wordt niet meer opgesteld: deze doelstelling kan niet meer gewijzigd worden.',
      'operational_plan.not_in_force': 'Resultaten worden ingevoerd zodra het plan aan de Minister bezorgd is.',
      'objective.deadline_outside_year': 'De termijn moet in het jaar van het plan vallen.',
      'objective.unknown_strategic_objective': 'Deze strategische doelstelling bestaat niet in het plan.',
      'objective.code_taken': 'Er bestaat al een doelstelling met deze code; laad de pagina opnieuw.',
      'plan.outside_entity_scope': 'U stelt niet op voor deze entiteit.',
      'plan.stale_revision': 'Iemand heeft deze doelstelling intussen gewijzigd; laad de pagina opnieuw en begin opnieuw.',
    },
    refusedOther: 'De wijziging werd geweigerd; laad de pagina opnieuw en probeer het nog eens.',
    forbiddenEntity: 'de doelstellingen van deze entiteit op te stellen',
  },
  consolidation: {
    title: (year) => `Consolidatie van het operationeel plan ${year}`,
    entities: 'Entiteiten en stand van hun opstelling', entity: 'Entiteit', status: 'Stand van zaken',
    statuses: { open: 'Bezig', done: 'Afgerond', closed_by_president_office: 'Afgesloten door de dienst van de Voorzitter', failed: 'Mislukt (op te volgen)' },
    doneBy: 'Door wie en wanneer', finishTitle: 'Uw bevestiging', openDrafting: 'Bekijken en wijzigen',
    byObjective: 'Operationele doelstellingen per strategische doelstelling', noObjectives: 'Geen operationele doelstellingen.',
    owner: 'Entiteit', deadline: 'Termijn', labelled: (label, value) => `${label}: ${value}`,
    finish: 'Consolidatie afgerond', finishHint: 'Het geconsolideerde plan gaat naar het directiecomité.',
    finished: 'De consolidatie is geregistreerd: het plan gaat naar het directiecomité.',
    noTask: 'Er wacht geen consolidatie op uw bevestiging.', notYet: 'De consolidatie begint wanneer de opstelling afgerond of afgesloten is.',
    noCycle: (year) => `Er is geen cyclus ${year} gestart.`,
  },
};

const de: typeof fr = {
  drafting: {
    title: (year, entity) => `Operative Ziele ${year} – ${entity}`,
    listTitle: 'Ausarbeitung der operativen Pläne',
    nav: 'Ausarbeitung',
    listIntro: 'Die Einheiten, für die Sie ausarbeiten, und die operativen Pläne Ihrer Organisation.',
    noEntity: 'Sie arbeiten heute für keine Einheit aus.',
    noPlan: (year) => `Es gibt keinen operativen Plan ${year}.`,
    yearEntity: (year, entity) => `${year} – ${entity}`,
    objectives: 'SMART-Ziele der Einheit',
    none: 'Es wurde noch kein Ziel erfasst.',
    serves: 'Strategisches Ziel',
    fields: {
      strategicObjectiveNumber: 'Unterstütztes strategisches Ziel', statement: 'Spezifische Beschreibung', indicator: 'Indikator',
      target: 'Zielwert', means: 'Mittel', deadline: 'Frist',
    },
    hints: { deadline: (year) => `Ein Datum im Jahr ${year} (vom 1. Januar bis zum 31. Dezember).`, strategicObjectiveNumber: 'Die Nummer und der Titel des Ziels des strategischen Plans.' },
    chooseObjective: '— Wählen Sie ein strategisches Ziel —',
    result: 'Erreichtes Ergebnis', previousResult: 'Ergebnis des Vorjahres', noResult: 'Noch kein Ergebnis.', recordResult: 'Ergebnis speichern',
    edit: (code) => `Ziel ${code} ändern`,
    editTitle: (code) => `Operatives Ziel ${code}`,
    newObjective: 'Ein neues Ziel erfassen', add: 'Ziel hinzufügen', save: 'Änderungen speichern', back: 'Zurück zu den Zielen der Einheit',
    saved: (code) => `Das Ziel ${code} ist gespeichert.`,
    resultSaved: (code) => `Das Ergebnis des Ziels ${code} ist gespeichert.`,
    errorTitle: 'Es wurde nichts gespeichert. Bitte korrigieren Sie folgende Punkte:',
    required: 'Dieses Feld ist erforderlich.',
    tooLong: (max) => `Höchstens ${max} Zeichen.`,
    deadlineOutside: (year) => `Die Frist muss im Jahr ${year}, dem Jahr des Plans, liegen.`,
    notDrafting: 'Der Plan ist nicht mehr in Ausarbeitung: Die Ziele können nicht mehr geändert werden, es sei denn, Änderungen werden verlangt.',
    reviewComments: 'Anmerkungen der Prüfer', planComment: 'Anmerkungen zum gesamten Plan',
    commentBy: (name, version) => (version === null ? name : `${name}, Version ${version}`),
    task: {
      title: 'Ihre Ausarbeitungsaufgabe', finish: 'Ich bin fertig', finishHint: 'Teilt dem Büro des Vorsitzes mit, dass die Ziele der Einheit erfasst sind.',
      done: 'Ausarbeitung abgeschlossen.', doneAt: (when, who) => `Abgeschlossen am ${when} von ${who}.`, closed: 'Die Ausarbeitung wurde vom Büro des Vorsitzes abgeschlossen.',
      noTask: 'Für Sie ist keine Ausarbeitungsaufgabe offen.', finished: 'Vermerkt: Die Ausarbeitung der Einheit ist abgeschlossen.',
    },
    problem: {
      title: 'Ein Problem melden', hint: 'Die Kabinette des Ministers und des Staatssekretärs werden sofort informiert.',
      description: 'Beschreibung des Problems', send: 'Das Problem melden', sent: 'Das Problem wurde den Kabinetten gemeldet.', notSent: 'Das Problem konnte nicht gemeldet werden.',
    },
    refused: {
      'operational_plan.not_drafting': 'Der Plan ist nicht mehr in Ausarbeitung: Dieses Ziel kann nicht mehr geändert werden.',
      'operational_plan.not_in_force': 'Ergebnisse werden erfasst, sobald der Plan dem Minister übermittelt wurde.',
      'objective.deadline_outside_year': 'Die Frist muss im Jahr des Plans liegen.',
      'objective.unknown_strategic_objective': 'Dieses strategische Ziel gibt es im Plan nicht.',
      'objective.code_taken': 'Ein Ziel mit diesem Code besteht bereits; laden Sie die Seite neu.',
      'plan.outside_entity_scope': 'Sie arbeiten nicht für diese Einheit aus.',
      'plan.stale_revision': 'Jemand hat dieses Ziel inzwischen geändert; laden Sie die Seite neu und beginnen Sie erneut.',
    },
    refusedOther: 'Die Änderung wurde abgelehnt; laden Sie die Seite neu und versuchen Sie es erneut.',
    forbiddenEntity: 'die Ziele dieser Einheit auszuarbeiten',
  },
  consolidation: {
    title: (year) => `Konsolidierung des operativen Plans ${year}`,
    entities: 'Einheiten und Stand ihrer Ausarbeitung', entity: 'Einheit', status: 'Stand',
    statuses: { open: 'Laufend', done: 'Abgeschlossen', closed_by_president_office: 'Vom Büro des Vorsitzes abgeschlossen', failed: 'Fehlgeschlagen (nachzuverfolgen)' },
    doneBy: 'Von wem und wann', finishTitle: 'Ihre Bestätigung', openDrafting: 'Ansehen und ändern',
    byObjective: 'Operative Ziele nach strategischem Ziel', noObjectives: 'Keine operativen Ziele.',
    owner: 'Einheit', deadline: 'Frist', labelled: (label, value) => `${label}: ${value}`,
    finish: 'Konsolidierung abgeschlossen', finishHint: 'Der konsolidierte Plan geht an das Direktionskomitee.',
    finished: 'Die Konsolidierung ist vermerkt: Der Plan geht an das Direktionskomitee.',
    noTask: 'Keine Konsolidierung wartet auf Ihre Bestätigung.', notYet: 'Die Konsolidierung beginnt, wenn die Ausarbeitung abgeschlossen ist.',
    noCycle: (year) => `Es wurde kein Zyklus ${year} gestartet.`,
  },
};

export const draftingCopy: Record<'fr' | 'nl' | 'de', { drafting: DraftingCopy; consolidation: ConsolidationCopy }> = { fr, nl, de };
