import type { Language } from '@jalon/contracts';

/*
 * The accessibility statement, following the model of Commission Implementing Decision (EU)
 * 2018/1523 (under Directive (EU) 2016/2102, transposed for federal bodies by the law of 19 July
 * 2018): commitment, compliance status, non-accessible content, preparation, feedback and contact,
 * enforcement procedure (for a federal public service: the federal Ombudsman).
 */

export type StatementLanguage = 'fr' | 'nl' | 'de';

export interface StatementCopy {
  title: string;
  otherLanguages: string;
  languageNames: Record<StatementLanguage, string>;
  commitment: string;
  scope: (address: string) => string;
  statusHeading: string;
  status: string;
  nonAccessibleHeading: string;
  nonAccessibleIntro: string;
  nonCompliance: string[];
  burden: string;
  preparationHeading: string;
  preparedOn: (date: string) => string;
  method: string;
  reviewedOn: (date: string) => string;
  feedbackHeading: string;
  feedback: string;
  contactAt: string;
  contactFallback: string;
  enforcementHeading: string;
  enforcement: string;
  ombudsman: { name: string; address: string; phone: string; website: string };
}

const fr: StatementCopy = {
  title: 'Déclaration d’accessibilité',
  otherLanguages: 'Cette déclaration dans une autre langue',
  languageNames: { fr: 'Français', nl: 'Nederlands', de: 'Deutsch' },
  commitment: 'Le service public fédéral qui utilise Jalon s’engage à rendre cette application accessible, conformément à la loi du 19 juillet 2018 relative à l’accessibilité des sites internet et des applications mobiles des organismes du secteur public, qui transpose la directive (UE) 2016/2102.',
  scope: (a) => `La présente déclaration s’applique à l’application Jalon publiée à l’adresse ${a}\u00a0: la connexion, le tableau de bord, les tâches, les pages de décision, les plans et la signature.`,
  statusHeading: 'État de conformité',
  status: 'Cette application est partiellement conforme aux règles d’accessibilité des contenus web (WCAG 2.1), niveau AA, et à la norme européenne EN 301 549, en raison des non-conformités énumérées ci-dessous.',
  nonAccessibleHeading: 'Contenu non accessible',
  nonAccessibleIntro: 'Le contenu suivant n’est pas accessible, pour non-conformité ou par défaut de vérification\u00a0:',
  nonCompliance: [
    'Les textes des plans (objectifs, ambitions, risques) ne sont disponibles que dans la langue dans laquelle ils ont été rédigés, le plus souvent le français\u00a0; ils sont balisés comme tels pour les lecteurs d’écran.',
    'Aucun audit manuel complet de tous les critères WCAG 2.1 n’a encore été réalisé\u00a0: les contrôles automatiques ne détectent qu’une partie des obstacles.',
  ],
  burden: 'Aucune dérogation pour charge disproportionnée n’est invoquée.',
  preparationHeading: 'Établissement de la présente déclaration',
  preparedOn: (d) => `Cette déclaration a été établie le ${d}.`,
  method: 'Méthode\u00a0: auto-évaluation par l’équipe de développement. Chaque page est contrôlée automatiquement (axe-core) en français, en néerlandais et en allemand, et un parcours complet au seul clavier, de la connexion à l’enregistrement d’une décision, est rejoué à chaque version.',
  reviewedOn: (d) => `Elle a été revue pour la dernière fois le ${d}.`,
  feedbackHeading: 'Retour d’information et coordonnées',
  feedback: 'Si vous rencontrez un obstacle à l’accessibilité, ou si vous souhaitez recevoir un contenu sous une autre forme, signalez-le-nous\u00a0: nous vous répondrons dans un délai raisonnable.',
  contactAt: 'Adresse de contact\u00a0:',
  contactFallback: 'Adressez-vous au service du Président du comité de direction de votre organisation, qui gère Jalon.',
  enforcementHeading: 'Procédure de mise en œuvre',
  enforcement: 'Si vous n’obtenez pas de réponse satisfaisante, vous pouvez introduire une plainte auprès du Médiateur fédéral, compétent pour les organismes publics fédéraux.',
  ombudsman: { name: 'Médiateur fédéral', address: 'Rue de Louvain 48 bte 6, 1000 Bruxelles', phone: 'Numéro gratuit\u00a0: 0800 99 961', website: 'https://www.mediateurfederal.be' },
};

const nl: StatementCopy = {
  title: 'Toegankelijkheidsverklaring',
  otherLanguages: 'Deze verklaring in een andere taal',
  languageNames: { fr: 'Français', nl: 'Nederlands', de: 'Deutsch' },
  commitment: 'De federale overheidsdienst die Jalon gebruikt, verbindt zich ertoe deze applicatie toegankelijk te maken, overeenkomstig de wet van 19 juli 2018 inzake de toegankelijkheid van de websites en mobiele applicaties van overheidsinstanties, die richtlijn (EU) 2016/2102 omzet.',
  scope: (a) => `Deze verklaring is van toepassing op de applicatie Jalon op ${a}: het aanmelden, het overzicht, de taken, de beslissingspagina’s, de plannen en de ondertekening.`,
  statusHeading: 'Nalevingsstatus',
  status: 'Deze applicatie voldoet gedeeltelijk aan de richtlijnen voor de toegankelijkheid van webcontent (WCAG 2.1), niveau AA, en aan de Europese norm EN 301 549, wegens de hieronder opgesomde niet-nalevingen.',
  nonAccessibleHeading: 'Niet-toegankelijke inhoud',
  nonAccessibleIntro: 'De volgende inhoud is niet toegankelijk, wegens niet-naleving of omdat hij nog niet werd nagegaan:',
  nonCompliance: [
    'De teksten van de plannen (doelstellingen, ambities, risico’s) bestaan alleen in de taal waarin ze werden opgesteld, meestal het Frans; ze zijn als zodanig gemarkeerd voor schermlezers.',
    'Er werd nog geen volledige manuele audit van alle WCAG 2.1-criteria uitgevoerd: automatische controles vinden slechts een deel van de hindernissen.',
  ],
  burden: 'Er wordt geen beroep gedaan op een uitzondering wegens onevenredige last.',
  preparationHeading: 'Opstelling van deze verklaring',
  preparedOn: (d) => `Deze verklaring werd opgesteld op ${d}.`,
  method: 'Methode: zelfevaluatie door het ontwikkelteam. Elke pagina wordt automatisch gecontroleerd (axe-core) in het Frans, het Nederlands en het Duits, en een volledig parcours met alleen het toetsenbord, van het aanmelden tot het registreren van een beslissing, wordt bij elke versie opnieuw doorlopen.',
  reviewedOn: (d) => `Ze werd het laatst herzien op ${d}.`,
  feedbackHeading: 'Feedback en contactgegevens',
  feedback: 'Stuit u op een toegankelijkheidsprobleem, of wenst u inhoud in een andere vorm te ontvangen, meld het ons: wij antwoorden u binnen een redelijke termijn.',
  contactAt: 'Contactadres:',
  contactFallback: 'Wend u tot de dienst van de voorzitter van het directiecomité van uw organisatie, die Jalon beheert.',
  enforcementHeading: 'Handhavingsprocedure',
  enforcement: 'Krijgt u geen bevredigend antwoord, dan kunt u een klacht indienen bij de federale Ombudsman, bevoegd voor de federale overheidsinstanties.',
  ombudsman: { name: 'Federale Ombudsman', address: 'Leuvenseweg 48 bus 6, 1000 Brussel', phone: 'Gratis nummer: 0800 99 961', website: 'https://www.federaalombudsman.be' },
};

const de: StatementCopy = {
  title: 'Erklärung zur Barrierefreiheit',
  otherLanguages: 'Diese Erklärung in einer anderen Sprache',
  languageNames: { fr: 'Français', nl: 'Nederlands', de: 'Deutsch' },
  commitment: 'Der Föderale Öffentliche Dienst, der Jalon verwendet, ist bemüht, diese Anwendung barrierefrei zugänglich zu machen, gemäß dem Gesetz vom 19. Juli 2018 über die Barrierefreiheit der Websites und mobilen Anwendungen öffentlicher Stellen, das die Richtlinie (EU) 2016/2102 umsetzt.',
  scope: (a) => `Diese Erklärung gilt für die Anwendung Jalon unter ${a}: Anmeldung, Übersicht, Aufgaben, Entscheidungsseiten, Pläne und Unterzeichnung.`,
  statusHeading: 'Stand der Vereinbarkeit mit den Anforderungen',
  status: 'Diese Anwendung ist wegen der nachstehend aufgeführten Unvereinbarkeiten teilweise mit den Richtlinien für barrierefreie Webinhalte (WCAG 2.1), Stufe AA, und der europäischen Norm EN 301 549 vereinbar.',
  nonAccessibleHeading: 'Nicht barrierefreie Inhalte',
  nonAccessibleIntro: 'Die nachstehend aufgeführten Inhalte sind aus folgenden Gründen nicht barrierefrei:',
  nonCompliance: [
    'Die Texte der Pläne (Ziele, Ambitionen, Risiken) liegen nur in der Sprache vor, in der sie verfasst wurden, meist auf Französisch; sie sind für Bildschirmleseprogramme entsprechend ausgezeichnet.',
    'Eine vollständige manuelle Prüfung aller Kriterien der WCAG 2.1 wurde noch nicht durchgeführt: automatische Prüfungen erkennen nur einen Teil der Barrieren.',
  ],
  burden: 'Es wird keine Ausnahme wegen unverhältnismäßiger Belastung geltend gemacht.',
  preparationHeading: 'Erstellung dieser Erklärung zur Barrierefreiheit',
  preparedOn: (d) => `Diese Erklärung wurde am ${d} erstellt.`,
  method: 'Methode: Selbstbewertung durch das Entwicklungsteam. Jede Seite wird automatisch (axe-core) auf Französisch, Niederländisch und Deutsch geprüft, und ein vollständiger Durchgang allein mit der Tastatur, von der Anmeldung bis zur Erfassung einer Entscheidung, wird bei jeder Version wiederholt.',
  reviewedOn: (d) => `Sie wurde zuletzt am ${d} überprüft.`,
  feedbackHeading: 'Feedback und Kontaktangaben',
  feedback: 'Wenn Sie auf eine Barriere stoßen oder Inhalte in einer anderen Form erhalten möchten, teilen Sie es uns bitte mit: Wir antworten Ihnen innerhalb einer angemessenen Frist.',
  contactAt: 'Kontaktadresse:',
  contactFallback: 'Wenden Sie sich an den Dienst des Präsidenten des Direktionsausschusses Ihrer Organisation, der Jalon verwaltet.',
  enforcementHeading: 'Durchsetzungsverfahren',
  enforcement: 'Erhalten Sie keine zufriedenstellende Antwort, können Sie beim Föderalen Ombudsmann, der für die föderalen öffentlichen Stellen zuständig ist, Beschwerde einreichen.',
  ombudsman: { name: 'Föderaler Ombudsmann', address: 'Rue de Louvain / Leuvenseweg 48 Bk. 6, 1000 Brüssel', phone: 'Gebührenfreie Nummer: 0800 99 961', website: 'https://www.federalombudsman.be' },
};

export const statementCopy: Record<StatementLanguage, StatementCopy> = { fr, nl, de };

/** The statement exists in the three national languages; an English reader gets the French one. */
export const statementLanguageOf = (language: Language): StatementLanguage => (language === 'en' ? 'fr' : language);

/** What the frame of every page says: its skip link and its footer's link to the statement. */
export const frameCopy: Record<Language, { statement: string; skip: string }> = {
  fr: { statement: fr.title, skip: 'Aller au contenu' },
  nl: { statement: nl.title, skip: 'Naar de inhoud' },
  de: { statement: de.title, skip: 'Zum Inhalt springen' },
  en: { statement: 'Accessibility statement', skip: 'Skip to content' },
};
