import t from 'tap';
import { notificationRequestSchema } from '@jalon/contracts';
import { renderTemplate } from '../src/templates/registry.js';

/* The sign-in e-mail: a one-time link, when it was asked for, when it expires, and what to do if it was not you. */

const reader = (language: 'fr' | 'nl' | 'de' | 'en') => ({ language, name: 'Sophie Martin' });

const signIn = {
  // A query string on purpose: its & must be escaped in the HTML and kept as it is in the text.
  link: 'https://jalon.ibz.example/auth/callback?token=Zx81&lang=fr',
  // 19:00 in Brussels, written with its offset.
  requestedAt: '2026-11-26T19:00:00+01:00',
  // 18:15 UTC is 19:15 in Brussels in November (CET, UTC+1).
  expiresAt: '2026-11-26T18:15:00Z',
};

/** The paths of the fields the API refuses in a sign-in request, joined with dots; empty when it accepts it. */
function refusedRequest(params: unknown): string[] {
  const result = notificationRequestSchema.safeParse({
    idempotencyKey: 'sign-in:5f0c:sophie.martin@ibz.example',
    kind: 'sign_in',
    template: 'sign_in',
    recipient: { email: 'sophie.martin@ibz.example', name: 'Sophie Martin', language: 'fr' },
    params,
  });
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

t.test('sign in, in French: when it was asked for, the link, once, until when, and what to do if it was not you', async (t) => {
  const fr = renderTemplate('sign_in', signIn, reader('fr'));
  t.equal(fr.subject, 'Votre lien de connexion à Jalon');
  t.match(fr.text, /^Bonjour Sophie Martin,\n/);
  t.match(fr.text, /Quelqu’un – vous-même, espérons-le – a demandé à se connecter à Jalon le jeudi 26 novembre 2026 à 19:00\./);
  t.match(fr.text, /\nSe connecter\u00a0: https:\/\/jalon\.ibz\.example\/auth\/callback\?token=Zx81&lang=fr\nCe lien vous est personnel\u00a0: merci de ne pas le transférer\.\n/);
  t.match(fr.text, /Ce lien ne fonctionne qu’une seule fois et expire le jeudi 26 novembre 2026 à 19:15\./, 'the expiry in Brussels time');
  t.match(fr.text, /Si vous n’avez rien demandé, ignorez simplement cet e-mail\u00a0: personne ne peut se connecter sans ce lien\./);
  t.notMatch(fr.text, /18:15/, 'not the UTC time');
  t.notMatch(fr.text.replace(/\u00a0:/g, ''), / :/, 'a no-break space before every colon');
});

t.test('sign in, in Dutch', async (t) => {
  const nl = renderTemplate('sign_in', signIn, reader('nl'));
  t.equal(nl.subject, 'Uw aanmeldlink voor Jalon');
  t.match(nl.text, /^Beste Sophie Martin,\n/);
  t.match(nl.text, /Iemand – hopelijk uzelf – heeft op donderdag 26 november 2026 om 19:00 gevraagd om zich aan te melden bij Jalon\./);
  t.match(nl.text, /\nAanmelden: https:\/\/jalon\.ibz\.example\/auth\/callback\?token=Zx81&lang=fr\nDeze link is persoonlijk: gelieve hem niet door te sturen\.\n/);
  t.match(nl.text, /Deze link werkt maar één keer en vervalt op donderdag 26 november 2026 om 19:15\./, 'the expiry in Brussels time');
  t.match(nl.text, /Hebt u niets gevraagd, dan mag u deze e-mail gewoon negeren: niemand kan zich zonder deze link aanmelden\./);
  t.notMatch(nl.text, /18:15/, 'not the UTC time');
  t.notMatch(nl.text, /Se connecter|Quelqu’un|lien/, 'nothing in French for a Dutch reader');
});

t.test('sign in: the link is the button in HTML, escaped, and shown in full under it', async (t) => {
  const fr = renderTemplate('sign_in', signIn, reader('fr'));
  t.match(fr.html, /^<!DOCTYPE html>\n<html lang="fr">/);
  t.match(fr.html, /<a href="https:\/\/jalon\.ibz\.example\/auth\/callback\?token=Zx81&amp;lang=fr" style="[^"]*">Se connecter<\/a>/);
  t.match(fr.html, /<p style="[^"]*">https:\/\/jalon\.ibz\.example\/auth\/callback\?token=Zx81&amp;lang=fr<br>\nCe lien vous est personnel/);
  t.notMatch(fr.html, /token=Zx81&lang/, 'no raw & in the HTML');
  t.match(fr.html, /<p>Ce lien ne fonctionne qu’une seule fois et expire le jeudi 26 novembre 2026 à 19:15\.<\/p>/);
  t.match(fr.html, /<title>Votre lien de connexion à Jalon<\/title>/);

  const nl = renderTemplate('sign_in', signIn, reader('nl'));
  t.match(nl.html, /^<!DOCTYPE html>\n<html lang="nl">/);
  t.match(nl.html, /<a href="https:\/\/jalon\.ibz\.example\/auth\/callback\?token=Zx81&amp;lang=fr" style="[^"]*">Aanmelden<\/a>/);
});

t.test('sign in: Brussels time follows summer time', async (t) => {
  // 10:00 UTC is 12:00 in Brussels in July (CEST, UTC+2), not 11:00.
  const summer = { ...signIn, requestedAt: '2026-07-01T09:50:00Z', expiresAt: '2026-07-01T10:00:00Z' };
  const fr = renderTemplate('sign_in', summer, reader('fr'));
  t.match(fr.text, /a demandé à se connecter à Jalon le mercredi 1 juillet 2026 à 11:50\./);
  t.match(fr.text, /expire le mercredi 1 juillet 2026 à 12:00\./);
  const nl = renderTemplate('sign_in', summer, reader('nl'));
  t.match(nl.text, /vervalt op woensdag 1 juli 2026 om 12:00\./);
});

t.test('sign in reads in all four languages, without gaps', async (t) => {
  const subjects = new Set<string>();
  for (const language of ['fr', 'nl', 'de', 'en'] as const) {
    const mail = renderTemplate('sign_in', signIn, reader(language));
    t.notMatch(mail.text, /undefined|\[object|NaN|Invalid Date/, `${language}: no missing value`);
    t.match(mail.text, /19:15/, `${language}: the expiry in Brussels time`);
    t.match(mail.text, /19:00/, `${language}: the request in Brussels time`);
    t.match(mail.html, new RegExp(`^<!DOCTYPE html>\\n<html lang="${language}">`), `${language}: HTML in the reader's language`);
    subjects.add(mail.subject);
  }
  t.equal(subjects.size, 4, 'each language has its own subject');
  t.match(renderTemplate('sign_in', signIn, reader('de')).subject, /^Ihr Anmeldelink für Jalon$/);
  t.match(renderTemplate('sign_in', signIn, reader('en')).subject, /^Your sign-in link for Jalon$/);
});

t.test('sign in: a link that is not http(s), and instants without an offset, are refused at their field', async (t) => {
  t.strictSame(refusedRequest(signIn), [], 'the fixture itself is accepted');
  t.strictSame(refusedRequest({ ...signIn, link: 'javascript:alert(1)' }), ['params.link'], 'the API names params.link');
  t.strictSame(refusedRequest({ ...signIn, link: 'ftp://jalon.ibz.example/x' }), ['params.link']);
  t.strictSame(refusedRequest({ ...signIn, expiresAt: '2026-11-26T18:15:00' }), ['params.expiresAt'], 'a time without an offset is ambiguous');
  t.strictSame(refusedRequest({ ...signIn, requestedAt: '2026-11-26' }), ['params.requestedAt'], 'a date is not an instant');
  const { expiresAt: _expiresAt, ...noExpiry } = signIn;
  t.strictSame(refusedRequest(noExpiry), ['params.expiresAt']);
  t.throws(() => renderTemplate('sign_in', { ...signIn, link: 'javascript:alert(1)' }, reader('fr')), 'the service refuses it too');
});
