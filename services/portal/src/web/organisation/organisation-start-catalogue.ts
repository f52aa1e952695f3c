import type { PageLanguage } from '../../ui/page-language.js';

/**
 * The pages that start a new organisation's own work, in French, Dutch and German: its first
 * administrator, named by the operator, and a new strategic plan, started by its President's office.
 */
export interface OrganisationStartCopy {
  /** the legend of the new organisation's sign-in choice */
  signIn: string;
  firstAdmin: {
    what: string; title: (organisation: string) => string; intro: string; name: string; email: string; language: string;
    submit: string; named: (person: string, organisation: string) => string; link: (organisation: string) => string; unknown: string;
  };
  newPlan: {
    what: string; title: string; intro: string; link: string; code: string; codeHint: string; from: string; to: string;
    titleIn: Record<'fr' | 'nl', string>; submit: string; created: string;
  };
}

export const organisationStartCopy: Record<PageLanguage, OrganisationStartCopy> = {
  fr: {
    signIn: 'Connexion des personnes',
    firstAdmin: {
      what: 'nommer le premier administrateur d’une organisation',
      title: (o) => `Premier administrateur – ${o}`,
      intro: 'Cette personne reçoit le rôle d’administrateur de l’organisation : elle ajoute ensuite ses entités, ses autorités et ses personnes, et nomme les autres administrateurs.',
      name: 'Nom et prénom', email: 'Adresse e-mail professionnelle', language: 'Langue', submit: 'Nommer l’administrateur',
      named: (p, o) => `${p} administre désormais l’organisation ${o}.`,
      link: (o) => `Nommer le premier administrateur de ${o}`,
      unknown: 'Cette organisation n’existe pas.',
    },
    newPlan: {
      what: 'créer un plan stratégique', title: 'Nouveau plan stratégique',
      intro: 'Le plan est créé vide, en projet : vous y ajoutez ensuite les priorités, les objectifs et leurs ambitions, et les domaines de risque, puis vous lancez son cycle.',
      link: 'Nouveau plan stratégique', code: 'Référence du plan', codeHint: 'Lettres, chiffres, points et tirets (par exemple PS-2025-2029).',
      from: 'Première année', to: 'Dernière année', titleIn: { fr: 'Titre en français', nl: 'Titre en néerlandais' },
      submit: 'Créer le plan stratégique', created: 'Le plan stratégique a été créé : complétez le projet.',
    },
  },
  nl: {
    signIn: 'Aanmelding van de personen',
    firstAdmin: {
      what: 'de eerste beheerder van een organisatie benoemen',
      title: (o) => `Eerste beheerder – ${o}`,
      intro: 'Deze persoon krijgt de rol van beheerder van de organisatie: hij of zij voegt daarna de entiteiten, overheden en personen toe en benoemt de andere beheerders.',
      name: 'Naam en voornaam', email: 'Professioneel e-mailadres', language: 'Taal', submit: 'Beheerder benoemen',
      named: (p, o) => `${p} beheert voortaan de organisatie ${o}.`,
      link: (o) => `De eerste beheerder van ${o} benoemen`,
      unknown: 'Deze organisatie bestaat niet.',
    },
    newPlan: {
      what: 'een strategisch plan aanmaken', title: 'Nieuw strategisch plan',
      intro: 'Het plan wordt leeg aangemaakt, als ontwerp: u voegt daarna de prioriteiten, de doelstellingen met hun ambities en de risicodomeinen toe en start vervolgens de cyclus.',
      link: 'Nieuw strategisch plan', code: 'Referentie van het plan', codeHint: 'Letters, cijfers, punten en koppeltekens (bijvoorbeeld SP-2025-2029).',
      from: 'Eerste jaar', to: 'Laatste jaar', titleIn: { fr: 'Titel in het Frans', nl: 'Titel in het Nederlands' },
      submit: 'Strategisch plan aanmaken', created: 'Het strategisch plan werd aangemaakt: vul het ontwerp aan.',
    },
  },
  de: {
    signIn: 'Anmeldung der Personen',
    firstAdmin: {
      what: 'den ersten Verwalter einer Organisation ernennen',
      title: (o) => `Erster Verwalter – ${o}`,
      intro: 'Diese Person erhält die Rolle des Verwalters der Organisation: Sie fügt danach deren Einheiten, Behörden und Personen hinzu und ernennt die weiteren Verwalter.',
      name: 'Name und Vorname', email: 'Dienstliche E-Mail-Adresse', language: 'Sprache', submit: 'Verwalter ernennen',
      named: (p, o) => `${p} verwaltet nun die Organisation ${o}.`,
      link: (o) => `Den ersten Verwalter von ${o} ernennen`,
      unknown: 'Diese Organisation gibt es nicht.',
    },
    newPlan: {
      what: 'einen strategischen Plan anlegen', title: 'Neuer strategischer Plan',
      intro: 'Der Plan wird leer als Entwurf angelegt: Sie fügen danach die Prioritäten, die Ziele mit ihren Ambitionen und die Risikobereiche hinzu und starten dann seinen Zyklus.',
      link: 'Neuer strategischer Plan', code: 'Referenz des Plans', codeHint: 'Buchstaben, Ziffern, Punkte und Bindestriche (zum Beispiel SP-2025-2029).',
      from: 'Erstes Jahr', to: 'Letztes Jahr', titleIn: { fr: 'Titel auf Französisch', nl: 'Titel auf Niederländisch' },
      submit: 'Strategischen Plan anlegen', created: 'Der strategische Plan wurde angelegt: Vervollständigen Sie den Entwurf.',
    },
  },
};
