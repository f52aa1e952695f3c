import type { PageLanguage } from './page-language.js';

/* What the signed-in pages say, in French and Dutch: the languages of the people who use them. */

const fr = {
  skip: 'Aller au contenu',
  nav: {
    label: 'Navigation principale', dashboard: 'Tableau de bord', tasks: 'Mes tâches', plans: 'Plans', signature: 'Signature',
    signOut: 'Se déconnecter', signedInAs: (name: string) => `Connecté·e\u00a0: ${name}`,
  },
  switchTo: { label: 'Langue', other: 'Nederlands', otherCode: 'nl' as PageLanguage },
  signIn: {
    title: 'Se connecter à Jalon',
    intro: 'Indiquez votre adresse e-mail professionnelle. Nous vous envoyons un lien de connexion, valable 15 minutes et utilisable une seule fois.',
    email: 'Adresse e-mail', emailHint: 'Par exemple prenom.nom@ibz.fgov.be', submit: 'Recevoir le lien',
    emailInvalid: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@ibz.fgov.be.',
    sentTitle: 'Consultez votre messagerie',
    sent: 'Si cette adresse est connue de Jalon, un lien de connexion vient d’y être envoyé. Il est valable 15 minutes.',
    confirmTitle: 'Confirmer la connexion', confirm: (name: string) => `Vous allez vous connecter en tant que ${name}.`, confirmButton: 'Me connecter',
    invalidTitle: 'Ce lien de connexion ne fonctionne plus',
    invalid: 'Il a déjà servi, a expiré ou est incomplet. Demandez-en un nouveau.', again: 'Demander un nouveau lien',
    signedOut: 'Vous êtes déconnecté·e.', mustSignIn: 'Connectez-vous pour continuer.',
    provider: 'Se connecter avec le compte de l’organisation', providerIntro: 'Utilisez votre compte professionnel habituel.',
    emailTitle: 'Pas de compte dans l’organisation\u00a0? Recevez un lien par e-mail',
  },
  provider: {
    unknownTitle: 'Vous n’êtes pas connu·e de Jalon',
    unknown: (email: string | null) => (email
      ? `Le fournisseur d’identité vous a reconnu·e, mais aucune personne de Jalon n’a l’adresse ${email}.`
      : 'Le fournisseur d’identité vous a reconnu·e, mais il ne communique pas votre adresse e-mail.'),
    unverified: (email: string | null) => `Votre adresse ${email ?? ''} n’est pas vérifiée chez le fournisseur d’identité\u00a0: Jalon ne peut pas s’y fier pour vous reconnaître.`,
    linkedElsewhere: (email: string | null) => `La personne qui a l’adresse ${email ?? ''} dans Jalon se connecte déjà avec un autre compte.`,
    whomToAsk: 'Demandez à la Cellule Corporate (le service du Président) de vous ajouter dans Jalon avec votre adresse professionnelle, ou au service informatique de la vérifier dans votre compte.',
    otherAccount: 'Se connecter avec un autre compte',
    failedTitle: 'La connexion n’a pas abouti',
    failed: 'Le retour du fournisseur d’identité n’a pas pu être vérifié (délai dépassé, autre navigateur ou adresse modifiée). Aucune session n’a été ouverte.',
    unavailableTitle: 'Le fournisseur d’identité ne répond pas', unavailable: 'Réessayez dans une minute.',
    again: 'Recommencer la connexion',
  },
  forbidden: { thisPage: 'ouvrir cette page', title: 'Accès refusé', body: (what: string) => `Votre rôle ne vous permet pas de ${what}. Si vous pensez que c’est une erreur, adressez-vous à la Cellule Corporate.` },
  formExpired: { title: 'Formulaire expiré', body: 'Ce formulaire n’est plus valable (session changée). Rechargez la page et recommencez.' },
  tasks: {
    title: 'Mes tâches', none: 'Aucune étape n’attend votre réponse.', due: 'Échéance', noDue: 'pas encore d’échéance (budget non adopté)', open: 'Ouvrir',
    caption: 'Les étapes qui attendent votre réponse', step: 'Étape', plan: 'Plan', version: 'Version',
  },
  signature: {
    title: 'Signature du plan stratégique', what: 'signer le plan stratégique',
    none: 'Aucun plan stratégique n’attend la signature du Ministre.',
    intro: 'Le plan ci-dessous a été approuvé par le comité de direction et examiné par les cellules concernées. La signature porte sur exactement la version figée indiquée\u00a0: son contenu est celui que désigne l’empreinte SHA-256.',
    period: 'Période', version: 'Version figée', sha256: 'Empreinte SHA-256', view: 'Lire le plan et ses versions',
    sign: (version: number) => `Signer la version ${version}`,
    signed: (version: number) => `La signature de la version ${version} est enregistrée. Le plan est signé et sa communication est lancée.`,
    refused: 'La signature n’a pas été enregistrée\u00a0: le plan n’attend plus cette signature, une autre version est à signer, ou vous ne signez pas pour l’autorité de ce plan. Rechargez la page.',
  },
  dashboard: {
    title: 'Tableau de bord de la Cellule Corporate',
    strategic: 'Plans stratégiques', cycles: 'Cycles annuels (plans opérationnels)',
    year: 'Année', stage: 'Étape', holders: 'En attente de', due: 'Échéance', late: 'Retard', alerts: 'Rappels et alertes', plan: 'Plan', status: 'Statut',
    awaiting: 'En attente de l’adoption du budget (douzièmes provisoires)', onTime: 'dans les délais', daysLate: (n: number) => `${n} jour${n > 1 ? 's' : ''} de retard`,
    nobody: '—', noCycle: 'Aucun cycle lancé.', noAlerts: 'Aucun rappel ni alerte envoyé.',
    launchTitle: 'Lancer un cycle annuel', launchYear: 'Année du plan opérationnel', launch: 'Lancer le cycle',
    budgetTitle: (year: number) => `Adoption du budget ${year}`, budgetDate: 'Date du vote de la Chambre', budgetSubmit: 'Enregistrer la date',
    launched: (year: number) => `Le cycle ${year} est lancé.`, alreadyRunning: (year: number) => `Le cycle ${year} existait déjà\u00a0: rien n’a été relancé.`,
    budgetRecorded: (year: number, due: string) => `Adoption du budget enregistrée\u00a0: le plan ${year} est dû le ${due}.`,
    alertKinds: { reminder: 'Rappel', escalation: 'Alerte', not_sent: 'Alerte non envoyée (donnée à corriger)' } as Record<string, string>,
    targets: { holders: 'aux personnes en attente', president_office: 'à la Cellule Corporate', minister_cell: 'à la cellule du Ministre' } as Record<string, string>,
    view: 'Voir le plan', sentAt: 'Envoyé le', kind: 'Type', to: 'Destinataire',
    closeDrafting: 'Clôturer la rédaction et consolider', closeDraftingHint: (n: number) => (n > 1 ? `${n} entités n’ont pas encore confirmé leurs objectifs.` : `${n} entité n’a pas encore confirmé ses objectifs.`),
    draftingClosed: (year: number) => `La rédaction du plan ${year} est clôturée\u00a0: la consolidation commence.`,
  },
  stages: {
    drafting: 'Rédaction par les entités', consolidation: 'Consolidation', committee: 'Comité de direction', state_secretary_review: 'Examen par le secrétaire d’État',
    transmitting: 'Transmission', in_force: 'En vigueur', closed: 'Clôturé',
    draft: 'Projet', in_committee: 'Au comité de direction', under_review: 'Examen par le secrétaire d’État', awaiting_signature: 'À la signature', signed: 'Signé', superseded: 'Remplacé',
  } as Record<string, string>,
  plans: {
    title: 'Plans', strategic: 'Plans stratégiques', operational: 'Plans opérationnels', period: 'Période', year: 'Année', status: 'Statut', plan: 'Plan',
    notFound: 'Plan introuvable', all: 'Tous les plans', back: 'Retour au plan',
  },
  error: 'Erreur', fix: 'Corrigez le champ indiqué.',
  failed: {
    tooMany: { title: 'Trop de demandes', body: 'Attendez une minute et réessayez.' },
    failure: { title: 'Un problème est survenu', body: 'Rien n’a été modifié. Réessayez dans une minute.' },
  },
};

type Copy = typeof fr;

const nl: Copy = {
  skip: 'Naar de inhoud',
  nav: { label: 'Hoofdnavigatie', dashboard: 'Overzicht', tasks: 'Mijn taken', plans: 'Plannen', signature: 'Ondertekening', signOut: 'Afmelden', signedInAs: (name) => `Aangemeld: ${name}` },
  switchTo: { label: 'Taal', other: 'Français', otherCode: 'fr' },
  signIn: {
    title: 'Aanmelden bij Jalon',
    intro: 'Geef uw professionele e-mailadres op. Wij sturen u een aanmeldlink die 15 minuten geldig is en één keer kan worden gebruikt.',
    email: 'E-mailadres', emailHint: 'Bijvoorbeeld voornaam.naam@ibz.fgov.be', submit: 'De link ontvangen',
    emailInvalid: 'Geef een geldig e-mailadres op, bijvoorbeeld voornaam.naam@ibz.fgov.be.',
    sentTitle: 'Bekijk uw mailbox',
    sent: 'Als dit adres bij Jalon bekend is, werd er zonet een aanmeldlink naartoe gestuurd. Hij is 15 minuten geldig.',
    confirmTitle: 'Aanmelding bevestigen', confirm: (name) => `U gaat zich aanmelden als ${name}.`, confirmButton: 'Mij aanmelden',
    invalidTitle: 'Deze aanmeldlink werkt niet meer',
    invalid: 'Hij werd al gebruikt, is verlopen of is onvolledig. Vraag een nieuwe aan.', again: 'Een nieuwe link aanvragen',
    signedOut: 'U bent afgemeld.', mustSignIn: 'Meld u aan om verder te gaan.',
    provider: 'Aanmelden met de account van de organisatie', providerIntro: 'Gebruik uw gewone professionele account.',
    emailTitle: 'Geen account in de organisatie? Ontvang een link per e-mail',
  },
  provider: {
    unknownTitle: 'U bent niet gekend in Jalon',
    unknown: (email) => (email
      ? `De identiteitsprovider heeft u herkend, maar niemand in Jalon heeft het adres ${email}.`
      : 'De identiteitsprovider heeft u herkend, maar deelt uw e-mailadres niet mee.'),
    unverified: (email) => `Uw adres ${email ?? ''} is niet geverifieerd bij de identiteitsprovider: Jalon kan er niet op vertrouwen om u te herkennen.`,
    linkedElsewhere: (email) => `De persoon met het adres ${email ?? ''} in Jalon meldt zich al aan met een andere account.`,
    whomToAsk: 'Vraag de Cel Corporate (de dienst van de Voorzitter) om u in Jalon toe te voegen met uw professionele adres, of de informaticadienst om het in uw account te verifiëren.',
    otherAccount: 'Aanmelden met een andere account',
    failedTitle: 'De aanmelding is niet gelukt',
    failed: 'Het antwoord van de identiteitsprovider kon niet worden gecontroleerd (te laat, andere browser of gewijzigd adres). Er werd geen sessie geopend.',
    unavailableTitle: 'De identiteitsprovider antwoordt niet', unavailable: 'Probeer het over een minuut opnieuw.',
    again: 'Opnieuw aanmelden',
  },
  forbidden: { thisPage: 'deze pagina te openen', title: 'Toegang geweigerd', body: (what) => `Uw rol laat u niet toe om ${what}. Denkt u dat dit een vergissing is, neem dan contact op met de Cel Corporate.` },
  formExpired: { title: 'Formulier verlopen', body: 'Dit formulier is niet meer geldig (sessie gewijzigd). Laad de pagina opnieuw en probeer nog eens.' },
  tasks: {
    title: 'Mijn taken', none: 'Er wacht geen enkele stap op uw antwoord.', due: 'Uiterste datum', noDue: 'nog geen uiterste datum (begroting niet aangenomen)', open: 'Openen',
    caption: 'De stappen die op uw antwoord wachten', step: 'Stap', plan: 'Plan', version: 'Versie',
  },
  signature: {
    title: 'Ondertekening van het strategisch plan', what: 'het strategisch plan te ondertekenen',
    none: 'Er wacht geen enkel strategisch plan op de handtekening van de Minister.',
    intro: 'Het onderstaande plan werd goedgekeurd door het directiecomité en nagekeken door de betrokken cellen. De handtekening geldt voor precies de aangegeven bevroren versie: de inhoud die de SHA-256-vingerafdruk aanduidt.',
    period: 'Periode', version: 'Bevroren versie', sha256: 'SHA-256-vingerafdruk', view: 'Het plan en zijn versies lezen',
    sign: (version) => `Versie ${version} ondertekenen`,
    signed: (version) => `De handtekening van versie ${version} is geregistreerd. Het plan is ondertekend en de communicatie ervan is gestart.`,
    refused: 'De handtekening werd niet geregistreerd: het plan wacht niet meer op deze handtekening, een andere versie moet worden ondertekend, of u ondertekent niet voor de overheid van dit plan. Laad de pagina opnieuw.',
  },
  dashboard: {
    title: 'Overzicht van de Cel Corporate',
    strategic: 'Strategische plannen', cycles: 'Jaarlijkse cycli (operationele plannen)',
    year: 'Jaar', stage: 'Stap', holders: 'Wacht op', due: 'Uiterste datum', late: 'Vertraging', alerts: 'Herinneringen en waarschuwingen', plan: 'Plan', status: 'Status',
    awaiting: 'In afwachting van de goedkeuring van de begroting (voorlopige twaalfden)', onTime: 'op tijd', daysLate: (n) => `${n} ${n > 1 ? 'dagen' : 'dag'} te laat`,
    nobody: '—', noCycle: 'Nog geen cyclus gestart.', noAlerts: 'Geen herinnering of waarschuwing verstuurd.',
    launchTitle: 'Een jaarlijkse cyclus starten', launchYear: 'Jaar van het operationeel plan', launch: 'De cyclus starten',
    budgetTitle: (year) => `Goedkeuring van de begroting ${year}`, budgetDate: 'Datum van de stemming in de Kamer', budgetSubmit: 'De datum registreren',
    launched: (year) => `De cyclus ${year} is gestart.`, alreadyRunning: (year) => `De cyclus ${year} bestond al: er werd niets opnieuw gestart.`,
    budgetRecorded: (year, due) => `Goedkeuring van de begroting geregistreerd: het plan ${year} is verschuldigd op ${due}.`,
    alertKinds: { reminder: 'Herinnering', escalation: 'Waarschuwing', not_sent: 'Waarschuwing niet verstuurd (gegevens verbeteren)' },
    targets: { holders: 'aan wie moet antwoorden', president_office: 'aan de Cel Corporate', minister_cell: 'aan de cel van de Minister' },
    view: 'Het plan bekijken', sentAt: 'Verstuurd op', kind: 'Soort', to: 'Bestemmeling',
    closeDrafting: 'Het opstellen afsluiten en consolideren', closeDraftingHint: (n) => `${n} ${n > 1 ? 'entiteiten hebben' : 'entiteit heeft'} de doelstellingen nog niet bevestigd.`,
    draftingClosed: (year) => `Het opstellen van het plan ${year} is afgesloten: de consolidatie begint.`,
  },
  stages: {
    drafting: 'Opstellen door de entiteiten', consolidation: 'Consolidatie', committee: 'Directiecomité', state_secretary_review: 'Nazicht door de staatssecretaris',
    transmitting: 'Overmaking', in_force: 'Van kracht', closed: 'Afgesloten',
    draft: 'Ontwerp', in_committee: 'In het directiecomité', under_review: 'Nazicht door de staatssecretaris', awaiting_signature: 'Ter ondertekening', signed: 'Ondertekend', superseded: 'Vervangen',
  },
  plans: {
    title: 'Plannen', strategic: 'Strategische plannen', operational: 'Operationele plannen', period: 'Periode', year: 'Jaar', status: 'Status', plan: 'Plan',
    notFound: 'Plan niet gevonden', all: 'Alle plannen', back: 'Terug naar het plan',
  },
  error: 'Fout', fix: 'Verbeter het aangeduide veld.',
  failed: {
    tooMany: { title: 'Te veel aanvragen', body: 'Wacht een minuut en probeer opnieuw.' },
    failure: { title: 'Er ging iets mis', body: 'Er werd niets gewijzigd. Probeer het over een minuut opnieuw.' },
  },
};

export const webCopy: Record<PageLanguage, Copy> = { fr, nl };
