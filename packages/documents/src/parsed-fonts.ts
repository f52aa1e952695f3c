import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

/*
 * pdfkit reads and parses each font file again for every document (fontkit.create on the file's
 * bytes), and parsing Roboto's tables was most of a render: 252 ms of CPU for a 40 KB plan, most of
 * it in fontkit's table decoding, and a cycle's launch renders its frozen version. A parsed font is
 * not changed by laying text out with it (each document embeds its own subset), so one parsed font
 * per file content serves every document of the process. pdfkit has no option for this; its fontkit
 * module is the one place every font goes through.
 */

type Create = (buffer: Uint8Array, postscriptName?: string) => unknown;

/** fontkit as pdfkit loads it (pdfmake's pdfkit, not one of ours: pnpm keeps them apart). */
const pdfkitRequire = createRequire(createRequire(createRequire(import.meta.url).resolve('pdfmake')).resolve('pdfkit'));
const fontkitPath = pdfkitRequire.resolve('fontkit');
const fontkit = pdfkitRequire(fontkitPath) as { create: Create };

/** The four Roboto faces are all a document uses; the bound only guards against a caller passing many. */
const MOST_KEPT = 16;

const parse = fontkit.create.bind(fontkit);
const parsed = new Map<string, unknown>();

function createOnce(buffer: Uint8Array, postscriptName?: string): unknown {
  const key = `${createHash('sha256').update(buffer).digest('hex')}:${postscriptName ?? ''}`;
  const known = parsed.get(key);
  if (known !== undefined) return known;
  const font = parse(buffer, postscriptName);
  if (parsed.size < MOST_KEPT) parsed.set(key, font);
  return font;
}

// fontkit's exports cannot be redefined (getters, not configurable): pdfkit is given, through the
// module cache, a copy whose `create` keeps what it parses. This module is imported before pdfmake,
// which loads pdfkit, which takes fontkit from that cache; the reuse test fails if the order changes.
const loaded = pdfkitRequire.cache[fontkitPath];
if (!loaded) throw new Error(`fontkit (${fontkitPath}) is not in the module cache after loading it`);
loaded.exports = { ...fontkit, create: createOnce };

/** How many parsed fonts this process keeps (for the test that shows they are reused). */
export const parsedFontCount = () => parsed.size;
