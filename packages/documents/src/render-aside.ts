import { Piscina } from 'piscina';
import type { DocumentBody, DocumentMeta } from './render-pdf.js';

/*
 * Laying out a document takes 25 to 100 ms of CPU for an operational plan, more for a strategic one
 * (pdfmake). On the service's own thread, every request that arrived meanwhile waited: the plans
 * service renders each version as it is frozen, and a launch wave freezes one a cycle, while people's
 * decisions are written to it. So documents are laid out on a thread of their own, at a lower
 * priority (nice +10; Linux gives each thread its own): when the machine is busy, the requests get
 * the CPU first. One thread: rendering is background work, and a second would take a second core
 * from the requests. It starts at the first document and ends after a minute without one. Piscina
 * (the maintained worker-thread pool) keeps the thread, its queue and its errors; the thread inherits
 * the process's loader (infra/bin/source-imports.mjs).
 */
let pool: Piscina | undefined;

/** The same bytes as `renderPdf`, laid out off the calling thread. */
export async function renderPdfAside(body: DocumentBody, meta: DocumentMeta): Promise<Buffer> {
  pool ??= new Piscina({ filename: new URL('./render-thread.ts', import.meta.url).href, minThreads: 0, maxThreads: 1, idleTimeout: 60_000, niceIncrement: 10 });
  const bytes: Uint8Array = await pool.run({ body, meta });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
