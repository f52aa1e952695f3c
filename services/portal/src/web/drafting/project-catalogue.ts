import type { PageLanguage } from '../../ui/page-language.js';

/*
 * What the drafting and consolidation pages say about an entity's projects and their deadlines,
 * in French, Dutch and German (the German of the German-speaking Community).
 */

/** The fields of a drafted project's form, as the page names them (and the plans API's body fields). */
export const projectFields = ['title', 'objectiveCode', 'deadline'] as const;
export type ProjectField = typeof projectFields[number];

export interface ProjectCopy {
  heading: string;
  intro: string;
  none: string;
  fields: Record<ProjectField, string>;
  hints: { deadline: (year: number) => string; objectiveCode: string };
  chooseObjective: string;
  /** an objective must exist before a project can serve it */
  noObjectiveYet: string;
  newProject: string;
  add: string;
  edit: (title: string) => string;
  editTitle: string;
  save: string;
  remove: (title: string) => string;
  back: string;
  saved: string;
  removed: string;
  deadlineOutside: (year: number) => string;
  /** on the consolidation page: projects under the objective they serve, then the others */
  projectsOf: string;
  otherProjects: string;
  refused: Record<string, string>;
}

const fr: ProjectCopy = {
  heading: 'Projets de l’entité et leurs échéances',
  intro: 'Les projets que l’entité mène cette année, chacun au service d’un de ses objectifs opérationnels, avec son échéance.',
  none: 'Aucun projet n’est encore encodé.',
  fields: { title: 'Intitulé du projet', objectiveCode: 'Objectif opérationnel servi', deadline: 'Échéance' },
  hints: { deadline: (year) => `Une date de l’année ${year} (du 1er janvier au 31 décembre).`, objectiveCode: 'Un des objectifs opérationnels de l’entité encodés ci-dessus.' },
  chooseObjective: '— Choisissez un objectif opérationnel —',
  noObjectiveYet: 'Encodez d’abord un objectif opérationnel\u00a0: chaque projet sert un objectif.',
  newProject: 'Encoder un nouveau projet', add: 'Ajouter le projet',
  edit: (title) => `Modifier le projet «\u00a0${title}\u00a0»`,
  editTitle: 'Modifier un projet', save: 'Enregistrer les modifications',
  remove: (title) => `Retirer le projet «\u00a0${title}\u00a0»`,
  back: 'Retour à la page de l’entité',
  saved: 'Le projet est enregistré.', removed: 'Le projet est retiré du plan.',
  deadlineOutside: (year) => `L’échéance doit tomber en ${year}, l’année du plan.`,
  projectsOf: 'Projets au service de cet objectif', otherProjects: 'Projets ajoutés à la demande d’une partie',
  refused: {
    'project.unknown_objective': 'Cet objectif opérationnel n’existe pas dans le plan.',
    'project.deadline_outside_year': 'L’échéance doit tomber dans l’année du plan.',
    'project.not_drafted': 'Ce projet a été ajouté à la demande d’une partie\u00a0: il ne se modifie pas ici.',
    'plan.stale_revision': 'Quelqu’un a modifié ce projet entre-temps\u00a0; rechargez la page et recommencez.',
    'operational_plan.not_drafting': 'Le plan n’est plus en rédaction\u00a0: ce projet ne peut plus être modifié.',
  },
};

const nl: ProjectCopy = {
  heading: 'Projecten van de entiteit en hun termijnen',
  intro: 'De projecten die de entiteit dit jaar uitvoert, elk ten dienste van een van haar operationele doelstellingen, met de termijn.',
  none: 'Er is nog geen project ingevoerd.',
  fields: { title: 'Titel van het project', objectiveCode: 'Gediende operationele doelstelling', deadline: 'Termijn' },
  hints: { deadline: (year) => `Een datum in ${year} (van 1 januari tot 31 december).`, objectiveCode: 'Een van de hierboven ingevoerde operationele doelstellingen van de entiteit.' },
  chooseObjective: '— Kies een operationele doelstelling —',
  noObjectiveYet: 'Voer eerst een operationele doelstelling in: elk project dient een doelstelling.',
  newProject: 'Een nieuw project invoeren', add: 'Project toevoegen',
  edit: (title) => `Project “${title}” wijzigen`,
  editTitle: 'Een project wijzigen', save: 'Wijzigingen opslaan',
  remove: (title) => `Project “${title}” schrappen`,
  back: 'Terug naar de pagina van de entiteit',
  saved: 'Het project is opgeslagen.', removed: 'Het project is uit het plan geschrapt.',
  deadlineOutside: (year) => `De termijn moet in ${year} vallen, het jaar van het plan.`,
  projectsOf: 'Projecten ten dienste van deze doelstelling', otherProjects: 'Projecten toegevoegd op verzoek van een partij',
  refused: {
    'project.unknown_objective': 'Deze operationele doelstelling bestaat niet in het plan.',
    'project.deadline_outside_year': 'De termijn moet in het jaar van het plan vallen.',
    'project.not_drafted': 'Dit project werd op verzoek van een partij toegevoegd: het wordt hier niet gewijzigd.',
    'plan.stale_revision': 'Iemand heeft dit project intussen gewijzigd; laad de pagina opnieuw en begin opnieuw.',
    'operational_plan.not_drafting': 'Het plan wordt niet meer opgesteld: dit project kan niet meer worden gewijzigd.',
  },
};

const de: ProjectCopy = {
  heading: 'Projekte der Einheit und ihre Fristen',
  intro: 'Die Projekte, die die Einheit in diesem Jahr durchführt, jedes im Dienst eines ihrer operativen Ziele, mit seiner Frist.',
  none: 'Es ist noch kein Projekt erfasst.',
  fields: { title: 'Bezeichnung des Projekts', objectiveCode: 'Unterstütztes operatives Ziel', deadline: 'Frist' },
  hints: { deadline: (year) => `Ein Datum im Jahr ${year} (vom 1. Januar bis 31. Dezember).`, objectiveCode: 'Eines der oben erfassten operativen Ziele der Einheit.' },
  chooseObjective: '— Wählen Sie ein operatives Ziel —',
  noObjectiveYet: 'Erfassen Sie zuerst ein operatives Ziel: Jedes Projekt dient einem Ziel.',
  newProject: 'Ein neues Projekt erfassen', add: 'Projekt hinzufügen',
  edit: (title) => `Projekt „${title}“ ändern`,
  editTitle: 'Ein Projekt ändern', save: 'Änderungen speichern',
  remove: (title) => `Projekt „${title}“ streichen`,
  back: 'Zurück zur Seite der Einheit',
  saved: 'Das Projekt ist gespeichert.', removed: 'Das Projekt ist aus dem Plan gestrichen.',
  deadlineOutside: (year) => `Die Frist muss im Jahr ${year} liegen, dem Jahr des Plans.`,
  projectsOf: 'Projekte im Dienst dieses Ziels', otherProjects: 'Auf Antrag einer Partei hinzugefügte Projekte',
  refused: {
    'project.unknown_objective': 'Dieses operative Ziel gibt es im Plan nicht.',
    'project.deadline_outside_year': 'Die Frist muss im Jahr des Plans liegen.',
    'project.not_drafted': 'Dieses Projekt wurde auf Antrag einer Partei hinzugefügt: Es wird hier nicht geändert.',
    'plan.stale_revision': 'Jemand hat dieses Projekt inzwischen geändert; laden Sie die Seite neu und beginnen Sie erneut.',
    'operational_plan.not_drafting': 'Der Plan ist nicht mehr in Ausarbeitung: Dieses Projekt kann nicht mehr geändert werden.',
  },
};

export const projectCopy: Record<PageLanguage, ProjectCopy> = { fr, nl, de };
