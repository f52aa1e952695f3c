import { renderPdf, type DocumentBody, type DocumentMeta } from './render-pdf.js';

/** The rendering thread's task (render-aside.ts): one document, from data only. */
export default function render({ body, meta }: { body: DocumentBody; meta: DocumentMeta }): Promise<Buffer> {
  return renderPdf(body, meta);
}
