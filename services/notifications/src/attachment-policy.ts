import { base64Bytes, MAX_ATTACHMENT_BYTES, sha256Hex, type NotificationRequest } from '@jalon/contracts';
import { HttpError } from '@jalon/service-kit';

/**
 * The largest request body the queue route reads: the largest attachment in base64 (a third more)
 * and room for the params. Anything between this and MAX_ATTACHMENT_BYTES decoded is refused below
 * with its own code; above it, Fastify refuses the body before reading it (413, request.malformed).
 */
export const QUEUE_BODY_LIMIT = Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 2 * 1024 * 1024;

const MEGABYTE = 1024 * 1024;

/**
 * Refuses, before anything is queued, an attachment too large to be delivered, and a plan's PDF whose
 * bytes do not have the SHA-256 the e-mail states: the reader checks the file against that hash, so
 * a mismatch would tell them the plan was altered when only the caller erred.
 */
export function assertAttachmentsSendable(request: NotificationRequest): void {
  const attachments = request.attachments ?? [];
  for (const [i, attachment] of attachments.entries()) {
    const bytes = base64Bytes(attachment.content);
    if (bytes > MAX_ATTACHMENT_BYTES) {
      const message = `is ${(bytes / MEGABYTE).toFixed(1)} MB; an attachment may be at most ${MAX_ATTACHMENT_BYTES / MEGABYTE} MB`;
      throw new HttpError(413, `The attachment ${attachment.fileName} ${message}. Send a smaller file, or a link to it.`, {
        code: 'notification.attachment_too_large', issues: [{ path: `body.attachments.${i}.content`, message }],
      });
    }
  }
  if (request.template !== 'plan_transmitted' || !request.params.document) return;
  const { fileName, pdfSha256 } = request.params.document;
  const index = attachments.findIndex((a) => a.fileName === fileName);
  const attached = attachments[index];
  // The e-mail may name the document without carrying it (too large to attach): the reader then gets it from the public page.
  if (!attached) return;
  const actual = sha256Hex(Buffer.from(attached.content, 'base64'));
  if (actual !== pdfSha256) {
    const message = `has SHA-256 ${actual}, not the ${pdfSha256} the e-mail states`;
    throw new HttpError(400, `The attachment ${fileName} ${message}.`, {
      code: 'notification.attachment_hash_mismatch', issues: [{ path: `body.attachments.${index}.content`, message }],
    });
  }
}
