import type { OperationalPlanStatus, Party, StrategicObjective, StrategicPlanStatus } from '@jalon/contracts';
import { html, type Html } from './html.js';
import type { PageLanguage } from './page-language.js';

/* The plan viewer speaks the three national languages; the plan's own texts stay in the language they are written in. */

type Domain = NonNullable<StrategicObjective['domain']>;

export interface PlanViewerCopy {
  /** Intl locale: Belgian conventions for dates */
  locale: string;
  listSeparator: string;
  /** between a label and its value: French puts a no-break space before the colon */
  colon: string;
  none: string;

  strategicStatus: Record<StrategicPlanStatus, string>;
  operationalStatus: Record<OperationalPlanStatus, string>;
  facts: {
    period: string;
    status: string;
    signature: string;
    signedOn: string;
    signedBy: string;
    signedVersion: string;
    notSigned: string;
    year: string;
    inForce: string;
    inForceFrom: string;
    inForceTo: string;
    budget: string;
    budgetAdoptedOn: string;
    dueDate: string;
    awaitingBudget: string;
    transmission: string;
    transmittedOn: string;
    transmittedVersion: string;
    notTransmitted: string;
  };

  priorities: { heading: string; empty: string };
  objectives: {
    heading: (count: number) => string;
    governance: string;
    coreMissions: string;
    otherMissions: string;
    domains: Record<Domain, string>;
    objective: (number: number) => string;
    owners: string;
    allEntities: string;
    reviewedBy: string;
    reviewedBySignatoryOnly: string;
    ambitions: string;
    noAmbitions: string;
    ambitionOwners: string;
  };
  risks: { heading: string; empty: string; domain: (number: number) => string; weaknesses: string; threats: string; objectives: string };
  addenda: { heading: string; empty: string; addendum: (number: number) => string; adoptedOn: string; notAdopted: string };

  operational: {
    title: (year: number) => string;
    objectivesHeading: string;
    objectivesCaption: (year: number) => string;
    objectivesEmpty: string;
    columns: {
      code: string; strategicObjective: string; statement: string; indicator: string; target: string;
      owner: string; means: string; deadline: string; result: string; carriedOver: string;
    };
    noResult: string;
    carriedFrom: (year: number, code: string) => string;
    previousResult: string;
    projectsHeading: string;
    projectsEmpty: string;
    projectOwner: string;
    projectDeadline: string;
    projectServes: string;
    projectStatus: string;
    projectActive: string;
    projectWithdrawn: string;
    historyCaption: (title: Html) => Html;
    historyColumns: { date: string; action: string; party: string; who: string; reason: string; recordedAt: string };
    actionAdd: string;
    actionWithdraw: string;
    parties: Record<Party, string>;
  };

  versions: {
    heading: string;
    caption: string;
    empty: string;
    columns: { number: string; date: string; who: string; hash: string };
    compareHeading: string;
    compareIntro: string;
    compareNeedsTwo: string;
    from: string;
    to: string;
    option: (number: number, date: string) => string;
    compare: string;
  };

  decisions: {
    heading: string;
    caption: string;
    empty: string;
    columns: { date: string; person: string; step: string; version: string; outcome: string };
    version: (number: number) => string;
    wholePlan: string;
    objective: (key: string) => string;
    approve: string;
    requestChanges: string;
    comment: string;
  };

  comparison: {
    title: (from: number, to: number) => string;
    versionLine: (number: number) => string;
    createdBy: string;
    identical: string;
    planFieldsHeading: string;
    added: string;
    removed: string;
    changed: string;
    unchangedSections: string;
    sections: Record<string, string>;
    items: Record<string, (key: string) => string>;
    fields: Record<string, string>;
  };
}

const fr: PlanViewerCopy = {
  locale: 'fr-BE',
  listSeparator: ', ',
  colon: '\u00a0: ',
  none: 'aucun',

  strategicStatus: {
    draft: 'En préparation',
    in_committee: 'Au comité de direction',
    under_review: 'En cours d’examen',
    awaiting_signature: 'En attente de signature',
    signed: 'Signé',
    superseded: 'Remplacé',
  },
  operationalStatus: {
    drafting: 'En rédaction',
    in_committee: 'Au comité de direction',
    under_review: 'En cours d’examen',
    validated: 'Validé',
    transmitted: 'Transmis pour information',
    closed: 'Clôturé',
  },
  facts: {
    period: 'Période',
    status: 'Statut',
    signature: 'Signature',
    signedOn: 'Signé le',
    signedBy: 'Signé par',
    signedVersion: 'Version signée',
    notSigned: 'Pas encore signé',
    year: 'Année',
    inForce: 'En vigueur',
    inForceFrom: 'du',
    inForceTo: 'au',
    budget: 'Budget de l’année',
    budgetAdoptedOn: 'Budget adopté par la Chambre le',
    dueDate: 'À transmettre pour information au plus tard le',
    awaitingBudget: 'En attente de l’adoption du budget par la Chambre\u00a0: l’État fonctionne en douzièmes provisoires. Aucune date limite de transmission n’est fixée tant que l’adoption n’est pas enregistrée.',
    transmission: 'Transmission',
    transmittedOn: 'Transmis le',
    transmittedVersion: 'Version transmise',
    notTransmitted: 'Pas encore transmis',
  },

  priorities: { heading: 'Priorités stratégiques transversales', empty: 'Aucune priorité n’est encodée.' },
  objectives: {
    heading: (count) => `Objectifs stratégiques (${count})`,
    governance: 'Gouvernance et fonctionnement',
    coreMissions: 'Missions de base',
    otherMissions: 'Autres missions',
    domains: {
      security: 'Sécurité',
      registration_identification: 'Inscription et identification des personnes',
      elections: 'Élections',
      foreigners: 'Accès au territoire, séjour et éloignement des étrangers',
    },
    objective: (number) => `Objectif ${number}`,
    owners: 'Entités porteuses',
    allEntities: 'toutes les entités',
    reviewedBy: 'Soumis pour examen à',
    reviewedBySignatoryOnly: 'aucune autorité en dehors de celle qui signe',
    ambitions: 'Ambitions',
    noAmbitions: 'Pas d’ambition détaillée pour cet objectif.',
    ambitionOwners: 'Porteurs',
  },
  risks: {
    heading: 'Domaines de risque stratégiques',
    empty: 'Aucun domaine de risque n’est encodé.',
    domain: (number) => `Domaine de risque ${number}`,
    weaknesses: 'Faiblesses',
    threats: 'Menaces',
    objectives: 'Objectifs concernés',
  },
  addenda: {
    heading: 'Addenda',
    empty: 'Aucun addendum n’a été ajouté au plan.',
    addendum: (number) => `Addendum ${number}`,
    adoptedOn: 'Adopté le',
    notAdopted: 'Pas encore adopté.',
  },

  operational: {
    title: (year) => `Plan opérationnel ${year}`,
    objectivesHeading: 'Objectifs opérationnels',
    objectivesCaption: (year) => `Objectifs opérationnels SMART ${year}, leurs indicateurs, cibles et moyens`,
    objectivesEmpty: 'Aucun objectif opérationnel n’est encodé.',
    columns: {
      code: 'Code',
      strategicObjective: 'Objectif stratégique',
      statement: 'Objectif',
      indicator: 'Indicateur',
      target: 'Cible',
      owner: 'Entité responsable',
      means: 'Moyens',
      deadline: 'Échéance',
      result: 'Résultat',
      carriedOver: 'Repris de l’année précédente',
    },
    noResult: 'pas encore de résultat',
    carriedFrom: (year, code) => `Repris de l’objectif ${code} (${year})`,
    previousResult: 'Résultat alors',
    projectsHeading: 'Projets',
    projectsEmpty: 'Aucun projet n’est inscrit dans ce plan.',
    projectOwner: 'Entité responsable',
    projectDeadline: 'Échéance',
    projectServes: 'Objectif opérationnel servi',
    projectStatus: 'Statut',
    projectActive: 'Actif',
    projectWithdrawn: 'Retiré',
    historyCaption: (title) => html`Ajouts et retraits du projet «\u00a0${title}\u00a0»`,
    historyColumns: { date: 'Demandé le', action: 'Action', party: 'À la demande de', who: 'Demandé par', reason: 'Motif', recordedAt: 'Enregistré le' },
    actionAdd: 'Ajout',
    actionWithdraw: 'Retrait',
    parties: {
      spf: 'Le SPF',
      minister_cell: 'Cellule stratégique (ministre)',
      state_secretary_cell: 'Cellule stratégique (secrétaire d’État)',
    },
  },

  versions: {
    heading: 'Historique des versions',
    caption: 'Versions figées du plan, de la plus récente à la plus ancienne',
    empty: 'Aucune version du plan n’a encore été figée.',
    columns: { number: 'Version', date: 'Figée le', who: 'Par', hash: 'Empreinte SHA-256' },
    compareHeading: 'Comparer deux versions',
    compareIntro: 'Choisissez deux versions pour voir ce qui a changé de l’une à l’autre.',
    compareNeedsTwo: 'Une comparaison sera possible dès qu’une deuxième version aura été figée.',
    from: 'Version de départ',
    to: 'Version d’arrivée',
    option: (number, date) => `Version ${number} – ${date}`,
    compare: 'Comparer',
  },

  decisions: {
    heading: 'Décisions',
    caption: 'Qui a décidé quoi, quand et sur quelle version, de la plus récente à la plus ancienne',
    empty: 'Aucune décision n’a encore été enregistrée pour ce plan.',
    columns: { date: 'Date', person: 'Personne', step: 'Étape', version: 'Version (empreinte)', outcome: 'Décision' },
    version: (number) => `Version ${number}`,
    wholePlan: 'Le plan dans son ensemble',
    objective: (key) => `Objectif ${key}`,
    approve: 'Approuvé',
    requestChanges: 'Modifications demandées',
    comment: 'Commentaire',
  },

  comparison: {
    title: (from, to) => `Comparaison de la version ${from} avec la version ${to}`,
    versionLine: (number) => `Version ${number}`,
    createdBy: 'par',
    identical: 'Aucune différence entre ces deux versions.',
    planFieldsHeading: 'Données générales du plan',
    added: 'Ajoutés',
    removed: 'Supprimés',
    changed: 'Modifiés',
    unchangedSections: 'Sans modification',
    sections: {
      priorities: 'Priorités stratégiques',
      objectives: 'Objectifs',
      riskDomains: 'Domaines de risque',
      addenda: 'Addenda',
      communicationPlan: 'Plan de communication',
      projects: 'Projets',
    },
    items: {
      priorities: (key) => `Priorité ${key}`,
      objectives: (key) => `Objectif ${key}`,
      riskDomains: (key) => `Domaine de risque ${key}`,
      addenda: (key) => `Addendum ${key}`,
      communicationPlan: (key) => `Action de communication ${key}`,
      projects: (key) => `Projet ${key}`,
    },
    fields: {
      kind: 'Type de plan',
      organisationCode: 'Organisation',
      code: 'Code',
      period: 'Période',
      title: 'Titre',
      strategicPlanId: 'Plan stratégique de référence',
      year: 'Année',
      number: 'Numéro',
      text: 'Texte',
      category: 'Catégorie',
      domain: 'Domaine',
      ownerEntityCodes: 'Entités porteuses',
      ambitions: 'Ambitions',
      weaknesses: 'Faiblesses',
      threats: 'Menaces',
      objectiveNumbers: 'Objectifs concernés',
      adoptedOn: 'Date d’adoption',
      audience: 'Public',
      targetGroup: 'Groupe cible',
      timing: 'Moment',
      message: 'Message',
      channels: 'Canaux',
      material: 'Support',
      strategicObjectiveNumber: 'Objectif stratégique',
      statement: 'Énoncé de l’objectif',
      indicator: 'Indicateur',
      target: 'Cible',
      ownerEntityCode: 'Entité responsable',
      means: 'Moyens',
      deadline: 'Échéance',
      id: 'Identifiant',
    },
  },
};

const nl: PlanViewerCopy = {
  locale: 'nl-BE',
  listSeparator: ', ',
  colon: ': ',
  none: 'geen',

  strategicStatus: {
    draft: 'In voorbereiding',
    in_committee: 'Bij het directiecomité',
    under_review: 'In beoordeling',
    awaiting_signature: 'Wacht op ondertekening',
    signed: 'Ondertekend',
    superseded: 'Vervangen',
  },
  operationalStatus: {
    drafting: 'In opmaak',
    in_committee: 'Bij het directiecomité',
    under_review: 'In beoordeling',
    validated: 'Gevalideerd',
    transmitted: 'Ter informatie bezorgd',
    closed: 'Afgesloten',
  },
  facts: {
    period: 'Periode',
    status: 'Status',
    signature: 'Ondertekening',
    signedOn: 'Ondertekend op',
    signedBy: 'Ondertekend door',
    signedVersion: 'Ondertekende versie',
    notSigned: 'Nog niet ondertekend',
    year: 'Jaar',
    inForce: 'Van kracht',
    inForceFrom: 'van',
    inForceTo: 'tot',
    budget: 'Begroting van het jaar',
    budgetAdoptedOn: 'Begroting goedgekeurd door de Kamer op',
    dueDate: 'Uiterlijk ter informatie te bezorgen op',
    awaitingBudget: 'In afwachting van de goedkeuring van de begroting door de Kamer: de Staat werkt met voorlopige twaalfden. Er geldt geen uiterste datum voor de bezorging zolang de goedkeuring niet is geregistreerd.',
    transmission: 'Bezorging',
    transmittedOn: 'Bezorgd op',
    transmittedVersion: 'Bezorgde versie',
    notTransmitted: 'Nog niet bezorgd',
  },

  priorities: { heading: 'Transversale strategische prioriteiten', empty: 'Er zijn geen prioriteiten ingevoerd.' },
  objectives: {
    heading: (count) => `Strategische doelstellingen (${count})`,
    governance: 'Bestuur en werking',
    coreMissions: 'Kerntaken',
    otherMissions: 'Andere opdrachten',
    domains: {
      security: 'Veiligheid',
      registration_identification: 'Inschrijving en identificatie van personen',
      elections: 'Verkiezingen',
      foreigners: 'Toegang tot het grondgebied, verblijf en verwijdering van vreemdelingen',
    },
    objective: (number) => `Doelstelling ${number}`,
    owners: 'Trekkende entiteiten',
    allEntities: 'alle entiteiten',
    reviewedBy: 'Voorgelegd ter beoordeling aan',
    reviewedBySignatoryOnly: 'geen andere overheid dan die welke ondertekent',
    ambitions: 'Ambities',
    noAmbitions: 'Geen uitgewerkte ambities voor deze doelstelling.',
    ambitionOwners: 'Trekkers',
  },
  risks: {
    heading: 'Strategische risicodomeinen',
    empty: 'Er zijn geen risicodomeinen ingevoerd.',
    domain: (number) => `Risicodomein ${number}`,
    weaknesses: 'Zwaktes',
    threats: 'Bedreigingen',
    objectives: 'Betrokken doelstellingen',
  },
  addenda: {
    heading: 'Addenda',
    empty: 'Er werd geen addendum aan het plan toegevoegd.',
    addendum: (number) => `Addendum ${number}`,
    adoptedOn: 'Goedgekeurd op',
    notAdopted: 'Nog niet goedgekeurd.',
  },

  operational: {
    title: (year) => `Operationeel plan ${year}`,
    objectivesHeading: 'Operationele doelstellingen',
    objectivesCaption: (year) => `SMART operationele doelstellingen ${year}, met indicatoren, streefwaarden en middelen`,
    objectivesEmpty: 'Er zijn geen operationele doelstellingen ingevoerd.',
    columns: {
      code: 'Code',
      strategicObjective: 'Strategische doelstelling',
      statement: 'Doelstelling',
      indicator: 'Indicator',
      target: 'Streefwaarde',
      owner: 'Verantwoordelijke entiteit',
      means: 'Middelen',
      deadline: 'Termijn',
      result: 'Resultaat',
      carriedOver: 'Overgenomen van het vorige jaar',
    },
    noResult: 'nog geen resultaat',
    carriedFrom: (year, code) => `Overgenomen van doelstelling ${code} (${year})`,
    previousResult: 'Resultaat toen',
    projectsHeading: 'Projecten',
    projectsEmpty: 'Er zijn geen projecten in dit plan opgenomen.',
    projectOwner: 'Verantwoordelijke entiteit',
    projectDeadline: 'Termijn',
    projectServes: 'Gediende operationele doelstelling',
    projectStatus: 'Status',
    projectActive: 'Actief',
    projectWithdrawn: 'Ingetrokken',
    historyCaption: (title) => html`Toevoegingen en intrekkingen van het project ‘${title}’`,
    historyColumns: { date: 'Gevraagd op', action: 'Actie', party: 'Op verzoek van', who: 'Gevraagd door', reason: 'Reden', recordedAt: 'Geregistreerd op' },
    actionAdd: 'Toevoeging',
    actionWithdraw: 'Intrekking',
    parties: {
      spf: 'De FOD',
      minister_cell: 'Beleidscel (minister)',
      state_secretary_cell: 'Beleidscel (staatssecretaris)',
    },
  },

  versions: {
    heading: 'Versiegeschiedenis',
    caption: 'Vastgelegde versies van het plan, van de recentste tot de oudste',
    empty: 'Er werd nog geen versie van het plan vastgelegd.',
    columns: { number: 'Versie', date: 'Vastgelegd op', who: 'Door', hash: 'SHA-256-vingerafdruk' },
    compareHeading: 'Twee versies vergelijken',
    compareIntro: 'Kies twee versies om te zien wat er van de ene naar de andere is veranderd.',
    compareNeedsTwo: 'Vergelijken kan zodra een tweede versie is vastgelegd.',
    from: 'Beginversie',
    to: 'Eindversie',
    option: (number, date) => `Versie ${number} – ${date}`,
    compare: 'Vergelijken',
  },

  decisions: {
    heading: 'Beslissingen',
    caption: 'Wie wat besliste, wanneer en over welke versie, van de recentste tot de oudste',
    empty: 'Er werd nog geen beslissing over dit plan geregistreerd.',
    columns: { date: 'Datum', person: 'Persoon', step: 'Stap', version: 'Versie (vingerafdruk)', outcome: 'Beslissing' },
    version: (number) => `Versie ${number}`,
    wholePlan: 'Het plan als geheel',
    objective: (key) => `Doelstelling ${key}`,
    approve: 'Goedgekeurd',
    requestChanges: 'Wijzigingen gevraagd',
    comment: 'Opmerking',
  },

  comparison: {
    title: (from, to) => `Vergelijking van versie ${from} met versie ${to}`,
    versionLine: (number) => `Versie ${number}`,
    createdBy: 'door',
    identical: 'Er is geen verschil tussen deze twee versies.',
    planFieldsHeading: 'Algemene gegevens van het plan',
    added: 'Toegevoegd',
    removed: 'Verwijderd',
    changed: 'Gewijzigd',
    unchangedSections: 'Ongewijzigd',
    sections: {
      priorities: 'Strategische prioriteiten',
      objectives: 'Doelstellingen',
      riskDomains: 'Risicodomeinen',
      addenda: 'Addenda',
      communicationPlan: 'Communicatieplan',
      projects: 'Projecten',
    },
    items: {
      priorities: (key) => `Prioriteit ${key}`,
      objectives: (key) => `Doelstelling ${key}`,
      riskDomains: (key) => `Risicodomein ${key}`,
      addenda: (key) => `Addendum ${key}`,
      communicationPlan: (key) => `Communicatieactie ${key}`,
      projects: (key) => `Project ${key}`,
    },
    fields: {
      kind: 'Soort plan',
      organisationCode: 'Organisatie',
      code: 'Code',
      period: 'Periode',
      title: 'Titel',
      strategicPlanId: 'Bijbehorend strategisch plan',
      year: 'Jaar',
      number: 'Nummer',
      text: 'Tekst',
      category: 'Categorie',
      domain: 'Domein',
      ownerEntityCodes: 'Trekkende entiteiten',
      ambitions: 'Ambities',
      weaknesses: 'Zwaktes',
      threats: 'Bedreigingen',
      objectiveNumbers: 'Betrokken doelstellingen',
      adoptedOn: 'Datum van goedkeuring',
      audience: 'Publiek',
      targetGroup: 'Doelgroep',
      timing: 'Tijdstip',
      message: 'Boodschap',
      channels: 'Kanalen',
      material: 'Materiaal',
      strategicObjectiveNumber: 'Strategische doelstelling',
      statement: 'Omschrijving van de doelstelling',
      indicator: 'Indicator',
      target: 'Streefwaarde',
      ownerEntityCode: 'Verantwoordelijke entiteit',
      means: 'Middelen',
      deadline: 'Termijn',
      id: 'Identificatie',
    },
  },
};

const de: PlanViewerCopy = {
  locale: 'de-BE',
  listSeparator: ', ',
  colon: ': ',
  none: 'keine',

  strategicStatus: {
    draft: 'In Vorbereitung',
    in_committee: 'Im Direktionsausschuss',
    under_review: 'In Prüfung',
    awaiting_signature: 'Wartet auf Unterzeichnung',
    signed: 'Unterzeichnet',
    superseded: 'Ersetzt',
  },
  operationalStatus: {
    drafting: 'In Ausarbeitung',
    in_committee: 'Im Direktionsausschuss',
    under_review: 'In Prüfung',
    validated: 'Validiert',
    transmitted: 'Zur Information übermittelt',
    closed: 'Abgeschlossen',
  },
  facts: {
    period: 'Zeitraum',
    status: 'Stand',
    signature: 'Unterzeichnung',
    signedOn: 'Unterzeichnet am',
    signedBy: 'Unterzeichnet von',
    signedVersion: 'Unterzeichnete Fassung',
    notSigned: 'Noch nicht unterzeichnet',
    year: 'Jahr',
    inForce: 'In Kraft',
    inForceFrom: 'vom',
    inForceTo: 'bis',
    budget: 'Haushalt des Jahres',
    budgetAdoptedOn: 'Haushalt von der Kammer verabschiedet am',
    dueDate: 'Spätestens zur Information zu übermitteln am',
    awaitingBudget: 'In Erwartung der Verabschiedung des Haushalts durch die Kammer: Der Staat arbeitet mit vorläufigen Zwölfteln. Solange die Verabschiedung nicht erfasst ist, gilt keine Frist für die Übermittlung.',
    transmission: 'Übermittlung',
    transmittedOn: 'Übermittelt am',
    transmittedVersion: 'Übermittelte Fassung',
    notTransmitted: 'Noch nicht übermittelt',
  },

  priorities: { heading: 'Bereichsübergreifende strategische Prioritäten', empty: 'Es sind keine Prioritäten erfasst.' },
  objectives: {
    heading: (count) => `Strategische Ziele (${count})`,
    governance: 'Führung und Arbeitsweise',
    coreMissions: 'Kernaufgaben',
    otherMissions: 'Sonstige Aufgaben',
    domains: {
      security: 'Sicherheit',
      registration_identification: 'Registrierung und Identifizierung von Personen',
      elections: 'Wahlen',
      foreigners: 'Einreise, Aufenthalt und Entfernung von Ausländern',
    },
    objective: (number) => `Ziel ${number}`,
    owners: 'Federführende Einheiten',
    allEntities: 'alle Einheiten',
    reviewedBy: 'Zur Prüfung vorgelegt bei',
    reviewedBySignatoryOnly: 'keine andere Behörde als die unterzeichnende',
    ambitions: 'Vorhaben',
    noAmbitions: 'Keine ausgearbeiteten Vorhaben für dieses Ziel.',
    ambitionOwners: 'Federführend',
  },
  risks: {
    heading: 'Strategische Risikobereiche',
    empty: 'Es sind keine Risikobereiche erfasst.',
    domain: (number) => `Risikobereich ${number}`,
    weaknesses: 'Schwächen',
    threats: 'Bedrohungen',
    objectives: 'Betroffene Ziele',
  },
  addenda: {
    heading: 'Nachträge',
    empty: 'Dem Plan wurde kein Nachtrag hinzugefügt.',
    addendum: (number) => `Nachtrag ${number}`,
    adoptedOn: 'Verabschiedet am',
    notAdopted: 'Noch nicht verabschiedet.',
  },

  operational: {
    title: (year) => `Operativer Plan ${year}`,
    objectivesHeading: 'Operative Ziele',
    objectivesCaption: (year) => `SMART-Ziele des operativen Plans ${year}, mit Indikatoren, Zielwerten und Mitteln`,
    objectivesEmpty: 'Es sind keine operativen Ziele erfasst.',
    columns: {
      code: 'Kennung',
      strategicObjective: 'Strategisches Ziel',
      statement: 'Ziel',
      indicator: 'Indikator',
      target: 'Zielwert',
      owner: 'Verantwortliche Einheit',
      means: 'Mittel',
      deadline: 'Frist',
      result: 'Ergebnis',
      carriedOver: 'Aus dem Vorjahr übernommen',
    },
    noResult: 'noch kein Ergebnis',
    carriedFrom: (year, code) => `Übernommen aus Ziel ${code} (${year})`,
    previousResult: 'Damaliges Ergebnis',
    projectsHeading: 'Projekte',
    projectsEmpty: 'In diesem Plan ist kein Projekt eingetragen.',
    projectOwner: 'Verantwortliche Einheit',
    projectDeadline: 'Frist',
    projectServes: 'Unterstütztes operatives Ziel',
    projectStatus: 'Stand',
    projectActive: 'Laufend',
    projectWithdrawn: 'Zurückgezogen',
    historyCaption: (title) => html`Aufnahmen und Rücknahmen des Projekts „${title}“`,
    historyColumns: { date: 'Beantragt am', action: 'Vorgang', party: 'Auf Antrag von', who: 'Beantragt von', reason: 'Begründung', recordedAt: 'Erfasst am' },
    actionAdd: 'Aufnahme',
    actionWithdraw: 'Rücknahme',
    parties: {
      spf: 'Der FÖD',
      minister_cell: 'Strategiezelle (Minister)',
      state_secretary_cell: 'Strategiezelle (Staatssekretär)',
    },
  },

  versions: {
    heading: 'Verlauf der Fassungen',
    caption: 'Festgeschriebene Fassungen des Plans, von der neuesten bis zur ältesten',
    empty: 'Es wurde noch keine Fassung des Plans festgeschrieben.',
    columns: { number: 'Fassung', date: 'Festgeschrieben am', who: 'Von', hash: 'SHA-256-Fingerabdruck' },
    compareHeading: 'Zwei Fassungen vergleichen',
    compareIntro: 'Wählen Sie zwei Fassungen, um zu sehen, was sich von der einen zur anderen geändert hat.',
    compareNeedsTwo: 'Ein Vergleich ist möglich, sobald eine zweite Fassung festgeschrieben ist.',
    from: 'Ausgangsfassung',
    to: 'Zielfassung',
    option: (number, date) => `Fassung ${number} – ${date}`,
    compare: 'Vergleichen',
  },

  decisions: {
    heading: 'Entscheidungen',
    caption: 'Wer was wann über welche Fassung entschieden hat, von der neuesten bis zur ältesten',
    empty: 'Für diesen Plan wurde noch keine Entscheidung erfasst.',
    columns: { date: 'Datum', person: 'Person', step: 'Schritt', version: 'Fassung (Fingerabdruck)', outcome: 'Entscheidung' },
    version: (number) => `Fassung ${number}`,
    wholePlan: 'Der Plan als Ganzes',
    objective: (key) => `Ziel ${key}`,
    approve: 'Genehmigt',
    requestChanges: 'Änderungen verlangt',
    comment: 'Bemerkung',
  },

  comparison: {
    title: (from, to) => `Vergleich der Fassung ${from} mit der Fassung ${to}`,
    versionLine: (number) => `Fassung ${number}`,
    createdBy: 'von',
    identical: 'Zwischen diesen beiden Fassungen besteht kein Unterschied.',
    planFieldsHeading: 'Allgemeine Angaben zum Plan',
    added: 'Hinzugefügt',
    removed: 'Entfernt',
    changed: 'Geändert',
    unchangedSections: 'Unverändert',
    sections: {
      priorities: 'Strategische Prioritäten',
      objectives: 'Ziele',
      riskDomains: 'Risikobereiche',
      addenda: 'Nachträge',
      communicationPlan: 'Kommunikationsplan',
      projects: 'Projekte',
    },
    items: {
      priorities: (key) => `Priorität ${key}`,
      objectives: (key) => `Ziel ${key}`,
      riskDomains: (key) => `Risikobereich ${key}`,
      addenda: (key) => `Nachtrag ${key}`,
      communicationPlan: (key) => `Kommunikationsmaßnahme ${key}`,
      projects: (key) => `Projekt ${key}`,
    },
    fields: {
      kind: 'Art des Plans',
      organisationCode: 'Organisation',
      code: 'Kennung',
      period: 'Zeitraum',
      title: 'Titel',
      strategicPlanId: 'Zugehöriger strategischer Plan',
      year: 'Jahr',
      number: 'Nummer',
      text: 'Wortlaut',
      category: 'Kategorie',
      domain: 'Bereich',
      ownerEntityCodes: 'Federführende Einheiten',
      ambitions: 'Vorhaben',
      weaknesses: 'Schwächen',
      threats: 'Bedrohungen',
      objectiveNumbers: 'Betroffene Ziele',
      adoptedOn: 'Datum der Verabschiedung',
      audience: 'Publikum',
      targetGroup: 'Zielgruppe',
      timing: 'Zeitpunkt',
      message: 'Botschaft',
      channels: 'Kanäle',
      material: 'Unterlagen',
      strategicObjectiveNumber: 'Strategisches Ziel',
      statement: 'Formulierung des Ziels',
      indicator: 'Indikator',
      target: 'Zielwert',
      ownerEntityCode: 'Verantwortliche Einheit',
      means: 'Mittel',
      deadline: 'Frist',
      id: 'Kennung',
    },
  },
};

export const planViewerCopy: Record<PageLanguage, PlanViewerCopy> = { fr, nl, de };
