export { renderPdf, tableLayouts, type DocumentBody, type DocumentMeta } from './render-pdf.js';
export { renderPdfAside } from './render-aside.js';
/** pdfmake's content types, so that a feature lays out its document without depending on pdfmake itself. */
export type { Content, TableCell, StyleDictionary } from 'pdfmake/interfaces.js';
