import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import t from 'tap';
// The renderer first, as the services load it: it must bring the font cache in before pdfkit itself.
import { renderPdf, type DocumentBody, type DocumentMeta } from '../src/index.js';
import { parsedFontCount } from '../src/parsed-fonts.js';
import { runsTypeScript } from '@jalon/infra';

const meta: DocumentMeta = { title: 'Plan opérationnel 2027', subject: 'Version 1', author: 'SPF Intérieur', language: 'fr-BE', fixedAt: new Date('2026-10-01T08:00:00Z') };
const body = (words: string): DocumentBody => ({
  content: [{ text: 'Plan opérationnel 2027', style: 'h1' }, { text: words }, { text: 'En gras', bold: true }, { text: 'En italique', italics: true }],
  footerTitle: 'Plan opérationnel 2027', pageLabel: 'Page {page} / {pages}',
});
const first = body('Objectif stratégique 1 — « améliorer la qualité » des services rendus, à l’aide d’une gestion efficace.');
const other = body('Doelstelling 2: ä ö ü ß — ein anderes Dokument, mit anderen Zeichen (€, ‐, …), damit andere Glyphen eingebettet werden.');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

t.test('fonts are parsed once per process, and a document\'s bytes do not depend on what was rendered before it', async (t) => {
  const a = await renderPdf(first, meta);
  const kept = parsedFontCount();
  t.ok(kept >= 3, `the faces the document used are kept parsed (${kept})`);
  const b = await renderPdf(other, meta);
  const again = await renderPdf(first, meta);
  t.equal(parsedFontCount(), kept, 'later documents use the fonts already parsed');
  t.equal(sha256(again), sha256(a), 'the first document, rendered after another one: the same bytes');
  t.not(sha256(b), sha256(a), 'the other document is another file');
  // The other document rendered first, in a process of its own: the bytes of this process's second render.
  const alone = execFileSync(process.execPath, [...runsTypeScript, '--input-type=module', '-e', `
    import { renderPdf } from ${JSON.stringify(new URL('../src/index.ts', import.meta.url).href)};
    const body = { content: ${JSON.stringify(other.content)}, footerTitle: ${JSON.stringify(other.footerTitle)}, pageLabel: 'Page {page} / {pages}' };
    const bytes = await renderPdf(body, { ...${JSON.stringify({ ...meta, fixedAt: undefined })}, fixedAt: new Date(${JSON.stringify(meta.fixedAt.toISOString())}) });
    process.stdout.write(bytes.toString('base64'));
  `], { encoding: 'utf8' });
  t.equal(sha256(Buffer.from(alone, 'base64')), sha256(b), 'the other document alone in a new process: the same bytes as rendered second here');
});
