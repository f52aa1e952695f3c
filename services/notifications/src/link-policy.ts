import { HttpError } from '@jalon/service-kit';

/** A value that is an address with a scheme (http://…, ftp://…): a reader would follow it. */
const ADDRESS = /^[a-z][a-z\d+.-]*:\/\//i;

/**
 * The portal's public address as a prefix links must fall under: its origin and its path, as a
 * folder (`https://jalon.ibz.be/app` admits `/app/…`, never `/application`).
 */
export interface PublicBase { url: string; origin: string; pathPrefix: string }

export function publicBaseOf(publicBaseUrl: string): PublicBase {
  const url = new URL(publicBaseUrl);
  return { url: publicBaseUrl, origin: url.origin, pathPrefix: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/` };
}

function isUnder(value: string, base: PublicBase): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // The parsed form is what a mail client opens: `..` segments, user info and default ports resolved.
  if (url.origin !== base.origin || url.username !== '' || url.password !== '') return false;
  return url.pathname === base.pathPrefix.slice(0, -1) || url.pathname.startsWith(base.pathPrefix);
}

/** Paths (`a.b.0`) of every value in the params that is a link leading outside the public base. */
export function linksOutside(value: unknown, base: PublicBase, path: string[] = []): string[] {
  if (typeof value === 'string') return ADDRESS.test(value.trim()) && !isUnder(value.trim(), base) ? [path.join('.')] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => linksOutside(item, base, [...path, String(i)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => linksOutside(item, base, [...path, key]));
  }
  return [];
}

/**
 * Refuses params with a link to anywhere but Jalon's own pages: the service sends from the
 * organisation's address, and must not lend it to a link of someone else's choosing.
 */
export function assertLinksUnder(params: unknown, base: PublicBase): void {
  const outside = linksOutside(params, base, ['body', 'params']);
  if (outside.length === 0) return;
  const issues = outside.map((path) => ({ path, message: `must be an address under ${base.url}` }));
  const list = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  throw new HttpError(400, `The request is not valid: ${list}. Correct these fields and send it again.`, { issues });
}
