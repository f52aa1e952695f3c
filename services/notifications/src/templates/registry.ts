import type { TemplateName, templateParamsSchemas } from '@jalon/contracts';
import { communication } from './communication.js';
import { deliveryFailed } from './delivery-failed.js';
import { draftingTask } from './drafting-task.js';
import { escalation } from './escalation.js';
import { planTransmitted } from './plan-transmitted.js';
import { problemRaised } from './problem-raised.js';
import { progressRequest } from './progress-request.js';
import { projectChanged } from './project-changed.js';
import { reminder } from './reminder.js';
import { reviewRequest } from './review-request.js';
import { signIn } from './sign-in.js';
import type { Reader, RenderedEmail, Template } from './types.js';

export const templates: { [K in TemplateName]: Template<(typeof templateParamsSchemas)[K]> } = {
  review_request: reviewRequest,
  reminder,
  escalation,
  communication,
  delivery_failed: deliveryFailed,
  drafting_task: draftingTask,
  problem_raised: problemRaised,
  plan_transmitted: planTransmitted,
  project_changed: projectChanged,
  sign_in: signIn,
  progress_request: progressRequest,
};

/**
 * Renders a template for one reader. The params are parsed again here, so that messages queued by the
 * service itself (failure reports) meet the same schema as those that came through the API.
 */
export function renderTemplate(name: TemplateName, params: unknown, reader: Reader): RenderedEmail {
  const template = templates[name] as Template<(typeof templateParamsSchemas)[TemplateName]>;
  return (template.render as (p: unknown, r: Reader) => RenderedEmail)(template.params.parse(params), reader);
}
