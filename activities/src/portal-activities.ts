import type { ServiceTokenSigner } from '@jalon/auth';
import { issuedLinkSchema, issueLinkRequestSchema, type IssueLinkRequest } from '@jalon/contracts';
import { contractInput } from './contract-input.js';
import { callService } from './http.js';

/** Activities that ask the portal for personal decision links. */
export function createPortalActivities(portalUrl: string, signer: ServiceTokenSigner) {
  return {
    /**
     * A personal link for one member of a round (the portal issues them to the worker only).
     * Idempotent per e-mail: the same issueKey gives the same token back.
     */
    async issueDecisionLink(request: IssueLinkRequest) {
      return callService({ service: 'portal', signer }, `${portalUrl}/links`, { method: 'POST', body: contractInput(issueLinkRequestSchema, request, 'The decision link request') }, issuedLinkSchema);
    },
  };
}
