import type { PageLanguage } from '../../ui/page-language.js';

export interface PublicationCopy {
  title: (organisation: string) => string;
  intro: string;
  howToCheck: string;
  caption: string;
  plan: string;
  version: string;
  publishedOn: string;
  document: string;
  content: string;
  sha256: string;
  none: string;
  operationalPlan: (year: number) => string;
  versionNumber: (n: number) => string;
  publishHeading: string;
  publishIntro: string;
  publish: string;
  nothingToPublish: string;
  published: string;
  refusedNotFinal: string;
  refused: string;
  what: string;
}

/** The public page of an organisation's published plans, and the "Publier" of those who carry the communication plan (President's office, communicator). */
export const publicationCopy: Record<PageLanguage, PublicationCopy> = {
  fr: {
    title: (organisation) => `Plans publiés – ${organisation}`,
    intro: 'Les plans stratégiques signés et les plans opérationnels transmis, tels qu’ils ont été publiés.',
    howToCheck: 'Chaque fichier est accompagné de son empreinte SHA-256 : pour vérifier une copie, comparez l’empreinte affichée au résultat de la commande « sha256sum nom-du-fichier ».',
    caption: 'Versions publiées et leurs empreintes',
    plan: 'Plan',
    version: 'Version',
    publishedOn: 'Publié le',
    document: 'Document PDF',
    content: 'Contenu (JSON canonique)',
    sha256: 'SHA-256',
    none: 'Aucun plan n’a encore été publié.',
    operationalPlan: (year) => `Plan opérationnel ${year}`,
    versionNumber: (n) => `Version ${n}`,
    publishHeading: 'Publier un plan',
    publishIntro: 'La publication est une étape du plan de communication : seule la version signée ou transmise d’un plan peut être publiée.',
    publish: 'Publier',
    nothingToPublish: 'Aucune version signée ou transmise n’attend d’être publiée.',
    published: 'La version a été publiée.',
    refusedNotFinal: 'Seule la version signée (plan stratégique) ou transmise (plan opérationnel) peut être publiée.',
    refused: 'La publication n’a pas pu être enregistrée.',
    what: 'publier un plan',
  },
  nl: {
    title: (organisation) => `Gepubliceerde plannen – ${organisation}`,
    intro: 'De ondertekende strategische plannen en de overgemaakte operationele plannen, zoals ze gepubliceerd werden.',
    howToCheck: 'Bij elk bestand staat zijn SHA-256-vingerafdruk: om een kopie te controleren, vergelijkt u de getoonde vingerafdruk met het resultaat van de opdracht "sha256sum bestandsnaam".',
    caption: 'Gepubliceerde versies en hun vingerafdrukken',
    plan: 'Plan',
    version: 'Versie',
    publishedOn: 'Gepubliceerd op',
    document: 'PDF-document',
    content: 'Inhoud (canonieke JSON)',
    sha256: 'SHA-256',
    none: 'Er werd nog geen plan gepubliceerd.',
    operationalPlan: (year) => `Operationeel plan ${year}`,
    versionNumber: (n) => `Versie ${n}`,
    publishHeading: 'Een plan publiceren',
    publishIntro: 'De publicatie is een stap van het communicatieplan: alleen de ondertekende of overgemaakte versie van een plan kan gepubliceerd worden.',
    publish: 'Publiceren',
    nothingToPublish: 'Er wacht geen ondertekende of overgemaakte versie op publicatie.',
    published: 'De versie werd gepubliceerd.',
    refusedNotFinal: 'Alleen de ondertekende versie (strategisch plan) of de overgemaakte versie (operationeel plan) kan gepubliceerd worden.',
    refused: 'De publicatie kon niet worden geregistreerd.',
    what: 'een plan publiceren',
  },
  de: {
    title: (organisation) => `Veröffentlichte Pläne – ${organisation}`,
    intro: 'Die unterzeichneten strategischen Pläne und die übermittelten operativen Pläne, so wie sie veröffentlicht wurden.',
    howToCheck: 'Zu jeder Datei wird ihr SHA-256-Fingerabdruck angegeben: Um eine Kopie zu überprüfen, vergleichen Sie den angezeigten Fingerabdruck mit dem Ergebnis des Befehls „sha256sum Dateiname“.',
    caption: 'Veröffentlichte Versionen und ihre Fingerabdrücke',
    plan: 'Plan',
    version: 'Fassung',
    publishedOn: 'Veröffentlicht am',
    document: 'PDF-Dokument',
    content: 'Inhalt (kanonisches JSON)',
    sha256: 'SHA-256',
    none: 'Es wurde noch kein Plan veröffentlicht.',
    operationalPlan: (year) => `Operativer Plan ${year}`,
    versionNumber: (n) => `Fassung ${n}`,
    publishHeading: 'Einen Plan veröffentlichen',
    publishIntro: 'Die Veröffentlichung ist ein Schritt des Kommunikationsplans: Nur die unterzeichnete oder übermittelte Version eines Plans kann veröffentlicht werden.',
    publish: 'Veröffentlichen',
    nothingToPublish: 'Keine unterzeichnete oder übermittelte Version wartet auf ihre Veröffentlichung.',
    published: 'Die Version wurde veröffentlicht.',
    refusedNotFinal: 'Nur die unterzeichnete Version (strategischer Plan) oder die übermittelte Version (operativer Plan) kann veröffentlicht werden.',
    refused: 'Die Veröffentlichung konnte nicht gespeichert werden.',
    what: 'einen Plan veröffentlichen',
  },
};
