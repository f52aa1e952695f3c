import type { Role } from '@jalon/contracts';
import type { PageLanguage } from './page-language.js';

/**
 * The roles as every page names them (people pages, comments on a draft): one wording per language,
 * the Belgian administration's ("cellule stratégique" / "beleidscel" / "Strategiezelle" for a
 * minister's or state secretary's cabinet).
 */
export const roleNames: Record<PageLanguage, Record<Role, string>> = {
  fr: {
    president_office: 'Service du Président', committee_member: 'Membre du comité de direction', drafter: 'Rédacteur ou rédactrice',
    minister_cell: 'Cellule stratégique du Ministre', state_secretary_cell: 'Cellule stratégique du Secrétaire d’État', org_admin: 'Administrateur de l’organisation',
    communicator: 'Communication (publie les plans)',
  },
  nl: {
    president_office: 'Dienst van de Voorzitter', committee_member: 'Lid van het directiecomité', drafter: 'Opsteller',
    minister_cell: 'Beleidscel van de Minister', state_secretary_cell: 'Beleidscel van de Staatssecretaris', org_admin: 'Beheerder van de organisatie',
    communicator: 'Communicatie (publiceert de plannen)',
  },
  de: {
    president_office: 'Dienst des Präsidenten', committee_member: 'Mitglied des Direktionsausschusses', drafter: 'Verfasser',
    minister_cell: 'Strategiezelle des Ministers', state_secretary_cell: 'Strategiezelle des Staatssekretärs', org_admin: 'Verwalter der Organisation',
    communicator: 'Kommunikation (veröffentlicht die Pläne)',
  },
};
