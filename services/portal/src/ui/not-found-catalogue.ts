import type { Message } from './catalogue.js';

/** The page of an address the portal does not serve (a typo, an old bookmark), in the reader's language. */
export const notFoundCopy: Record<'fr' | 'nl' | 'de', Message & { home: string }> = {
  fr: { title: 'Page introuvable', body: 'Aucune page ne se trouve à cette adresse. Vérifiez-la, ou repartez de la page d’accueil.', home: 'Page d’accueil de Jalon' },
  nl: { title: 'Pagina niet gevonden', body: 'Op dit adres staat geen pagina. Controleer het adres, of begin opnieuw vanaf de startpagina.', home: 'Startpagina van Jalon' },
  de: { title: 'Seite nicht gefunden', body: 'Unter dieser Adresse gibt es keine Seite. Bitte prüfen Sie die Adresse oder beginnen Sie auf der Startseite.', home: 'Startseite von Jalon' },
};
