import type { Language } from '@jalon/contracts';
import type { Message } from '../ui/catalogue.js';

/**
 * The page a holder or their deputy sees when the other one has already decided for the seat they
 * share in a round (only one decision counts for a role): in the link's language, all four.
 */
export const seatDecidedCopy: Record<Language, (name: string, when: string) => Message> = {
  fr: (name, when) => ({
    title: `${name} a déjà décidé pour vous`,
    body: `${name} a pris la décision le ${when} pour la fonction que vous exercez comme titulaire et suppléant\u00a0: une seule décision compte pour cette fonction. Votre décision n’a pas été enregistrée\u00a0; vous n’avez plus rien à faire.`,
  }),
  nl: (name, when) => ({
    title: `${name} heeft al voor u beslist`,
    body: `${name} heeft op ${when} beslist voor de functie die u als titularis en plaatsvervanger uitoefent: voor die functie telt slechts één beslissing. Uw beslissing werd niet geregistreerd; u hoeft niets meer te doen.`,
  }),
  de: (name, when) => ({
    title: `${name} hat bereits für Sie entschieden`,
    body: `${name} hat am ${when} für die Funktion entschieden, die Sie als Inhaber und Stellvertreter ausüben: Für diese Funktion zählt nur eine Entscheidung. Ihre Entscheidung wurde nicht erfasst; Sie müssen nichts mehr tun.`,
  }),
  en: (name, when) => ({
    title: `${name} has already decided for you`,
    body: `${name} decided on ${when} for the role you hold as holder and deputy: only one decision counts for that role. Your decision was not recorded; there is nothing more for you to do.`,
  }),
};
