import { MAX_ATTACHMENT_BYTES, operationalPlanFileName, sha256Hex } from '@jalon/contracts';
import type { PlansClient } from '@jalon/plans-client';
import type { NotificationRequest } from './notification-activities.js';

type TransmissionRequest = Extract<NotificationRequest, { template: 'plan_transmitted' }>;

export interface PlanTransmissionInput {
  organisationCode: string;
  planId: string;
  /** the e-mail as the workflow words it; the activity adds the PDF, its hash and the public page */
  request: TransmissionRequest;
}

/**
 * The operational plan's transmission e-mail with the frozen version's PDF attached. The bytes travel
 * from the plans service to the notifications service through this activity, never through the
 * workflow's history. Safe to retry: the PDF of a version is kept once (the same bytes every time) and
 * the e-mail's idempotency key makes a second request return the first e-mail.
 */
export function createTransmissionActivity(plans: PlansClient, sendNotification: (request: NotificationRequest) => Promise<unknown>, publicBaseUrl: string) {
  return {
    async sendPlanTransmission(input: PlanTransmissionInput) {
      const { request } = input;
      const number = request.params.version;
      // Kept at the freeze (or rendered and kept now, if that has not happened yet): the very bytes whose hash the version records.
      const pdf = Buffer.from(await plans.versionDocument('operational', input.planId, number));
      const version = await plans.getVersion('operational', input.planId, number);
      const pdfSha256 = sha256Hex(pdf);
      if (version.sha256 !== request.params.sha256) {
        throw new Error(`version ${number} of operational plan ${input.planId} has hash ${version.sha256}, not the ${request.params.sha256} the cycle froze`);
      }
      // Thrown, so retried: the document served must be the one recorded, or the e-mail would state a hash nobody can check.
      if (version.pdfSha256 !== pdfSha256) throw new Error(`the PDF of version ${number} of operational plan ${input.planId} does not match its recorded hash yet`);
      const fileName = operationalPlanFileName(request.params.year, number, request.recipient.language);
      const publicationUrl = new URL(`publication/${encodeURIComponent(input.organisationCode)}?lang=${request.recipient.language === 'en' ? 'fr' : request.recipient.language}`, `${publicBaseUrl.replace(/\/$/, '')}/`).toString();
      // A PDF too large to be delivered is not attached: the e-mail still states its hash, and the public page serves it.
      const attach = pdf.length <= MAX_ATTACHMENT_BYTES;
      return sendNotification({
        ...request,
        params: { ...request.params, document: { fileName, pdfSha256, publicationUrl } },
        ...(attach ? { attachments: [{ fileName, contentType: 'application/pdf', content: pdf.toString('base64') }] } : {}),
      });
    },
  };
}
