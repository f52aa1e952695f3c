import type { Language } from '@jalon/contracts';

/** Wording every template shares. */

export function greeting(language: Language, name: string): string {
  // A functional mailbox has no name to greet; its address is not a name.
  const person = name.includes('@') ? '' : name;
  switch (language) {
    case 'fr': return person ? `Bonjour ${person},` : 'Bonjour,';
    case 'nl': return person ? `Beste ${person},` : 'Beste,';
    case 'de': return person ? `Guten Tag ${person},` : 'Guten Tag,';
    case 'en': return person ? `Dear ${person},` : 'Hello,';
  }
}

export const footer: Record<Language, string> = {
  fr: 'Ce message a été envoyé automatiquement par Jalon, l’outil de suivi du cycle de planification. Merci de ne pas y répondre.',
  nl: 'Dit bericht werd automatisch verstuurd door Jalon, de toepassing voor de opvolging van de planningscyclus. Gelieve er niet op te antwoorden.',
  de: 'Diese Nachricht wurde automatisch von Jalon, der Anwendung zur Begleitung des Planungszyklus, versandt. Bitte antworten Sie nicht darauf.',
  en: 'This message was sent automatically by Jalon, the application that follows the planning cycle. Please do not reply to it.',
};

/** The note under a personal link: it signs the reader in, so it must not travel. */
export const personalLinkNote: Record<Language, string> = {
  fr: 'Ce lien vous est personnel\u00a0: merci de ne pas le transférer.',
  nl: 'Deze link is persoonlijk: gelieve hem niet door te sturen.',
  de: 'Dieser Link ist persönlich: Bitte leiten Sie ihn nicht weiter.',
  en: 'This link is personal to you: please do not forward it.',
};

export const openDocument: Record<Language, string> = {
  fr: 'Ouvrir le document',
  nl: 'Het document openen',
  de: 'Dokument öffnen',
  en: 'Open the document',
};

/**
 * Said instead of a deadline while the budget is not adopted: the deadline counts from the Chamber's
 * vote, and under provisional twelfths that vote can be months away.
 */
export const noDeadlineYet: Record<Language, string> = {
  fr: 'Pas encore d’échéance\u00a0: elle sera fixée lorsque la Chambre aura adopté le budget (douzièmes provisoires).',
  nl: 'Nog geen uiterste datum: die wordt vastgelegd zodra de Kamer de begroting heeft aangenomen (voorlopige twaalfden).',
  de: 'Noch keine Frist: Sie wird festgelegt, sobald die Kammer den Haushalt angenommen hat (vorläufige Zwölftel).',
  en: 'No deadline yet: it will be set once the Chamber has adopted the budget (provisional twelfths).',
};
