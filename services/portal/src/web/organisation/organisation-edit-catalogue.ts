import type { PageLanguage } from '../../ui/page-language.js';

/** Changing and removing what an organisation is made of (its names, entities, authorities), in French, Dutch and German. */

interface PartCopy {
  /** the link to the part's own page, named for screen readers */
  change: (name: string) => string;
  title: (name: string) => string;
  save: string;
  remove: string;
  confirmTitle: (name: string) => string;
  changed: string;
  removed: string;
}

export interface OrganisationEditCopy {
  actions: string;
  /** the authorities table's column of the strategic objectives each one reviews */
  objectivesColumn: string;
  changeLink: string;
  back: string;
  names: { title: string; shortName: string; save: string; saved: string };
  entity: PartCopy;
  authority: PartCopy;
  confirm: {
    final: string;
    stillNamed: string;
    noneNamed: string;
    people: (names: string) => string;
    entities: (names: string) => string;
    authorities: (names: string) => string;
    plansToo: string;
    yes: string;
    no: string;
  };
  people: {
    deputises: string;
    deputisesFor: (holder: string, role: string, from: string, to: string) => string;
    removeRoleTitle: (role: string, person: string) => string;
    delegationsEnd: string;
    noDelegations: string;
  };
}

export const organisationEditCopy: Record<PageLanguage, OrganisationEditCopy> = {
  fr: {
    actions: 'Actions',
    objectivesColumn: 'Objectifs stratégiques relus',
    changeLink: 'Modifier',
    back: 'Retour à l’administration de l’organisation',
    names: { title: 'Nom et langues de l’organisation', shortName: 'Nom court', save: 'Enregistrer le nom et les langues', saved: 'Le nom et les langues ont été enregistrés.' },
    entity: {
      change: (name) => `Modifier l’entité ${name}`, title: (name) => `Entité ${name}`, save: 'Enregistrer l’entité', remove: 'Supprimer cette entité',
      confirmTitle: (name) => `Supprimer l’entité ${name} ?`, changed: 'L’entité a été modifiée.', removed: 'L’entité a été supprimée.',
    },
    authority: {
      change: (name) => `Modifier l’autorité ${name}`, title: (name) => `Autorité de tutelle : ${name}`, save: 'Enregistrer l’autorité', remove: 'Supprimer cette autorité',
      confirmTitle: (name) => `Supprimer l’autorité ${name} ?`, changed: 'L’autorité a été modifiée.', removed: 'L’autorité a été supprimée.',
    },
    confirm: {
      final: 'La suppression est définitive et sera inscrite au journal d’audit.',
      stillNamed: 'Elle est encore mentionnée ici ; la suppression sera refusée tant que ces liens existent :',
      noneNamed: 'Aucune personne, entité ni autorité ne la mentionne plus.',
      people: (names) => `rôles de : ${names}`,
      entities: (names) => `entités qui en relèvent : ${names}`,
      authorities: (names) => `compétence des autorités : ${names}`,
      plansToo: 'Les plans qui la mentionnent empêchent aussi la suppression.',
      yes: 'Oui, supprimer',
      no: 'Non, revenir sans rien supprimer',
    },
    people: {
      deputises: 'Suppléances',
      deputisesFor: (holder, role, from, to) => `supplée ${holder} (${role}) du ${from} au ${to}`,
      removeRoleTitle: (role, person) => `Retirer le rôle ${role} à ${person} ?`,
      delegationsEnd: 'Les délégations de ce rôle prennent fin avec lui :',
      noDelegations: 'Ce rôle n’est délégué à personne.',
    },
  },
  nl: {
    actions: 'Acties',
    objectivesColumn: 'Nagelezen strategische doelstellingen',
    changeLink: 'Wijzigen',
    back: 'Terug naar het beheer van de organisatie',
    names: { title: 'Naam en talen van de organisatie', shortName: 'Korte naam', save: 'Naam en talen opslaan', saved: 'De naam en de talen werden opgeslagen.' },
    entity: {
      change: (name) => `De entiteit ${name} wijzigen`, title: (name) => `Entiteit ${name}`, save: 'Entiteit opslaan', remove: 'Deze entiteit verwijderen',
      confirmTitle: (name) => `De entiteit ${name} verwijderen?`, changed: 'De entiteit werd gewijzigd.', removed: 'De entiteit werd verwijderd.',
    },
    authority: {
      change: (name) => `De overheid ${name} wijzigen`, title: (name) => `Toezichthoudende overheid: ${name}`, save: 'Overheid opslaan', remove: 'Deze overheid verwijderen',
      confirmTitle: (name) => `De overheid ${name} verwijderen?`, changed: 'De overheid werd gewijzigd.', removed: 'De overheid werd verwijderd.',
    },
    confirm: {
      final: 'De verwijdering is definitief en wordt in het auditlogboek opgenomen.',
      stillNamed: 'Ze wordt hier nog vermeld; de verwijdering wordt geweigerd zolang die verbanden bestaan:',
      noneNamed: 'Geen enkele persoon, entiteit of overheid vermeldt ze nog.',
      people: (names) => `rollen van: ${names}`,
      entities: (names) => `entiteiten die eronder vallen: ${names}`,
      authorities: (names) => `bevoegdheid van de overheden: ${names}`,
      plansToo: 'Plannen die ze vermelden, verhinderen de verwijdering eveneens.',
      yes: 'Ja, verwijderen',
      no: 'Nee, teruggaan zonder iets te verwijderen',
    },
    people: {
      deputises: 'Vervangingen',
      deputisesFor: (holder, role, from, to) => `vervangt ${holder} (${role}) van ${from} tot ${to}`,
      removeRoleTitle: (role, person) => `De rol ${role} van ${person} intrekken?`,
      delegationsEnd: 'De delegaties van deze rol eindigen samen met de rol:',
      noDelegations: 'Deze rol is aan niemand gedelegeerd.',
    },
  },
  de: {
    actions: 'Aktionen',
    objectivesColumn: 'Geprüfte strategische Ziele',
    changeLink: 'Ändern',
    back: 'Zurück zur Verwaltung der Organisation',
    names: { title: 'Name und Sprachen der Organisation', shortName: 'Kurzname', save: 'Name und Sprachen speichern', saved: 'Name und Sprachen wurden gespeichert.' },
    entity: {
      change: (name) => `Die Einheit ${name} ändern`, title: (name) => `Einheit ${name}`, save: 'Einheit speichern', remove: 'Diese Einheit entfernen',
      confirmTitle: (name) => `Die Einheit ${name} entfernen?`, changed: 'Die Einheit wurde geändert.', removed: 'Die Einheit wurde entfernt.',
    },
    authority: {
      change: (name) => `Die Behörde ${name} ändern`, title: (name) => `Aufsichtsbehörde: ${name}`, save: 'Behörde speichern', remove: 'Diese Behörde entfernen',
      confirmTitle: (name) => `Die Behörde ${name} entfernen?`, changed: 'Die Behörde wurde geändert.', removed: 'Die Behörde wurde entfernt.',
    },
    confirm: {
      final: 'Das Entfernen ist endgültig und wird im Prüfprotokoll vermerkt.',
      stillNamed: 'Sie wird hier noch genannt; das Entfernen wird abgelehnt, solange diese Verbindungen bestehen:',
      noneNamed: 'Keine Person, Einheit oder Behörde nennt sie noch.',
      people: (names) => `Rollen von: ${names}`,
      entities: (names) => `zugehörige Einheiten: ${names}`,
      authorities: (names) => `Zuständigkeit der Behörden: ${names}`,
      plansToo: 'Pläne, die sie nennen, verhindern das Entfernen ebenfalls.',
      yes: 'Ja, entfernen',
      no: 'Nein, zurück, ohne etwas zu entfernen',
    },
    people: {
      deputises: 'Stellvertretungen',
      deputisesFor: (holder, role, from, to) => `vertritt ${holder} (${role}) vom ${from} bis ${to}`,
      removeRoleTitle: (role, person) => `${person} die Rolle ${role} entziehen?`,
      delegationsEnd: 'Die Vertretungen dieser Rolle enden mit ihr:',
      noDelegations: 'Diese Rolle ist niemandem übertragen.',
    },
  },
};
