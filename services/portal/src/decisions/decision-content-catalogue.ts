import type { Language } from '@jalon/contracts';

/*
 * The words around the frozen text on the decision page, in the link reader's language. Decision
 * links exist in all four languages of the e-mails; the plan's own texts are shown as written.
 */

export interface DecisionContentCopy {
  contentHeading: (version: number) => string;
  scopedHeading: (version: number) => string;
  planPageLink: string;
  toForm: string;
  planPageHint: string;
  priorities: string;
  objectives: string;
  objective: (number: number) => string;
  owners: string;
  allEntities: string;
  ambitions: string;
  noAmbitions: string;
  riskDomains: string;
  riskDomain: (number: number) => string;
  weaknesses: string;
  threats: string;
  linkedObjectives: string;
  operationalObjectives: string;
  strategicObjective: string;
  indicator: string;
  target: string;
  means: string;
  deadline: string;
  entity: string;
  projects: string;
  /** before the code of the operational objective a project serves */
  projectServes: string;
  none: string;
  unavailable: string;
  changesHeading: (since: number) => string;
  changesIntro: string;
  noChangesInScope: string;
  added: string;
  removed: string;
  changed: string;
  before: string;
  after: string;
  otherSections: string;
  sectionNames: Record<string, string>;
  fieldNames: Record<string, string>;
  colon: string;
  listSeparator: string;
}

const fr: DecisionContentCopy = {
  contentHeading: (v) => `Le texte soumis à votre décision (version ${v})`,
  scopedHeading: (v) => `Les objectifs qui relèvent de votre compétence (version ${v})`,
  planPageLink: 'Ouvrir la page du plan',
  toForm: 'Aller directement au formulaire de décision',
  planPageHint: '(connexion requise\u00a0; versions, différences et décisions)',
  priorities: 'Priorités stratégiques',
  objectives: 'Objectifs stratégiques',
  objective: (n) => `Objectif stratégique ${n}`,
  owners: 'Entités responsables',
  allEntities: 'Toutes les entités',
  ambitions: 'Ambitions',
  noAmbitions: 'Aucune ambition.',
  riskDomains: 'Domaines de risque stratégiques',
  riskDomain: (n) => `Domaine de risque ${n}`,
  weaknesses: 'Faiblesses',
  threats: 'Menaces',
  linkedObjectives: 'Objectifs liés',
  operationalObjectives: 'Objectifs opérationnels',
  strategicObjective: 'Objectif stratégique servi',
  indicator: 'Indicateur',
  target: 'Valeur cible',
  means: 'Moyens',
  deadline: 'Échéance',
  entity: 'Entité',
  projects: 'Projets',
  projectServes: 'Objectif opérationnel servi',
  none: 'Aucun.',
  unavailable: 'Le texte de cette version ne peut être affiché pour l’instant. Vous pouvez le consulter sur la page du plan, ou revenir plus tard.',
  changesHeading: (s) => `Ce qui a changé depuis la version ${s}, la dernière qui vous a été soumise`,
  changesIntro: 'Les passages modifiés sont repris dans leur ancienne et leur nouvelle formulation.',
  noChangesInScope: 'Rien n’a changé dans ce qui vous est soumis.',
  added: 'Ajouté',
  removed: 'Supprimé',
  changed: 'Modifié',
  before: 'Ancienne formulation',
  after: 'Nouvelle formulation',
  otherSections: 'Autres parties modifiées',
  sectionNames: { priorities: 'Priorités stratégiques', riskDomains: 'Domaines de risque', addenda: 'Addenda', communicationPlan: 'Plan de communication', projects: 'Projets' },
  fieldNames: {
    title: 'Intitulé', text: 'Texte', ownerEntityCodes: 'Entités responsables', ambitions: 'Ambitions', statement: 'Énoncé', indicator: 'Indicateur',
    target: 'Valeur cible', means: 'Moyens', deadline: 'Échéance', ownerEntityCode: 'Entité', strategicObjectiveNumber: 'Objectif stratégique servi',
  },
  colon: '\u00a0: ',
  listSeparator: ', ',
};

const nl: DecisionContentCopy = {
  contentHeading: (v) => `De tekst waarover u beslist (versie ${v})`,
  scopedHeading: (v) => `De doelstellingen die onder uw bevoegdheid vallen (versie ${v})`,
  planPageLink: 'De pagina van het plan openen',
  toForm: 'Meteen naar het beslissingsformulier',
  planPageHint: '(aanmelden vereist; versies, verschillen en beslissingen)',
  priorities: 'Strategische prioriteiten',
  objectives: 'Strategische doelstellingen',
  objective: (n) => `Strategische doelstelling ${n}`,
  owners: 'Verantwoordelijke entiteiten',
  allEntities: 'Alle entiteiten',
  ambitions: 'Ambities',
  noAmbitions: 'Geen ambities.',
  riskDomains: 'Strategische risicodomeinen',
  riskDomain: (n) => `Risicodomein ${n}`,
  weaknesses: 'Zwakke punten',
  threats: 'Bedreigingen',
  linkedObjectives: 'Gekoppelde doelstellingen',
  operationalObjectives: 'Operationele doelstellingen',
  strategicObjective: 'Gediende strategische doelstelling',
  indicator: 'Indicator',
  target: 'Streefwaarde',
  means: 'Middelen',
  deadline: 'Termijn',
  entity: 'Entiteit',
  projects: 'Projecten',
  projectServes: 'Gediende operationele doelstelling',
  none: 'Geen.',
  unavailable: 'De tekst van deze versie kan nu niet worden getoond. U kunt hem raadplegen op de pagina van het plan, of later terugkomen.',
  changesHeading: (s) => `Wat er veranderd is sinds versie ${s}, de laatste die u werd voorgelegd`,
  changesIntro: 'Gewijzigde passages worden in hun oude en nieuwe formulering weergegeven.',
  noChangesInScope: 'Er is niets veranderd in wat u wordt voorgelegd.',
  added: 'Toegevoegd',
  removed: 'Geschrapt',
  changed: 'Gewijzigd',
  before: 'Oude formulering',
  after: 'Nieuwe formulering',
  otherSections: 'Andere gewijzigde delen',
  sectionNames: { priorities: 'Strategische prioriteiten', riskDomains: 'Risicodomeinen', addenda: 'Addenda', communicationPlan: 'Communicatieplan', projects: 'Projecten' },
  fieldNames: {
    title: 'Titel', text: 'Tekst', ownerEntityCodes: 'Verantwoordelijke entiteiten', ambitions: 'Ambities', statement: 'Omschrijving', indicator: 'Indicator',
    target: 'Streefwaarde', means: 'Middelen', deadline: 'Termijn', ownerEntityCode: 'Entiteit', strategicObjectiveNumber: 'Gediende strategische doelstelling',
  },
  colon: ': ',
  listSeparator: ', ',
};

const de: DecisionContentCopy = {
  contentHeading: (v) => `Der Text, über den Sie entscheiden (Fassung ${v})`,
  scopedHeading: (v) => `Die Ziele, die in Ihre Zuständigkeit fallen (Fassung ${v})`,
  planPageLink: 'Die Seite des Plans öffnen',
  toForm: 'Direkt zum Entscheidungsformular',
  planPageHint: '(Anmeldung erforderlich; Fassungen, Unterschiede und Entscheidungen)',
  priorities: 'Strategische Prioritäten',
  objectives: 'Strategische Ziele',
  objective: (n) => `Strategisches Ziel ${n}`,
  owners: 'Verantwortliche Einheiten',
  allEntities: 'Alle Einheiten',
  ambitions: 'Ambitionen',
  noAmbitions: 'Keine Ambitionen.',
  riskDomains: 'Strategische Risikobereiche',
  riskDomain: (n) => `Risikobereich ${n}`,
  weaknesses: 'Schwächen',
  threats: 'Bedrohungen',
  linkedObjectives: 'Verknüpfte Ziele',
  operationalObjectives: 'Operative Ziele',
  strategicObjective: 'Unterstütztes strategisches Ziel',
  indicator: 'Indikator',
  target: 'Zielwert',
  means: 'Mittel',
  deadline: 'Frist',
  entity: 'Einheit',
  projects: 'Projekte',
  projectServes: 'Unterstütztes operatives Ziel',
  none: 'Keine.',
  unavailable: 'Der Text dieser Fassung kann derzeit nicht angezeigt werden. Sie können ihn auf der Seite des Plans einsehen oder später wiederkommen.',
  changesHeading: (s) => `Was sich seit Fassung ${s}, der letzten Ihnen vorgelegten, geändert hat`,
  changesIntro: 'Geänderte Passagen werden in ihrer alten und neuen Formulierung wiedergegeben.',
  noChangesInScope: 'An dem, was Ihnen vorgelegt wird, hat sich nichts geändert.',
  added: 'Hinzugefügt',
  removed: 'Gestrichen',
  changed: 'Geändert',
  before: 'Bisherige Formulierung',
  after: 'Neue Formulierung',
  otherSections: 'Weitere geänderte Teile',
  sectionNames: { priorities: 'Strategische Prioritäten', riskDomains: 'Risikobereiche', addenda: 'Nachträge', communicationPlan: 'Kommunikationsplan', projects: 'Projekte' },
  fieldNames: {
    title: 'Titel', text: 'Text', ownerEntityCodes: 'Verantwortliche Einheiten', ambitions: 'Ambitionen', statement: 'Beschreibung', indicator: 'Indikator',
    target: 'Zielwert', means: 'Mittel', deadline: 'Frist', ownerEntityCode: 'Einheit', strategicObjectiveNumber: 'Unterstütztes strategisches Ziel',
  },
  colon: ': ',
  listSeparator: ', ',
};

const en: DecisionContentCopy = {
  contentHeading: (v) => `The text you are deciding on (version ${v})`,
  scopedHeading: (v) => `The objectives within your competence (version ${v})`,
  planPageLink: 'Open the plan’s page',
  toForm: 'Go straight to the decision form',
  planPageHint: '(sign-in required; versions, differences and decisions)',
  priorities: 'Strategic priorities',
  objectives: 'Strategic objectives',
  objective: (n) => `Strategic objective ${n}`,
  owners: 'Responsible entities',
  allEntities: 'All entities',
  ambitions: 'Ambitions',
  noAmbitions: 'No ambitions.',
  riskDomains: 'Strategic risk domains',
  riskDomain: (n) => `Risk domain ${n}`,
  weaknesses: 'Weaknesses',
  threats: 'Threats',
  linkedObjectives: 'Linked objectives',
  operationalObjectives: 'Operational objectives',
  strategicObjective: 'Strategic objective served',
  indicator: 'Indicator',
  target: 'Target',
  means: 'Means',
  deadline: 'Deadline',
  entity: 'Entity',
  projects: 'Projects',
  projectServes: 'Operational objective served',
  none: 'None.',
  unavailable: 'The text of this version cannot be shown at the moment. You can read it on the plan’s page, or come back later.',
  changesHeading: (s) => `What changed since version ${s}, the last one put to you`,
  changesIntro: 'Changed passages are shown in their old and new wording.',
  noChangesInScope: 'Nothing changed in what is put to you.',
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  before: 'Old wording',
  after: 'New wording',
  otherSections: 'Other parts changed',
  sectionNames: { priorities: 'Strategic priorities', riskDomains: 'Risk domains', addenda: 'Addenda', communicationPlan: 'Communication plan', projects: 'Projects' },
  fieldNames: {
    title: 'Title', text: 'Text', ownerEntityCodes: 'Responsible entities', ambitions: 'Ambitions', statement: 'Statement', indicator: 'Indicator',
    target: 'Target', means: 'Means', deadline: 'Deadline', ownerEntityCode: 'Entity', strategicObjectiveNumber: 'Strategic objective served',
  },
  colon: ': ',
  listSeparator: ', ',
};

export const decisionContentCopy: Record<Language, DecisionContentCopy> = { fr, nl, de, en };
