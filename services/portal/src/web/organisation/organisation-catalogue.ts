/** The organisation administrator's pages, in French, Dutch and German. */


export interface OrganisationCopy {
  what: string;
  whatCreate: string;
  nav: string;
  title: string;
  names: string;
  languagesLabel: string;
  languageNames: Record<'fr' | 'nl' | 'de' | 'en', string>;
  entities: { title: string; name: string; abbreviation: string; kind: string; parent: string; none: string; add: string; code: string; codeHint: string; noParent: string };
  kinds: Record<'directorate_general' | 'staff_directorate' | 'service' | 'cell' | 'other', string>;
  authorities: {
    title: string; holder: string; signs: string; reviews: string; scope: string; yes: string; no: string; none: string;
    add: string; code: string; codeHint: string; kind: string; name: string; objectives: string; numbersHint: string; envelopes: string;
  };
  authorityKinds: Record<'minister' | 'state_secretary', string>;
  settings: {
    title: string; emailSignIn: string; committeeRule: string; ruleAll: string; ruleQuorum: string; ruleFirst: string; approvals: string;
    reviewDays: string; allEntities: string; everyEntity: string; presidentOffice: string; consolidatorName: string;
    reviewers: string; save: string; saved: string;
    /** the organisation's progress checkpoints (MM-DD), their hint and the message when they are refused */
    checkpoints: string; checkpointsHint: string; checkpointsInvalid: string;
  };
  nameIn: Record<'fr' | 'nl' | 'de', string>;
  optional: string;
  people: {
    title: string; link: string; person: string; roles: string; delegations: string; none: string; noRoles: string;
    add: string; name: string; email: string; language: string; giveRole: string; role: string; entity: string; authority: string; choose: string;
    remove: string; removeRole: (role: string) => string; delegate: string; deputy: string; from: string; to: string; until: (deputy: string, from: string, to: string) => string;
    endDelegation: string; saved: string;
  };
  create: { title: string; intro: string; code: string; codeHint: string; shortName: string; submit: string; created: (name: string) => string };
  errorTitle: string;
  fieldInvalid: string;
  /** the message for each stable code of the plans service's refusals */
  refusals: Record<string, string>;
  refusedUnknown: (code: string) => string;
}

export const organisationCopy: Record<'fr' | 'nl' | 'de', OrganisationCopy> = {
  fr: {
    what: 'administrer cette organisation',
    whatCreate: 'créer une organisation',
    nav: 'Organisation',
    title: 'Administration de l’organisation',
    names: 'Nom',
    languagesLabel: 'Langues de travail',
    languageNames: { fr: 'français', nl: 'néerlandais', de: 'allemand', en: 'anglais' },
    entities: {
      title: 'Entités', name: 'Nom', abbreviation: 'Sigle', kind: 'Type', parent: 'Relève de', none: 'Aucune entité.', add: 'Ajouter l’entité',
      code: 'Code', codeHint: 'Lettres majuscules, chiffres et _ (par exemple DG_FIN).', noParent: '(aucune)',
    },
    kinds: { directorate_general: 'Direction générale', staff_directorate: 'Service d’encadrement', service: 'Service', cell: 'Cellule', other: 'Autre' },
    authorities: { title: 'Autorités de tutelle', holder: 'Titulaire', signs: 'Signe le plan', reviews: 'Relit', scope: 'Compétence', yes: 'oui', no: 'non', none: 'Aucune autorité.',
      add: 'Ajouter l’autorité', code: 'Code', codeHint: 'Lettres minuscules, chiffres et tirets (par exemple ministre-finances).', kind: 'Type', name: 'Titre', objectives: 'Objectifs stratégiques relus (numéros)', numbersHint: 'Numéros séparés par des virgules, par exemple 20, 21, 22.', envelopes: 'Enveloppes budgétaires (numéros)',
    },
    authorityKinds: { minister: 'Ministre', state_secretary: 'Secrétaire d’État' },
    settings: {
      title: 'Paramètres du cycle', emailSignIn: 'Permettre la connexion par lien envoyé par e-mail', committeeRule: 'Règle du comité de direction',
      ruleAll: 'Tous les membres approuvent', ruleQuorum: 'Un quorum d’approbations', ruleFirst: 'La première réponse décide', approvals: 'Nombre d’approbations (quorum)',
      reviewDays: 'Durée d’une relecture (jours ouvrables)', allEntities: 'Objectifs « (Tous) » rédigés par', everyEntity: 'chaque entité', presidentOffice: 'le service du Président',
      consolidatorName: 'Nom du service qui consolide le plan', reviewers: 'Rôles qui relisent à l’étape du comité', save: 'Enregistrer les paramètres', saved: 'Les paramètres ont été enregistrés.',
      checkpoints: 'Dates des points d’avancement', checkpointsHint: 'De 1 à 12 dates au format MM-JJ, dans l’ordre de l’année et séparées par des virgules, par exemple 03-31, 06-30, 09-30, 12-31.',
      checkpointsInvalid: 'Indiquez de 1 à 12 dates existantes au format MM-JJ (mois-jour), chacune une seule fois et dans l’ordre de l’année.',
    },
    nameIn: { fr: 'en français', nl: 'en néerlandais', de: 'en allemand' },
    optional: '(facultatif)',
    people: {
      title: 'Personnes, rôles et délégations', link: 'Gérer les personnes, leurs rôles et leurs délégations', person: 'Personne', roles: 'Rôles', delegations: 'Délégations',
      none: 'Aucune personne.', noRoles: 'aucun rôle', add: 'Ajouter la personne', name: 'Nom et prénom', email: 'Adresse e-mail professionnelle', language: 'Langue',
      giveRole: 'Attribuer le rôle', role: 'Rôle', entity: 'Entité (pour un rédacteur)', authority: 'Autorité (pour une cellule)', choose: '(choisir)',
      remove: 'Retirer', removeRole: (role) => `Retirer le rôle ${role}`, delegate: 'Ajouter la délégation', deputy: 'Suppléant·e', from: 'Du', to: 'Au',
      until: (deputy, from, to) => `${deputy} le ou la supplée du ${from} au ${to}`, endDelegation: 'Mettre fin à la délégation', saved: 'La modification a été enregistrée.',
    },
    create: {
      title: 'Créer une organisation', intro: 'Créez un service public fédéral ; son administrateur ajoutera ensuite ses entités, ses autorités et ses personnes.',
      code: 'Code', codeHint: 'Lettres minuscules, chiffres et tirets (par exemple spf-finances).', shortName: 'Nom court', submit: 'Créer l’organisation',
      created: (name) => `L’organisation ${name} a été créée.`,
    },
    errorTitle: 'Il y a un problème',
    fieldInvalid: 'Cette valeur n’est pas acceptée : corrigez-la.',
    refusals: {
      'organisation.code_taken': 'Une organisation porte déjà ce code : choisissez-en un autre.',
      'organisation.not_found': 'Cette organisation n’existe pas.',
      'entity.code_taken': 'Une entité porte déjà ce code : choisissez-en un autre.',
      'entity.not_found': 'Cette entité n’existe plus.',
      'authority.not_found': 'Cette autorité n’existe plus.',
      'entity.unknown_parent': 'Cette entité de rattachement n’existe pas.',
      'entity.parent_cycle': 'Une entité ne peut pas relever d’elle-même ni d’une de ses parties.',
      'entity.in_use': 'Cette entité est encore utilisée (rôles, autorités ou plans) : rien n’a été supprimé.',
      'authority.code_taken': 'Une autorité porte déjà ce code.',
      'authority.signer_taken': 'Une autre autorité signe déjà le plan : une seule autorité signe.',
      'authority.unknown_entity': 'Cette entité n’existe pas.',
      'authority.in_use': 'Des personnes appartiennent encore à la cellule de cette autorité.',
      'delegation.not_found': 'Cette délégation n’existe plus.',
      'person.email_taken': 'Cette adresse e-mail est déjà enregistrée pour une autre personne.',
      'person.self_administration': 'Personne ne modifie ses propres rôles ou délégations : un autre administrateur s’en charge.',
      'role.already_held': 'Cette personne a déjà ce rôle.',
      'organisation.has_administrator': 'Cette organisation a déjà un administrateur : c’est lui qui nomme les suivants.',
      'strategic_plan.period_taken': 'Un plan stratégique de l’organisation couvre déjà une partie de cette période.',
      'strategic_plan.code_taken': 'Un plan stratégique de l’organisation porte déjà ce code : choisissez-en un autre.',
    },
    refusedUnknown: (code) => `La demande a été refusée (code ${code}). Rien n’a été modifié ; contactez le support de Jalon si le problème persiste.`,
  },
  nl: {
    what: 'deze organisatie te beheren',
    whatCreate: 'een organisatie aan te maken',
    nav: 'Organisatie',
    title: 'Beheer van de organisatie',
    names: 'Naam',
    languagesLabel: 'Werktalen',
    languageNames: { fr: 'Frans', nl: 'Nederlands', de: 'Duits', en: 'Engels' },
    entities: {
      title: 'Entiteiten', name: 'Naam', abbreviation: 'Afkorting', kind: 'Soort', parent: 'Valt onder', none: 'Geen entiteiten.', add: 'Entiteit toevoegen',
      code: 'Code', codeHint: 'Hoofdletters, cijfers en _ (bijvoorbeeld DG_FIN).', noParent: '(geen)',
    },
    kinds: { directorate_general: 'Directoraat-generaal', staff_directorate: 'Stafdienst', service: 'Dienst', cell: 'Cel', other: 'Andere' },
    authorities: { title: 'Toezichthoudende overheden', holder: 'Titularis', signs: 'Ondertekent het plan', reviews: 'Leest na', scope: 'Bevoegdheid', yes: 'ja', no: 'nee', none: 'Geen overheden.',
      add: 'Overheid toevoegen', code: 'Code', codeHint: 'Kleine letters, cijfers en koppeltekens (bijvoorbeeld minister-financien).', kind: 'Soort', name: 'Titel', objectives: 'Nagelezen strategische doelstellingen (nummers)', numbersHint: 'Nummers gescheiden door komma’s, bijvoorbeeld 20, 21, 22.', envelopes: 'Begrotingsenveloppen (nummers)',
    },
    authorityKinds: { minister: 'Minister', state_secretary: 'Staatssecretaris' },
    settings: {
      title: 'Instellingen van de cyclus', emailSignIn: 'Aanmelden met een per e-mail verstuurde link toestaan', committeeRule: 'Regel van het directiecomité',
      ruleAll: 'Alle leden keuren goed', ruleQuorum: 'Een quorum van goedkeuringen', ruleFirst: 'Het eerste antwoord beslist', approvals: 'Aantal goedkeuringen (quorum)',
      reviewDays: 'Duur van een nalezing (werkdagen)', allEntities: 'Doelstellingen „(Alle)” opgesteld door', everyEntity: 'elke entiteit', presidentOffice: 'de dienst van de Voorzitter',
      consolidatorName: 'Naam van de dienst die het plan consolideert', reviewers: 'Rollen die nalezen in de stap van het comité', save: 'Instellingen opslaan', saved: 'De instellingen werden opgeslagen.',
      checkpoints: 'Data van de voortgangsmomenten', checkpointsHint: '1 tot 12 data in de vorm MM-DD, in de volgorde van het jaar en gescheiden door komma’s, bijvoorbeeld 03-31, 06-30, 09-30, 12-31.',
      checkpointsInvalid: 'Geef 1 tot 12 bestaande data in de vorm MM-DD (maand-dag), elk één keer en in de volgorde van het jaar.',
    },
    nameIn: { fr: 'in het Frans', nl: 'in het Nederlands', de: 'in het Duits' },
    optional: '(facultatief)',
    people: {
      title: 'Personen, rollen en delegaties', link: 'Personen, hun rollen en hun delegaties beheren', person: 'Persoon', roles: 'Rollen', delegations: 'Delegaties',
      none: 'Geen personen.', noRoles: 'geen rol', add: 'Persoon toevoegen', name: 'Naam en voornaam', email: 'Professioneel e-mailadres', language: 'Taal',
      giveRole: 'Rol toekennen', role: 'Rol', entity: 'Entiteit (voor een opsteller)', authority: 'Overheid (voor een cel)', choose: '(kiezen)',
      remove: 'Verwijderen', removeRole: (role) => `Verwijderen: de rol ${role}`, delegate: 'Delegatie toevoegen', deputy: 'Plaatsvervanger', from: 'Van', to: 'Tot',
      until: (deputy, from, to) => `${deputy} vervangt van ${from} tot ${to}`, endDelegation: 'De delegatie beëindigen', saved: 'De wijziging werd opgeslagen.',
    },
    create: {
      title: 'Een organisatie aanmaken', intro: 'Maak een federale overheidsdienst aan; de beheerder ervan voegt daarna de entiteiten, overheden en personen toe.',
      code: 'Code', codeHint: 'Kleine letters, cijfers en koppeltekens (bijvoorbeeld fod-financien).', shortName: 'Korte naam', submit: 'Organisatie aanmaken',
      created: (name) => `De organisatie ${name} werd aangemaakt.`,
    },
    errorTitle: 'Er is een probleem',
    fieldInvalid: 'Deze waarde wordt niet aanvaard: verbeter ze.',
    refusals: {
      'organisation.code_taken': 'Er bestaat al een organisatie met deze code: kies een andere.',
      'organisation.not_found': 'Deze organisatie bestaat niet.',
      'entity.code_taken': 'Er bestaat al een entiteit met deze code: kies een andere.',
      'entity.not_found': 'Deze entiteit bestaat niet meer.',
      'authority.not_found': 'Deze overheid bestaat niet meer.',
      'entity.unknown_parent': 'Deze bovenliggende entiteit bestaat niet.',
      'entity.parent_cycle': 'Een entiteit kan niet onder zichzelf of onder een van haar onderdelen vallen.',
      'entity.in_use': 'Deze entiteit wordt nog gebruikt (rollen, overheden of plannen): er werd niets verwijderd.',
      'authority.code_taken': 'Er bestaat al een overheid met deze code.',
      'authority.signer_taken': 'Een andere overheid ondertekent het plan al: slechts één overheid ondertekent.',
      'authority.unknown_entity': 'Deze entiteit bestaat niet.',
      'authority.in_use': 'Er behoren nog personen tot de cel van deze overheid.',
      'delegation.not_found': 'Deze delegatie bestaat niet meer.',
      'person.email_taken': 'Dit e-mailadres is al geregistreerd voor een andere persoon.',
      'person.self_administration': 'Niemand wijzigt zijn eigen rollen of delegaties: een andere beheerder doet dat.',
      'role.already_held': 'Deze persoon heeft deze rol al.',
      'organisation.has_administrator': 'Deze organisatie heeft al een beheerder: die benoemt de volgende.',
      'strategic_plan.period_taken': 'Een strategisch plan van de organisatie dekt al een deel van deze periode.',
      'strategic_plan.code_taken': 'Een strategisch plan van de organisatie heeft al deze code: kies een andere.',
    },
    refusedUnknown: (code) => `Het verzoek werd geweigerd (code ${code}). Er werd niets gewijzigd; neem contact op met de ondersteuning van Jalon als het probleem aanhoudt.`,
  },
  de: {
    what: 'diese Organisation zu verwalten',
    whatCreate: 'eine Organisation anzulegen',
    nav: 'Organisation',
    title: 'Verwaltung der Organisation',
    names: 'Name',
    languagesLabel: 'Arbeitssprachen',
    languageNames: { fr: 'Französisch', nl: 'Niederländisch', de: 'Deutsch', en: 'Englisch' },
    entities: {
      title: 'Einheiten', name: 'Name', abbreviation: 'Kürzel', kind: 'Art', parent: 'Gehört zu', none: 'Keine Einheiten.', add: 'Einheit hinzufügen',
      code: 'Code', codeHint: 'Großbuchstaben, Ziffern und _ (zum Beispiel GD_FIN).', noParent: '(keine)',
    },
    kinds: { directorate_general: 'Generaldirektion', staff_directorate: 'Stabsdienst', service: 'Dienst', cell: 'Zelle', other: 'Sonstige' },
    authorities: { title: 'Aufsichtsbehörden', holder: 'Amtsinhaber', signs: 'Unterzeichnet den Plan', reviews: 'Prüft', scope: 'Zuständigkeit', yes: 'ja', no: 'nein', none: 'Keine Behörden.',
      add: 'Behörde hinzufügen', code: 'Code', codeHint: 'Kleinbuchstaben, Ziffern und Bindestriche (zum Beispiel minister-finanzen).', kind: 'Art', name: 'Titel', objectives: 'Geprüfte strategische Ziele (Nummern)', numbersHint: 'Nummern durch Kommas getrennt, zum Beispiel 20, 21, 22.', envelopes: 'Haushaltsumschläge (Nummern)',
    },
    authorityKinds: { minister: 'Minister', state_secretary: 'Staatssekretär' },
    settings: {
      title: 'Einstellungen des Zyklus', emailSignIn: 'Anmeldung über einen per E-Mail gesendeten Link erlauben', committeeRule: 'Regel des Direktionsausschusses',
      ruleAll: 'Alle Mitglieder stimmen zu', ruleQuorum: 'Ein Quorum von Zustimmungen', ruleFirst: 'Die erste Antwort entscheidet', approvals: 'Anzahl der Zustimmungen (Quorum)',
      reviewDays: 'Dauer einer Prüfung (Arbeitstage)', allEntities: 'Ziele „(Alle)“ verfasst von', everyEntity: 'jeder Einheit', presidentOffice: 'dem Dienst des Präsidenten',
      consolidatorName: 'Name des Dienstes, der den Plan zusammenführt', reviewers: 'Rollen, die im Schritt des Ausschusses prüfen', save: 'Einstellungen speichern', saved: 'Die Einstellungen wurden gespeichert.',
      checkpoints: 'Termine der Sachstandserhebungen', checkpointsHint: '1 bis 12 Termine im Format MM-TT, in der Reihenfolge des Jahres und durch Kommas getrennt, zum Beispiel 03-31, 06-30, 09-30, 12-31.',
      checkpointsInvalid: 'Geben Sie 1 bis 12 existierende Termine im Format MM-TT (Monat-Tag) an, jeden nur einmal und in der Reihenfolge des Jahres.',
    },
    nameIn: { fr: 'auf Französisch', nl: 'auf Niederländisch', de: 'auf Deutsch' },
    optional: '(freiwillig)',
    people: {
      title: 'Personen, Rollen und Vertretungen', link: 'Personen, ihre Rollen und Vertretungen verwalten', person: 'Person', roles: 'Rollen', delegations: 'Vertretungen',
      none: 'Keine Personen.', noRoles: 'keine Rolle', add: 'Person hinzufügen', name: 'Name und Vorname', email: 'Dienstliche E-Mail-Adresse', language: 'Sprache',
      giveRole: 'Rolle zuweisen', role: 'Rolle', entity: 'Einheit (für einen Verfasser)', authority: 'Behörde (für eine Zelle)', choose: '(auswählen)',
      remove: 'Entfernen', removeRole: (role) => `Entfernen: die Rolle ${role}`, delegate: 'Vertretung hinzufügen', deputy: 'Vertreter', from: 'Vom', to: 'Bis',
      until: (deputy, from, to) => `${deputy} vertritt vom ${from} bis ${to}`, endDelegation: 'Die Vertretung beenden', saved: 'Die Änderung wurde gespeichert.',
    },
    create: {
      title: 'Eine Organisation anlegen', intro: 'Legen Sie einen föderalen öffentlichen Dienst an; sein Verwalter fügt danach die Einheiten, Behörden und Personen hinzu.',
      code: 'Code', codeHint: 'Kleinbuchstaben, Ziffern und Bindestriche (zum Beispiel foed-finanzen).', shortName: 'Kurzname', submit: 'Organisation anlegen',
      created: (name) => `Die Organisation ${name} wurde angelegt.`,
    },
    errorTitle: 'Es gibt ein Problem',
    fieldInvalid: 'Dieser Wert wird nicht angenommen: Bitte korrigieren Sie ihn.',
    refusals: {
      'organisation.code_taken': 'Eine Organisation trägt diesen Code bereits: Wählen Sie einen anderen.',
      'organisation.not_found': 'Diese Organisation gibt es nicht.',
      'entity.code_taken': 'Eine Einheit trägt diesen Code bereits: Wählen Sie einen anderen.',
      'entity.not_found': 'Diese Einheit gibt es nicht mehr.',
      'authority.not_found': 'Diese Behörde gibt es nicht mehr.',
      'entity.unknown_parent': 'Diese übergeordnete Einheit gibt es nicht.',
      'entity.parent_cycle': 'Eine Einheit kann weder zu sich selbst noch zu einem ihrer Teile gehören.',
      'entity.in_use': 'Diese Einheit wird noch verwendet (Rollen, Behörden oder Pläne): Es wurde nichts entfernt.',
      'authority.code_taken': 'Eine Behörde trägt diesen Code bereits.',
      'authority.signer_taken': 'Eine andere Behörde unterzeichnet den Plan bereits: Nur eine Behörde unterzeichnet.',
      'authority.unknown_entity': 'Diese Einheit gibt es nicht.',
      'authority.in_use': 'Der Zelle dieser Behörde gehören noch Personen an.',
      'delegation.not_found': 'Diese Vertretung gibt es nicht mehr.',
      'person.email_taken': 'Diese E-Mail-Adresse ist bereits für eine andere Person registriert.',
      'person.self_administration': 'Niemand ändert seine eigenen Rollen oder Vertretungen: Das macht ein anderer Verwalter.',
      'role.already_held': 'Diese Person hat diese Rolle bereits.',
      'organisation.has_administrator': 'Diese Organisation hat bereits einen Verwalter: Er ernennt die weiteren.',
      'strategic_plan.period_taken': 'Ein strategischer Plan der Organisation deckt bereits einen Teil dieses Zeitraums ab.',
      'strategic_plan.code_taken': 'Ein strategischer Plan der Organisation trägt diesen Code bereits: Wählen Sie einen anderen.',
    },
    refusedUnknown: (code) => `Die Anfrage wurde abgelehnt (Code ${code}). Es wurde nichts geändert; wenden Sie sich an den Jalon-Support, wenn das Problem weiterhin besteht.`,
  },
};
