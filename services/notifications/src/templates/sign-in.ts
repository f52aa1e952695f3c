import { type Language, signInParamsSchema } from '@jalon/contracts';
import { footer, greeting, personalLinkNote } from './common-copy.js';
import { composeEmail, type Section } from './compose.js';
import { formatDeadline } from './format.js';
import type { Template } from './types.js';

const copy: Record<Language, {
  subject: string; requested: (at: string) => string; signIn: string; once: (expires: string) => string; notYou: string;
}> = {
  fr: {
    subject: 'Votre lien de connexion à Jalon',
    requested: (at) => `Quelqu’un – vous-même, espérons-le – a demandé à se connecter à Jalon le ${at}.`,
    signIn: 'Se connecter',
    once: (expires) => `Ce lien ne fonctionne qu’une seule fois et expire le ${expires}.`,
    notYou: 'Si vous n’avez rien demandé, ignorez simplement cet e-mail\u00a0: personne ne peut se connecter sans ce lien.',
  },
  nl: {
    subject: 'Uw aanmeldlink voor Jalon',
    requested: (at) => `Iemand – hopelijk uzelf – heeft op ${at} gevraagd om zich aan te melden bij Jalon.`,
    signIn: 'Aanmelden',
    once: (expires) => `Deze link werkt maar één keer en vervalt op ${expires}.`,
    notYou: 'Hebt u niets gevraagd, dan mag u deze e-mail gewoon negeren: niemand kan zich zonder deze link aanmelden.',
  },
  de: {
    subject: 'Ihr Anmeldelink für Jalon',
    requested: (at) => `Jemand – hoffentlich Sie selbst – hat am ${at} die Anmeldung bei Jalon angefordert.`,
    signIn: 'Anmelden',
    once: (expires) => `Dieser Link funktioniert nur ein einziges Mal und läuft am ${expires} ab.`,
    notYou: 'Falls Sie nichts angefordert haben, ignorieren Sie diese E-Mail einfach: Ohne diesen Link kann sich niemand anmelden.',
  },
  en: {
    subject: 'Your sign-in link for Jalon',
    requested: (at) => `Someone – hopefully you – asked to sign in to Jalon on ${at}.`,
    signIn: 'Sign in',
    once: (expires) => `This link works only once and expires on ${expires}.`,
    notYou: 'If you did not ask for it, simply ignore this e-mail: nobody can sign in without this link.',
  },
};

/**
 * The reader's one-time sign-in link. When it was asked for is shown so the reader can tell whether it
 * was them; someone who did not ask is told that the e-mail alone lets nobody in.
 */
export const signIn: Template<typeof signInParamsSchema> = {
  name: 'sign_in',
  params: signInParamsSchema,
  render(p, reader) {
    const lang = reader.language;
    const c = copy[lang];
    const sections: Section[] = [
      { kind: 'paragraph', text: c.requested(formatDeadline(p.requestedAt, lang)) },
      { kind: 'action', label: c.signIn, url: p.link, note: personalLinkNote[lang] },
      { kind: 'paragraph', text: c.once(formatDeadline(p.expiresAt, lang)) },
      { kind: 'paragraph', text: c.notYou },
    ];
    return composeEmail({
      language: lang, subject: c.subject, greeting: greeting(lang, reader.name), sections, footer: footer[lang],
    });
  },
};
