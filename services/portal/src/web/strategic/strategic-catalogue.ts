/**
 * What the pages of the draft strategic plan say (the President's office edits it, starts and
 * resubmits its lifecycle), in French, Dutch and German. German as the German-speaking Community
 * writes it: "Strategieplan", "Direktionsausschuss", "Staatssekretär".
 */
export interface StrategicCopy {
  what: string;
  errorTitle: string;
  editTitle: string;
  editIntro: string;
  notEditable: (status: string) => string;
  /** the strategic lifecycle's stages, in words a person understands */
  stages: Record<string, string>;
  statusLabel: string;
  stageLabel: string;
  changesRequestedBy: (step: string) => string;
  changesRequestedHint: string;
  reReviewHint: string;
  steps: Record<string, string>;
  outcomes: { approve: string; request_changes: string };
  commentsOn: (title: string) => string;
  planComments: string;
  noComment: string;
  commentBy: (name: string, role: string, when: string) => string;
  priorities: string;
  objectives: string;
  riskDomains: string;
  edit: string;
  editObjective: (number: number) => string;
  newObjective: string;
  addObjective: string;
  title: string;
  text: string;
  owners: string;
  allEntities: string;
  ambitions: string;
  ambition: (n: number) => string;
  newAmbition: string;
  ambitionOwners: (n: number) => string;
  remove: string;
  position: string;
  priority: (n: number) => string;
  newPriority: string;
  risk: (n: number) => string;
  newRisk: string;
  weaknesses: string;
  threats: string;
  oneALine: string;
  riskObjectives: string;
  category: string;
  categories: { governance: string; core_mission: string };
  domain: string;
  domains: { none: string; security: string; registration_identification: string; elections: string; foreigners: string };
  save: string;
  saved: string;
  back: string;
  start: string;
  started: string;
  resubmit: string;
  resubmitted: string;
  resubmitHint: string;
  errors: {
    required: string; tooLong: string; owner: string; unknownEntity: string; unknownObjective: string; invalid: string;
    stale: string; notEditable: string; refused: string; resubmitRefused: string;
  };
  /** the Minister's cell's tasks: the plans awaiting its signature */
  toSign: string;
  editDraft: string;
  toSignItem: (title: string, version: number) => string;
  sha256: string;
}

const fr: StrategicCopy = {
  errorTitle: 'Erreur',
  what: 'modifier le plan stratégique en projet ni en lancer le cycle',
  editTitle: 'Projet de plan stratégique',
  editIntro: 'Le bureau du président rédige le projet : priorités, objectifs stratégiques avec leurs entités responsables et leurs ambitions, domaines de risque. Le projet se modifie tant qu’il est en rédaction.',
  notEditable: (status) => `Le plan est au stade « ${status} » : il ne peut pas être modifié pour l’instant. Il redevient modifiable si une étape d’examen demande des modifications.`,
  stages: {
    drafting: 'Rédaction par le bureau du président', committee: 'Examen par le comité de direction', state_secretary_review: 'Examen par le secrétaire d’État',
    awaiting_signature: 'En attente de la signature du ministre', signed: 'Signé par le ministre', communicated: 'Signé et communiqué', changes_requested: 'Modifications demandées',
  },
  statusLabel: 'Statut', stageLabel: 'Étape',
  changesRequestedBy: (step) => `Modifications demandées par : ${step}.`,
  changesRequestedHint: 'Les commentaires figurent à côté de chaque objectif concerné. Modifiez le projet puis renvoyez-le.',
  reReviewHint: 'Le secrétaire d’État n’examinera à nouveau que les objectifs de sa compétence modifiés depuis son approbation.',
  steps: { committee: 'le comité de direction', state_secretary_review: 'le secrétaire d’État', drafting: 'la rédaction', awaiting_signature: 'la signature' },
  outcomes: { approve: 'approuvé', request_changes: 'modifications demandées' },
  commentsOn: (title) => `Commentaires sur « ${title} »`,
  planComments: 'Commentaires sur l’ensemble du plan',
  noComment: 'Aucun commentaire.',
  commentBy: (name, role, when) => `${name} (${role}), ${when}`,
  priorities: 'Priorités stratégiques', objectives: 'Objectifs stratégiques', riskDomains: 'Domaines de risque stratégiques',
  edit: 'Modifier', editObjective: (n) => `Objectif stratégique ${n}`, newObjective: 'Nouvel objectif stratégique', addObjective: 'Ajouter un objectif stratégique',
  title: 'Titre', text: 'Texte', owners: 'Entités responsables', allEntities: '(Tous) – toutes les entités',
  ambitions: 'Ambitions', ambition: (n) => `Ambition ${n}`, newAmbition: 'Nouvelle ambition', ambitionOwners: (n) => `Entités responsables de l’ambition ${n}`,
  remove: 'Supprimer', position: 'Position',
  priority: (n) => `Priorité ${n}`, newPriority: 'Nouvelle priorité',
  risk: (n) => `Domaine de risque ${n}`, newRisk: 'Nouveau domaine de risque',
  weaknesses: 'Faiblesses', threats: 'Menaces', oneALine: 'Une par ligne.', riskObjectives: 'Objectifs stratégiques liés',
  category: 'Catégorie', categories: { governance: 'Gouvernance et fonctionnement', core_mission: 'Missions de base' },
  domain: 'Domaine', domains: { none: 'Aucun', security: 'Sécurité', registration_identification: 'Enregistrement et identification', elections: 'Élections', foreigners: 'Accès au territoire, séjour et éloignement des étrangers' },
  save: 'Enregistrer', saved: 'Les modifications sont enregistrées.', back: 'Retour au projet de plan',
  start: 'Lancer le cycle du plan stratégique', started: 'Le cycle est lancé : le projet est envoyé au comité de direction.',
  resubmit: 'Renvoyer le projet modifié', resubmitted: 'Le projet modifié est renvoyé pour examen.',
  resubmitHint: 'Une fois renvoyé, le projet est figé dans une nouvelle version et soumis à nouveau au comité de direction.',
  errors: {
    required: 'Ce champ est obligatoire.', tooLong: 'Ce texte est trop long.', owner: 'Choisissez au moins une entité responsable.',
    unknownEntity: 'Cette entité n’existe pas dans l’organisation.', unknownObjective: 'Le plan n’a pas cet objectif.', invalid: 'Cette valeur n’est pas valable.',
    stale: 'Quelqu’un a modifié ce contenu entre-temps. Vos saisies sont conservées ci-dessous : vérifiez le texte actuel du plan avant d’enregistrer à nouveau.',
    notEditable: 'Le plan n’est plus en rédaction : rien n’a été modifié.', refused: 'La modification a été refusée ; rien n’a été modifié.',
    resubmitRefused: 'Le projet ne peut pas être renvoyé pour l’instant : il n’attend pas de modifications.',
  },
  toSign: 'À signer', editDraft: 'Modifier le projet', toSignItem: (title, v) => `Signer « ${title} », version ${v}`, sha256: 'Empreinte SHA-256',
};

const nl: StrategicCopy = {
  errorTitle: 'Fout',
  what: 'het ontwerp van strategisch plan te wijzigen of de cyclus ervan te starten',
  editTitle: 'Ontwerp van strategisch plan',
  editIntro: 'Het bureau van de voorzitter stelt het ontwerp op: prioriteiten, strategische doelstellingen met hun verantwoordelijke entiteiten en ambities, risicodomeinen. Het ontwerp kan worden gewijzigd zolang het in opmaak is.',
  notEditable: (status) => `Het plan bevindt zich in de fase "${status}": het kan nu niet worden gewijzigd. Het wordt opnieuw wijzigbaar als een nazichtstap wijzigingen vraagt.`,
  stages: {
    drafting: 'Opmaak door het bureau van de voorzitter', committee: 'Nazicht door het directiecomité', state_secretary_review: 'Nazicht door de staatssecretaris',
    awaiting_signature: 'Wacht op de ondertekening door de minister', signed: 'Ondertekend door de minister', communicated: 'Ondertekend en gecommuniceerd', changes_requested: 'Wijzigingen gevraagd',
  },
  statusLabel: 'Status', stageLabel: 'Fase',
  changesRequestedBy: (step) => `Wijzigingen gevraagd door: ${step}.`,
  changesRequestedHint: 'De opmerkingen staan naast elke betrokken doelstelling. Wijzig het ontwerp en dien het opnieuw in.',
  reReviewHint: 'De staatssecretaris onderzoekt opnieuw alleen de doelstellingen binnen zijn bevoegdheid die sinds zijn goedkeuring gewijzigd zijn.',
  steps: { committee: 'het directiecomité', state_secretary_review: 'de staatssecretaris', drafting: 'de opmaak', awaiting_signature: 'de ondertekening' },
  outcomes: { approve: 'goedgekeurd', request_changes: 'wijzigingen gevraagd' },
  commentsOn: (title) => `Opmerkingen over "${title}"`,
  planComments: 'Opmerkingen over het hele plan',
  noComment: 'Geen opmerkingen.',
  commentBy: (name, role, when) => `${name} (${role}), ${when}`,
  priorities: 'Strategische prioriteiten', objectives: 'Strategische doelstellingen', riskDomains: 'Strategische risicodomeinen',
  edit: 'Wijzigen', editObjective: (n) => `Strategische doelstelling ${n}`, newObjective: 'Nieuwe strategische doelstelling', addObjective: 'Een strategische doelstelling toevoegen',
  title: 'Titel', text: 'Tekst', owners: 'Verantwoordelijke entiteiten', allEntities: '(Allen) – alle entiteiten',
  ambitions: 'Ambities', ambition: (n) => `Ambitie ${n}`, newAmbition: 'Nieuwe ambitie', ambitionOwners: (n) => `Verantwoordelijke entiteiten van ambitie ${n}`,
  remove: 'Verwijderen', position: 'Positie',
  priority: (n) => `Prioriteit ${n}`, newPriority: 'Nieuwe prioriteit',
  risk: (n) => `Risicodomein ${n}`, newRisk: 'Nieuw risicodomein',
  weaknesses: 'Zwakke punten', threats: 'Bedreigingen', oneALine: 'Eén per regel.', riskObjectives: 'Verbonden strategische doelstellingen',
  category: 'Categorie', categories: { governance: 'Beheer en werking', core_mission: 'Kerntaken' },
  domain: 'Domein', domains: { none: 'Geen', security: 'Veiligheid', registration_identification: 'Registratie en identificatie', elections: 'Verkiezingen', foreigners: 'Toegang tot het grondgebied, verblijf en verwijdering van vreemdelingen' },
  save: 'Opslaan', saved: 'De wijzigingen zijn opgeslagen.', back: 'Terug naar het ontwerp van plan',
  start: 'De cyclus van het strategisch plan starten', started: 'De cyclus is gestart: het ontwerp is naar het directiecomité gestuurd.',
  resubmit: 'Het gewijzigde ontwerp opnieuw indienen', resubmitted: 'Het gewijzigde ontwerp is opnieuw ter nazicht ingediend.',
  resubmitHint: 'Na het opnieuw indienen wordt het ontwerp in een nieuwe versie vastgelegd en opnieuw aan het directiecomité voorgelegd.',
  errors: {
    required: 'Dit veld is verplicht.', tooLong: 'Deze tekst is te lang.', owner: 'Kies minstens één verantwoordelijke entiteit.',
    unknownEntity: 'Deze entiteit bestaat niet in de organisatie.', unknownObjective: 'Het plan heeft deze doelstelling niet.', invalid: 'Deze waarde is niet geldig.',
    stale: 'Iemand heeft deze inhoud intussen gewijzigd. Uw invoer staat hieronder: controleer de huidige tekst van het plan voor u opnieuw opslaat.',
    notEditable: 'Het plan is niet meer in opmaak: er werd niets gewijzigd.', refused: 'De wijziging werd geweigerd; er werd niets gewijzigd.',
    resubmitRefused: 'Het ontwerp kan nu niet opnieuw worden ingediend: er worden geen wijzigingen verwacht.',
  },
  toSign: 'Te ondertekenen', editDraft: 'Het ontwerp wijzigen', toSignItem: (title, v) => `"${title}", versie ${v}, ondertekenen`, sha256: 'SHA-256-vingerafdruk',
};

const de: StrategicCopy = {
  errorTitle: 'Fehler',
  what: 'den Entwurf des Strategieplans zu ändern oder seinen Zyklus zu starten',
  editTitle: 'Entwurf des Strategieplans',
  editIntro: 'Das Büro des Vorsitzenden erstellt den Entwurf: Prioritäten, strategische Ziele mit ihren verantwortlichen Einheiten und Ambitionen, Risikobereiche. Der Entwurf kann geändert werden, solange er in Ausarbeitung ist.',
  notEditable: (status) => `Der Plan befindet sich im Stadium „${status}“: Er kann derzeit nicht geändert werden. Er wird wieder änderbar, wenn ein Prüfungsschritt Änderungen verlangt.`,
  stages: {
    drafting: 'Ausarbeitung durch das Büro des Vorsitzenden', committee: 'Prüfung durch den Direktionsausschuss', state_secretary_review: 'Prüfung durch den Staatssekretär',
    awaiting_signature: 'Wartet auf die Unterschrift des Ministers', signed: 'Vom Minister unterzeichnet', communicated: 'Unterzeichnet und mitgeteilt', changes_requested: 'Änderungen verlangt',
  },
  statusLabel: 'Status', stageLabel: 'Schritt',
  changesRequestedBy: (step) => `Änderungen verlangt von: ${step}.`,
  changesRequestedHint: 'Die Kommentare stehen neben jedem betroffenen Ziel. Ändern Sie den Entwurf und reichen Sie ihn erneut ein.',
  reReviewHint: 'Der Staatssekretär prüft erneut nur die Ziele seines Zuständigkeitsbereichs, die seit seiner Genehmigung geändert wurden.',
  steps: { committee: 'der Direktionsausschuss', state_secretary_review: 'der Staatssekretär', drafting: 'die Ausarbeitung', awaiting_signature: 'die Unterzeichnung' },
  outcomes: { approve: 'genehmigt', request_changes: 'Änderungen verlangt' },
  commentsOn: (title) => `Kommentare zu „${title}“`,
  planComments: 'Kommentare zum gesamten Plan',
  noComment: 'Keine Kommentare.',
  commentBy: (name, role, when) => `${name} (${role}), ${when}`,
  priorities: 'Strategische Prioritäten', objectives: 'Strategische Ziele', riskDomains: 'Strategische Risikobereiche',
  edit: 'Ändern', editObjective: (n) => `Strategisches Ziel ${n}`, newObjective: 'Neues strategisches Ziel', addObjective: 'Ein strategisches Ziel hinzufügen',
  title: 'Titel', text: 'Text', owners: 'Verantwortliche Einheiten', allEntities: '(Alle) – alle Einheiten',
  ambitions: 'Ambitionen', ambition: (n) => `Ambition ${n}`, newAmbition: 'Neue Ambition', ambitionOwners: (n) => `Verantwortliche Einheiten der Ambition ${n}`,
  remove: 'Entfernen', position: 'Reihenfolge',
  priority: (n) => `Priorität ${n}`, newPriority: 'Neue Priorität',
  risk: (n) => `Risikobereich ${n}`, newRisk: 'Neuer Risikobereich',
  weaknesses: 'Schwächen', threats: 'Bedrohungen', oneALine: 'Eine pro Zeile.', riskObjectives: 'Verbundene strategische Ziele',
  category: 'Kategorie', categories: { governance: 'Verwaltung und Arbeitsweise', core_mission: 'Kernaufgaben' },
  domain: 'Bereich', domains: { none: 'Keiner', security: 'Sicherheit', registration_identification: 'Registrierung und Identifizierung', elections: 'Wahlen', foreigners: 'Zugang zum Staatsgebiet, Aufenthalt und Entfernung von Ausländern' },
  save: 'Speichern', saved: 'Die Änderungen sind gespeichert.', back: 'Zurück zum Planentwurf',
  start: 'Den Zyklus des Strategieplans starten', started: 'Der Zyklus ist gestartet: Der Entwurf wurde dem Direktionsausschuss übermittelt.',
  resubmit: 'Den geänderten Entwurf erneut einreichen', resubmitted: 'Der geänderte Entwurf wurde erneut zur Prüfung eingereicht.',
  resubmitHint: 'Nach der erneuten Einreichung wird der Entwurf in einer neuen Version festgeschrieben und erneut dem Direktionsausschuss vorgelegt.',
  errors: {
    required: 'Dieses Feld ist erforderlich.', tooLong: 'Dieser Text ist zu lang.', owner: 'Wählen Sie mindestens eine verantwortliche Einheit.',
    unknownEntity: 'Diese Einheit gibt es in der Organisation nicht.', unknownObjective: 'Der Plan hat dieses Ziel nicht.', invalid: 'Dieser Wert ist ungültig.',
    stale: 'Jemand hat diesen Inhalt inzwischen geändert. Ihre Eingaben stehen unten: Prüfen Sie den aktuellen Text des Plans, bevor Sie erneut speichern.',
    notEditable: 'Der Plan ist nicht mehr in Ausarbeitung: Es wurde nichts geändert.', refused: 'Die Änderung wurde abgelehnt; es wurde nichts geändert.',
    resubmitRefused: 'Der Entwurf kann derzeit nicht erneut eingereicht werden: Es werden keine Änderungen erwartet.',
  },
  toSign: 'Zu unterzeichnen', editDraft: 'Den Entwurf ändern', toSignItem: (title, v) => `„${title}“, Version ${v}, unterzeichnen`, sha256: 'SHA-256-Fingerabdruck',
};

/** The languages these pages exist in: the signed-in pages' own, German included. */
export type StrategicLanguage = 'fr' | 'nl' | 'de';

export const strategicCopy: Record<StrategicLanguage, StrategicCopy> = { fr, nl, de };
