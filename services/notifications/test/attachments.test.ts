import { createHash } from 'node:crypto';
import t from 'tap';
import { countRows, notificationsApp, PUBLIC_BASE_URL, settle, workerHeaders } from '../test-support/notifications-app.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
// Not a real PDF: the service carries bytes, it does not read them.
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i * 31) % 256))]);
const canonical = 'a1'.repeat(32);

function transmission(overrides: { key?: string; language?: 'fr' | 'nl' | 'de'; content?: string; pdfSha256?: string; fileName?: string } = {}) {
  const language = overrides.language ?? 'de';
  const fileName = overrides.fileName ?? { fr: 'plan-operationnel-2027-v3.pdf', nl: 'operationeel-plan-2027-v3.pdf', de: 'operativer-plan-2027-v3.pdf' }[language];
  return {
    idempotencyKey: overrides.key ?? 'operational-cycle/spf-interieur/2027:transmitted:v3:kabinett@ibz.example',
    kind: 'plan_transmitted',
    template: 'plan_transmitted',
    recipient: { email: 'kabinett@ibz.example', name: 'Kabinett der Ministerin', language },
    params: {
      planTitle: { fr: 'Plan stratégique 2025–2027', nl: 'Strategisch plan 2025–2027', de: 'Strategischer Plan 2025–2027' },
      year: 2027, version: 3, sha256: canonical, inForce: { from: '2027-01-01', to: '2027-12-31' }, scope: 'whole', objectives: [],
      document: { fileName, pdfSha256: overrides.pdfSha256 ?? sha256(pdf), publicationUrl: `${PUBLIC_BASE_URL}/publication/spf-interieur?lang=${language}` },
    },
    attachments: [{ fileName, contentType: 'application/pdf', content: overrides.content ?? pdf.toString('base64') }],
  };
}

t.test('the transmission e-mail carries the PDF, both hashes and how to check them, in the reader\'s language; once per key', async (t) => {
  const { app, db, catcher, send } = await notificationsApp(t);
  const queued = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: transmission() });
  t.equal(queued.statusCode, 201);
  const row = await db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
  t.notOk(row.sealed_body?.includes(pdf.subarray(0, 300).toString('base64')), 'the attachment is kept sealed with the body, not in clear');
  t.equal(row.text_body, null);
  await send();
  const [mail] = await catcher.waitFor(() => true);
  t.equal(mail!.attachments?.length, 1, 'one attachment');
  const attachment = mail!.attachments![0]!;
  t.equal(attachment.fileName, 'operativer-plan-2027-v3.pdf', 'named in the reader\'s language');
  t.equal(attachment.contentType, 'application/pdf');
  t.equal(attachment.sha256, sha256(pdf), 'the very bytes sent');
  t.ok(catcher.attachmentBytes(mail!.id, 0)?.equals(pdf), 'byte for byte');
  t.match(mail!.text, `sha256sum operativer-plan-2027-v3.pdf“ aus: Das Ergebnis muss ${sha256(pdf)} lauten`, 'German: how to check the PDF, with its full hash');
  t.match(mail!.text, `der Hashwert des kanonischen JSON dieser Fassung ist ${canonical}`, 'and the canonical JSON\'s hash');
  t.match(mail!.text, `${PUBLIC_BASE_URL}/publication/spf-interieur?lang=de`, 'and where the public page is');
  t.match(mail!.text, /Anlage: operativer-plan-2027-v3\.pdf/);

  const again = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: transmission() });
  t.equal(again.statusCode, 200, 'a retried activity with the same key…');
  await send();
  await settle();
  t.equal(catcher.messages.length, 1, '…sends nothing again');
  t.equal(await countRows(db), 1);
});

t.test('an attachment over 10 MB, or a PDF that does not have the hash the e-mail states, is refused with a code, and nothing is queued', async (t) => {
  const { app, db } = await notificationsApp(t);
  const big = Buffer.alloc(10 * 1024 * 1024 + 1, 7);
  const tooLarge = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: transmission({ content: big.toString('base64'), pdfSha256: sha256(big) }) });
  t.equal(tooLarge.statusCode, 413);
  t.equal(tooLarge.json().code, 'notification.attachment_too_large');
  t.same(tooLarge.json().issues.map((i: { path: string }) => i.path), ['body.attachments.0.content'], 'naming the field at fault');

  const exactly = Buffer.alloc(10 * 1024 * 1024, 7);
  const atTheLimit = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: transmission({ key: 'at-the-limit', content: exactly.toString('base64'), pdfSha256: sha256(exactly) }) });
  t.equal(atTheLimit.statusCode, 201, '10 MB exactly is taken');

  const mismatch = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: transmission({ key: 'mismatch', pdfSha256: 'b2'.repeat(32) }) });
  t.equal(mismatch.statusCode, 400);
  t.equal(mismatch.json().code, 'notification.attachment_hash_mismatch');

  const badName = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: transmission({ key: 'bad-name', fileName: '../plan.pdf' }) });
  t.equal(badName.statusCode, 400);
  t.ok(badName.json().issues.some((i: { path: string }) => i.path === 'body.attachments.0.fileName'), 'a file name with a path is refused at its field');
  t.equal(await countRows(db), 1, 'only the e-mail at the limit was queued');
});
