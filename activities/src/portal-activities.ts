import type { ServiceTokenSigner } from '@jalon/auth';
import { issuedLinkSchema, issuedLinksSchema, issueLinkRequestSchema, issueLinksRequestSchema, type IssueLinkRequest, type IssueLinksRequest } from '@jalon/contracts';
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
    /** Many links in one call (at most LINK_BATCH_MAX), each idempotent per e-mail as above; each one's outcome in order. */
    async issueDecisionLinks(links: IssueLinksRequest['links']) {
      const body = contractInput(issueLinksRequestSchema, { links }, 'The decision links request');
      return (await callService({ service: 'portal', signer }, `${portalUrl}/links/batch`, { method: 'POST', body }, issuedLinksSchema)).results;
    },
  };
}
