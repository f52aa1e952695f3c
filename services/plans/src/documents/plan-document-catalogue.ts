import { communicationPlanWording, type CommunicationPlanWording } from '@jalon/contracts';
/** The languages a plan document is written in: the organisation's own, French where it is English. */
export type DocumentLanguage = 'fr' | 'nl' | 'de';

export interface PlanDocumentCopy extends CommunicationPlanWording {
  locale: string;
  months: readonly string[];
  strategicPlan: string;
  operationalPlan: (year: number) => string;
  versionLine: (version: number, date: string) => string;
  contentHash: string;
  hashExplanation: string;
  chapter: (n: number) => string;
  strategicFramework: string;
  priorities: string;
  governanceObjectives: string;
  coreMissionObjectives: string;
  addenda: string;
  riskDomains: string;
  objective: (n: number) => string;
  owners: string;
  allEntities: string;
  ambitions: string;
  weaknesses: string;
  threats: string;
  linkedObjectives: string;
  means: string;
  staff: string;
  staffUnit: string;
  staffLegend: string;
  total: string;
  budget: string;
  budgetUnit: string;
  commitment: string;
  liquidation: string;
  budgetLegend: string;
  envelope: (n: number) => string;
  communicationPlan: string;
  operationalObjectives: string;
  servesObjective: (n: number) => string;
  indicator: string;
  target: string;
  deadline: string;
  ownerEntity: string;
  projects: string;
  /** the page number at the foot of each page: `{page}` and `{pages}` are filled in by the renderer */
  page: string;
}

/** Headings of a plan document; the plan's own text stays as the plan writes it. */
export const planDocumentCatalogue: Record<DocumentLanguage, PlanDocumentCopy> = {
  fr: {
    locale: 'fr-BE',
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    strategicPlan: 'Plan stratégique',
    operationalPlan: (year) => `Plan opérationnel ${year}`,
    versionLine: (version, date) => `Version ${version}, figée le ${date}`,
    contentHash: 'Empreinte SHA-256 du contenu (JSON canonique)',
    hashExplanation: 'Cette empreinte identifie le contenu de cette version : toute copie publiée peut être vérifiée avec sha256sum.',
    chapter: (n) => `Chapitre ${n}`,
    strategicFramework: 'Notre cadre stratégique',
    priorities: 'Priorités stratégiques transversales',
    governanceObjectives: 'Objectifs stratégiques liés à la gouvernance et au fonctionnement',
    coreMissionObjectives: 'Objectifs stratégiques liés à nos missions de base',
    addenda: 'Objectifs transversaux et addenda',
    riskDomains: 'Domaines de risques stratégiques',
    objective: (n) => `Objectif stratégique ${n}`,
    owners: 'Responsables',
    allEntities: 'Toutes les entités',
    ambitions: 'Ambitions',
    weaknesses: 'Faiblesses',
    threats: 'Menaces',
    linkedObjectives: 'Objectifs stratégiques liés',
    means: 'Nos moyens',
    staff: 'Personnel',
    staffUnit: 'En équivalents temps plein (ETP).',
    staffLegend: 'M : mandataires, S : statutaires, C : contractuels',
    total: 'Total',
    budget: 'Cadre financier',
    budgetUnit: 'En milliers d’euros (k€).',
    commitment: 'CE',
    liquidation: 'CL',
    budgetLegend: 'CE : crédits d’engagement, CL : crédits de liquidation',
    envelope: (n) => `Enveloppe ${n}`,
    communicationPlan: 'Plan de communication',
    ...communicationPlanWording.fr,
    operationalObjectives: 'Objectifs opérationnels',
    servesObjective: (n) => `Au service de l’objectif stratégique ${n}`,
    indicator: 'Indicateur',
    target: 'Cible',
    deadline: 'Échéance',
    ownerEntity: 'Entité responsable',
    projects: 'Projets',
    page: 'Page {page} / {pages}',
  },
  nl: {
    locale: 'nl-BE',
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    strategicPlan: 'Strategisch plan',
    operationalPlan: (year) => `Operationeel plan ${year}`,
    versionLine: (version, date) => `Versie ${version}, vastgelegd op ${date}`,
    contentHash: 'SHA-256-vingerafdruk van de inhoud (canonieke JSON)',
    hashExplanation: 'Deze vingerafdruk identificeert de inhoud van deze versie: elke gepubliceerde kopie kan met sha256sum worden gecontroleerd.',
    chapter: (n) => `Hoofdstuk ${n}`,
    strategicFramework: 'Ons strategisch kader',
    priorities: 'Transversale strategische prioriteiten',
    governanceObjectives: 'Strategische doelstellingen inzake bestuur en werking',
    coreMissionObjectives: 'Strategische doelstellingen inzake onze basisopdrachten',
    addenda: 'Transversale doelstellingen en addenda',
    riskDomains: 'Strategische risicodomeinen',
    objective: (n) => `Strategische doelstelling ${n}`,
    owners: 'Verantwoordelijken',
    allEntities: 'Alle entiteiten',
    ambitions: 'Ambities',
    weaknesses: 'Zwakke punten',
    threats: 'Bedreigingen',
    linkedObjectives: 'Gekoppelde strategische doelstellingen',
    means: 'Onze middelen',
    staff: 'Personeel',
    staffUnit: 'In voltijdse equivalenten (VTE).',
    staffLegend: 'M: mandaathouders, S: statutairen, C: contractuelen',
    total: 'Totaal',
    budget: 'Financieel kader',
    budgetUnit: 'In duizenden euro (k€).',
    commitment: 'VAK',
    liquidation: 'VEK',
    budgetLegend: 'VAK: vastleggingskredieten, VEK: vereffeningskredieten',
    envelope: (n) => `Enveloppe ${n}`,
    communicationPlan: 'Communicatieplan',
    ...communicationPlanWording.nl,
    operationalObjectives: 'Operationele doelstellingen',
    servesObjective: (n) => `Ten dienste van strategische doelstelling ${n}`,
    indicator: 'Indicator',
    target: 'Streefwaarde',
    deadline: 'Termijn',
    ownerEntity: 'Verantwoordelijke entiteit',
    projects: 'Projecten',
    page: 'Pagina {page} / {pages}',
  },
  de: {
    locale: 'de-BE',
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    strategicPlan: 'Strategischer Plan',
    operationalPlan: (year) => `Operativer Plan ${year}`,
    versionLine: (version, date) => `Version ${version}, festgeschrieben am ${date}`,
    contentHash: 'SHA-256-Fingerabdruck des Inhalts (kanonisches JSON)',
    hashExplanation: 'Dieser Fingerabdruck kennzeichnet den Inhalt dieser Version: Jede veröffentlichte Kopie kann mit sha256sum überprüft werden.',
    chapter: (n) => `Kapitel ${n}`,
    strategicFramework: 'Unser strategischer Rahmen',
    priorities: 'Transversale strategische Prioritäten',
    governanceObjectives: 'Strategische Ziele in Bezug auf Verwaltung und Arbeitsweise',
    coreMissionObjectives: 'Strategische Ziele in Bezug auf unsere Kernaufgaben',
    addenda: 'Transversale Ziele und Nachträge',
    riskDomains: 'Strategische Risikobereiche',
    objective: (n) => `Strategisches Ziel ${n}`,
    owners: 'Verantwortlich',
    allEntities: 'Alle Einheiten',
    ambitions: 'Ambitionen',
    weaknesses: 'Schwächen',
    threats: 'Bedrohungen',
    linkedObjectives: 'Verbundene strategische Ziele',
    means: 'Unsere Mittel',
    staff: 'Personal',
    staffUnit: 'In Vollzeitäquivalenten (VZÄ).',
    staffLegend: 'M: Mandatsträger, S: Statutarische, C: Vertragspersonal',
    total: 'Insgesamt',
    budget: 'Finanzrahmen',
    budgetUnit: 'In Tausend Euro (T€).',
    commitment: 'VE',
    liquidation: 'AE',
    budgetLegend: 'VE: Verpflichtungsermächtigungen, AE: Ausgabenermächtigungen',
    envelope: (n) => `Enveloppe ${n}`,
    communicationPlan: 'Kommunikationsplan',
    ...communicationPlanWording.de,
    operationalObjectives: 'Operative Ziele',
    servesObjective: (n) => `Im Dienst des strategischen Ziels ${n}`,
    indicator: 'Indikator',
    target: 'Zielwert',
    deadline: 'Frist',
    ownerEntity: 'Verantwortliche Einheit',
    projects: 'Projekte',
    page: 'Seite {page} / {pages}',
  },
};
