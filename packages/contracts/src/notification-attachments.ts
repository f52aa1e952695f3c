import { z } from 'zod';
import type { Language } from './common.js';

/*
 * Files an e-mail carries. Today only the plan's PDF, sent with the operational plan's transmission;
 * the contract stays general (a name, a type, the bytes) so the outbox keeps them like a body.
 */

/**
 * The largest attachment the notifications service takes, decoded. Mail servers commonly refuse
 * messages above 10 to 25 MB, and base64 adds a third: a larger file would be queued only to bounce.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Decoded size of a base64 text, without decoding it. */
export function base64Bytes(content: string): number {
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0;
  return (content.length / 4) * 3 - padding;
}

export const attachmentSchema = z.object({
  /** as the reader's mail client will save it: letters, digits, `.`, `-` and `_`, no path */
  fileName: z.string().trim().min(1).max(200)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, 'use letters, digits and . - _ only (no path, no spaces)'),
  contentType: z.enum(['application/pdf']),
  /** the file's bytes in base64; at most MAX_ATTACHMENT_BYTES once decoded (checked by the service, with its own code) */
  content: z.base64(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentsSchema = z.array(attachmentSchema).max(5);

const operationalPlanWords: Record<Language, string> = {
  fr: 'plan-operationnel', nl: 'operationeel-plan', de: 'operativer-plan', en: 'operational-plan',
};

/** The file name of an operational plan's PDF in the reader's language, e.g. `plan-operationnel-2027-v3.pdf`. */
export function operationalPlanFileName(year: number, version: number, language: Language): string {
  return `${operationalPlanWords[language]}-${year}-v${version}.pdf`;
}
