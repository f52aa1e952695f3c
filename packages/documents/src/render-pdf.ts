// First: pdfkit, which pdfmake loads, must find the fontkit that keeps parsed fonts (parsed-fonts.ts).
import './parsed-fonts.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces.js';

const require = createRequire(import.meta.url);
// Roboto as shipped inside the pdfmake package: it has every character of the reference plan
// (é è ë ç, « », the U+2010 hyphen, no-break spaces), so no glyph falls back to a box, and it
// comes from the registry with the library, not from the machine's fonts.
const fontFolder = join(dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf')));
pdfmake.setFonts({
  Roboto: {
    normal: join(fontFolder, 'Roboto-Regular.ttf'),
    bold: join(fontFolder, 'Roboto-Medium.ttf'),
    italics: join(fontFolder, 'Roboto-Italic.ttf'),
    bolditalics: join(fontFolder, 'Roboto-MediumItalic.ttf'),
  },
});
/**
 * Table layouts a document names: a body is data only (it may be laid out on another thread,
 * render-aside.ts), so a layout made of functions is registered here and named in the body.
 */
export const tableLayouts = {
  /** thin grey rules between facts: a list read across, not a table with a heading row */
  facts: { hLineWidth: () => 0.5, vLineWidth: () => 0, hLineColor: () => '#c8ced6', paddingTop: () => 3, paddingBottom: () => 3 },
};
pdfmake.addTableLayouts(tableLayouts);
// A document is made from data only: it never fetches a URL and reads no file but its fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontFolder));

export interface DocumentMeta {
  title: string;
  /** what the document is about, in its metadata (e.g. "Version 2 — SHA-256 …") */
  subject: string;
  /** the organisation that issues the document */
  author: string;
  /** BCP 47, e.g. "fr-BE": screen readers pick their voice from it */
  language: string;
  /**
   * The moment the content was fixed (a version's frozen time): written as both CreationDate and
   * ModDate and the seed of the file identifier, so the same content always gives the same bytes.
   */
  fixedAt: Date;
}

export interface DocumentBody {
  content: Content;
  /** the running title shown at the foot of every page but the first */
  footerTitle: string;
  /**
   * "Page {page} / {pages}" in the document's language, filled in on each page: text, not a function,
   * so that a body can be handed to another thread (render-aside.ts)
   */
  pageLabel: string;
  styles?: StyleDictionary;
}

const baseStyles: StyleDictionary = {
  h1: { fontSize: 17, bold: true, color: '#1d3557', margin: [0, 18, 0, 8] },
  h2: { fontSize: 13, bold: true, color: '#1d3557', margin: [0, 12, 0, 5] },
  h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
  small: { fontSize: 8, color: '#444444' },
  tableHeader: { bold: true, fontSize: 8, fillColor: '#e8edf3' },
  tableCell: { fontSize: 8 },
};

/**
 * Renders a document to PDF bytes, deterministically: fixed dates, an identifier derived from the
 * metadata (pdfkit hashes it), font subsets named in order of use, no random ids. Rendering the
 * same body and meta twice, in any process, gives the same bytes.
 */
export async function renderPdf(body: DocumentBody, meta: DocumentMeta): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 60],
    info: {
      title: meta.title, subject: meta.subject, author: meta.author,
      creator: 'Jalon', producer: 'Jalon (pdfmake)', creationDate: meta.fixedAt, modDate: meta.fixedAt,
    },
    language: meta.language,
    displayTitle: true,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: { ...baseStyles, ...body.styles },
    footer: (page, pages) => (page === 1 ? null : {
      columns: [
        { text: body.footerTitle, style: 'small' },
        { text: body.pageLabel.replace('{page}', String(page)).replace('{pages}', String(pages)), style: 'small', alignment: 'right', width: 90 },
      ],
      margin: [56, 20, 56, 0],
    }),
    content: body.content,
  };
  return pdfmake.createPdf(definition).getBuffer();
}
