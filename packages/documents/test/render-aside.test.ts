import { createHash } from 'node:crypto';
import t from 'tap';
import { renderPdf, renderPdfAside, type DocumentBody, type DocumentMeta } from '../src/index.js';

const meta: DocumentMeta = { title: 'Plan stratégique 2022-2024', subject: 'Version 3', author: 'SPF Intérieur', language: 'fr-BE', fixedAt: new Date('2026-10-01T08:00:00Z') };
/** A long document: a few hundred paragraphs, as a strategic plan with its chapters has. */
const paragraphs = (n: number): DocumentBody => ({
  content: Array.from({ length: n }, (_, i) => ({ text: `Objectif ${i + 1} — améliorer la qualité des services rendus aux citoyens, à l’aide d’une gestion efficace des moyens et d’un suivi régulier des indicateurs.` })),
  footerTitle: 'Plan stratégique 2022-2024', pageLabel: 'Page {page} / {pages}',
});
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The longest the calling thread went without running a timer due every 2 ms while `work` ran, in ms. */
async function longestHold(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  // Something else asks for the thread meanwhile, as requests do.
  const ticking = setInterval(() => { const now = performance.now(); longest = Math.max(longest, now - last); last = now; }, 2);
  try { await work(); } finally { clearInterval(ticking); }
  return Math.max(longest, performance.now() - last);
}

t.test('a document laid out aside is the same file, and the service\'s thread stays free meanwhile', async (t) => {
  // pdfmake writes its layout into the body it is given: each render gets a body of its own.
  const here = await renderPdf(paragraphs(600), meta);
  const aside = await renderPdfAside(paragraphs(600), meta);
  t.equal(sha256(aside), sha256(here), 'the same bytes as on the calling thread');
  const heldHere = await longestHold(() => renderPdf(paragraphs(600), meta));
  const heldAside = await longestHold(() => renderPdfAside(paragraphs(600), meta));
  t.comment(`longest hold of the calling thread: ${heldHere.toFixed(0)} ms rendering there, ${heldAside.toFixed(0)} ms rendering aside`);
  t.ok(heldHere > 150, `rendering on the calling thread holds it (${heldHere.toFixed(0)} ms)`);
  t.ok(heldAside < heldHere / 3, `rendering aside holds it at most a third of that (${heldAside.toFixed(0)} ms)`);
});

t.test('a failure in the rendering thread is the caller\'s error, and the next document still renders', async (t) => {
  const broken = { ...paragraphs(1), content: [{ table: { body: 'not rows' } }] } as unknown as DocumentBody;
  await t.rejects(renderPdfAside(broken, meta));
  t.ok((await renderPdfAside(paragraphs(3), meta)).length > 1000, 'the next one renders');
});
