import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfText } from '@jalon/testkit';
import t from 'tap';
import { operationalPlanOfYear } from '../test-support/operational-plan.js';
import { plansApp, sampleObjective, worker } from '../test-support/plans-app.js';
import { renderedInAnotherProcess } from '../test-support/render-in-another-process.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

t.test('a frozen strategic version renders as a PDF; the same version gives the same bytes in other processes; its hash sits beside the JSON\'s', async (t) => {
  const { app, planId, url } = await plansApp(t);
  t.equal((await app.inject({ method: 'POST', url: `/strategic-plans/${planId}/versions`, headers: worker })).statusCode, 201);

  t.equal((await app.inject({ url: `/strategic-plans/${planId}/versions/1`, headers: worker })).json().pdfSha256, null, 'no PDF rendered yet: no PDF hash');
  const started = Date.now();
  const res = await app.inject({ url: `/strategic-plans/${planId}/versions/1/document.pdf`, headers: worker });
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^application\/pdf/);
  const pdf = res.rawPayload;
  t.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'a PDF file');
  t.ok(pdf.length > 50_000, `${pdf.length} bytes, rendered in ${Date.now() - started} ms`);
  await mkdir(path.join(root, 'test-results/documents'), { recursive: true });
  await writeFile(path.join(root, 'test-results/documents/strategic-plan-v1.pdf'), pdf);

  const version = (await app.inject({ url: `/strategic-plans/${planId}/versions/1`, headers: worker })).json();
  t.equal(version.pdfSha256, sha256(pdf), 'the version\'s JSON names the PDF\'s SHA-256');
  t.match(version.sha256, /^[0-9a-f]{64}$/, 'beside the canonical JSON\'s');
  t.not(version.pdfSha256, version.sha256);
  const again = await app.inject({ url: `/strategic-plans/${planId}/versions/1/document.pdf`, headers: worker });
  t.equal(sha256(again.rawPayload), version.pdfSha256, 'served again: the same bytes');

  const [first, second] = [await renderedInAnotherProcess(url, planId), await renderedInAnotherProcess(url, planId)];
  t.equal(first, version.pdfSha256, 'rendered afresh in another process: the same bytes');
  t.equal(second, version.pdfSha256, 'and in a third');

  const text = pdf.toString('latin1');
  t.ok(text.includes('/CreationDate') && text.includes('/Title'), 'a creation date and a title in the metadata');
  t.ok(text.includes('/FontFile2'), 'the font is embedded');
  t.equal((await app.inject({ url: `/strategic-plans/${planId}/versions/7/document.pdf`, headers: worker })).statusCode, 404, 'no such version: 404');
});

t.test('a frozen operational version\'s PDF groups its objectives under the strategic objectives they serve, each named as the signed plan names it', async (t) => {
  const ctx = await plansApp(t);
  const strategic = (await ctx.app.inject({ url: `/strategic-plans/${ctx.planId}`, headers: worker })).json() as { objectives: Array<{ number: number; title: string }> };
  const titleOf = (n: number) => strategic.objectives.find((o) => o.number === n)!.title;
  const { planId } = await operationalPlanOfYear(ctx, 2027, [
    sampleObjective({ deadline: '2027-12-31' }),
    sampleObjective({ code: 'OO-12.1', strategicObjectiveNumber: 12, ownerEntityCode: 'DGSP', statement: 'Former les zones de police', deadline: '2027-10-31' }),
  ]);
  t.equal((await ctx.app.inject({ method: 'POST', url: `/operational-plans/${planId}/versions`, headers: worker })).statusCode, 201);
  const res = await ctx.app.inject({ url: `/operational-plans/${planId}/versions/1/document.pdf`, headers: worker });
  t.equal(res.statusCode, 200);
  // pdftotext keeps a heading's words; its line breaks and spacing are the layout's.
  const words = (await pdfText(res.rawPayload, path.join(root, 'test-results/documents/operational-plan-v1.pdf'))).replace(/\s+/g, ' ');
  for (const n of [12, 20]) {
    t.match(words, `Objectif stratégique ${n} – ${titleOf(n).replace(/\s+/g, ' ')}`, `strategic objective ${n}, with its title`);
  }
  t.match(words, 'OO-12.1. Former les zones de police', 'the operational objective under it');
  t.notMatch(words, 'Objectif stratégique 1 –', 'a strategic objective no operational objective serves is not listed');
});
