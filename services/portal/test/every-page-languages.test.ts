import t from 'tap';
import { copy } from '../src/ui/catalogue.js';
import { Html } from '../src/ui/html.js';
import { PAGE_LANGUAGES, type PageLanguage } from '../src/ui/page-language.js';
import { planViewerCopy } from '../src/ui/plan-viewer-catalogue.js';
import { refusalCodes, refusalCopy } from '../src/ui/refusal-catalogue.js';
import { webCopy } from '../src/ui/web-catalogue.js';
import { insightCopy } from '../src/web/insight/insight-catalogue.js';
import { organisationStartCopy } from '../src/web/organisation/organisation-start-catalogue.js';
import { organisationCopy } from '../src/web/organisation/organisation-catalogue.js';
import { organisationEditCopy } from '../src/web/organisation/organisation-edit-catalogue.js';
import { portalPages, type PortalPage } from '../test-support/page-list.js';
import { pageWorld } from '../test-support/page-world.js';

/*
 * Every page of the portal (test-support/page-list.ts), in French, Dutch and German: the page says
 * its language, shows no identifier or refusal code, no English, and nothing left untranslated.
 * The catalogues themselves are checked too: every key in every language, and no language copied.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** an enumeration's raw key (`awaiting_signature`) or a refusal's code, shown as such */
const RAW_KEY = /\b[a-z]+_[a-z_]+\b/;
/** words that are English and in none of the page languages */
const ENGLISH = /\b(the|and|with|your|you|please|this|that|been|cannot|could|should|which|there|error|failed|refused|invalid|missing|unknown|nothing|request|would|must|sign in|signed)\b/i;
/** the same in every language by nature */
const SAME_EVERYWHERE = new Set(['Jalon', 'Français', 'Nederlands', 'Deutsch', 'SHA-256']);
/** Words that are the same in two of the languages and rightly so (cognates, codes, symbols). */
const COGNATES = new Set([
  '—', 'Plan', 'Code', 'Version', 'Addenda', 'Addendum', 'Organisation', 'Status', 'Indikator', 'Project', 'Projekt',
  'Datum', 'Titel', 'Nummer', 'Message', 'Support', 'E-mail', 'Intranet', 'Minister', 'Dienst', 'Rollen',
]);

interface Segment { text: string; lang: string | undefined }

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** where text is not prose of the page: the head, code (hashes) */
const SKIPPED = new Set(['head', 'script', 'style', 'code']);
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': '\'', nbsp: '\u00a0' };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => entities[e] ?? _);

/** The text people read, each piece with the language it is marked in (the nearest `lang`). */
export function visibleText(page: string): Segment[] {
  const segments: Segment[] = [];
  const stack: Array<{ tag: string; lang: string | undefined; skip: boolean }> = [];
  const top = () => stack[stack.length - 1];
  for (const token of page.split(/(<[^>]+>)/)) {
    if (token.startsWith('<!') || token === '') continue;
    const tag = /^<(\/?)([a-zA-Z0-9]+)([^>]*)>$/.exec(token);
    if (tag) {
      const [, closing, rawName, attributes] = tag;
      const name = rawName!.toLowerCase();
      if (closing) {
        const at = stack.map((s) => s.tag).lastIndexOf(name);
        if (at >= 0) stack.length = at;
      } else if (!VOID.has(name) && !attributes!.endsWith('/')) {
        const lang = /\slang="([^"]*)"/.exec(attributes!)?.[1];
        stack.push({ tag: name, lang: lang ?? top()?.lang, skip: SKIPPED.has(name) || (top()?.skip ?? false) });
      }
      continue;
    }
    const text = decode(token).replace(/\s+/g, ' ').trim();
    if (text && !top()?.skip) segments.push({ text, lang: top()?.lang });
  }
  return segments;
}

const letters = (text: string) => /\p{L}{5,}/u.test(text);

t.test('every page, in French, Dutch and German', async (t) => {
  const world = await pageWorld(t);
  const names = new Set(world.names);
  const own = new Map<string, Map<PageLanguage, Set<string>>>();

  for (const page of portalPages) {
    const perLanguage = new Map<PageLanguage, Set<string>>();
    own.set(page.name, perLanguage);
    for (const language of PAGE_LANGUAGES) {
      const what = `${page.name} (${page.method} ${page.route}, ${language})`;
      const answer = await page.reach(world, language);
      t.equal(answer.status, page.status, `${what}: status`, { body: answer.status === page.status ? undefined : answer.body.slice(0, 3000) });
      const sideBySide = page.languages === 'side-by-side';
      t.match(answer.body, `<html lang="${sideBySide ? 'fr' : language}">`, `${what}: the page says its language`);
      if (sideBySide) for (const l of PAGE_LANGUAGES) t.match(answer.body, `<section lang="${l}">`, `${what}: a section in ${l}`);
      const segments = visibleText(answer.body);
      t.ok(segments.length > 1, `${what}: has text`);
      const pageLanguage = (s: Segment) => (sideBySide ? s.lang === language : (s.lang ?? language) === language);
      const texts = segments.map((s) => s.text);
      t.same(texts.filter((text) => UUID.test(text)), [], `${what}: no identifier shown`);
      t.same(texts.filter((text) => RAW_KEY.test(text) || refusalCodes.some((code) => text.includes(code))), [], `${what}: no raw key or refusal code shown`);
      t.same(segments.filter(pageLanguage).map((s) => s.text).filter((text) => ENGLISH.test(text)), [], `${what}: no English`);
      perLanguage.set(language, new Set(segments.filter(pageLanguage).map((s) => s.text)));
    }
  }

  // What a page says in one language and, word for word, in another was not translated.
  for (const page of portalPages.filter((p: PortalPage) => p.languages !== 'side-by-side')) {
    const texts = own.get(page.name)!;
    for (const language of PAGE_LANGUAGES) {
      const others = PAGE_LANGUAGES.filter((l) => l !== language).flatMap((l) => [...texts.get(l)!]);
      // A name or a year after a dash is a name (the code or year stands in its own element before it).
      const sameByNature = (text: string) => SAME_EVERYWHERE.has(text) || COGNATES.has(text) || names.has(text) || text.split(/^– |, | – | \/ /).filter(Boolean).every((part) => names.has(part) || COGNATES.has(part) || /^\d+$/.test(part));
      const copied = [...texts.get(language)!].filter((text) => others.includes(text) && letters(text) && !sameByNature(text));
      t.same(copied, [], `${page.name} (${language}): nothing left untranslated`);
    }
  }
});

/** Every leaf of a catalogue, by path; functions are called with sample arguments so their text is checked too. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (value instanceof Html) found.set(path, value.value);
  else if (typeof value === 'function') {
    const sample = (value as (...args: unknown[]) => unknown)('«X»', 3);
    for (const [p, v] of leaves(sample, `${path}()`)) found.set(p, v);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) for (const [p, v] of leaves(inner, `${path}.${key}`)) found.set(p, v);
  }
  return found;
}

t.test('the catalogues: every text in every language, none copied from another language, no English', async (t) => {
  const catalogues: Record<string, Record<PageLanguage, unknown>> = {
    'signed-in pages': webCopy, 'organisation start': organisationStartCopy, 'plan viewer': planViewerCopy, 'decision pages': copy, refusals: refusalCopy, 'progress and reports': insightCopy,
    'organisation administration': organisationCopy, 'organisation changes': organisationEditCopy,
  };
  for (const [name, catalogue] of Object.entries(catalogues)) {
    const byLanguage = Object.fromEntries(PAGE_LANGUAGES.map((l) => [l, leaves(catalogue[l])])) as Record<PageLanguage, Map<string, string>>;
    for (const language of PAGE_LANGUAGES) {
      for (const path of byLanguage.fr.keys()) t.ok(byLanguage[language].has(path), `${name} ${language}${path}: present`);
      for (const [path, text] of byLanguage[language]) {
        t.notMatch(text, ENGLISH, `${name} ${language}${path}: no English: "${text}"`);
        for (const other of PAGE_LANGUAGES.filter((l) => l !== language)) {
          const theirs = byLanguage[other].get(path);
          if (theirs === text && letters(text) && !COGNATES.has(text.replace(/ «X»$/, ''))) {
            t.fail(`${name}${path}: the ${language} text is the ${other} one: "${text}"`);
          }
        }
      }
    }
  }
});
