import type { AccessRule } from '@jalon/auth';
import type { Role } from '@jalon/contracts';
import type { PageText } from '../ui/page-language.js';
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** what a person without the role may not do, said on the refusal page */
    forbiddenAction?: PageText;
  }
}

/** Pages anyone may open: sign-in, the pages of an e-mailed link, the stylesheet. */
export const anyone = { access: { anonymous: true } } as const satisfies { access: AccessRule };

export interface PageRules {
  /** any signed-in person of their organisation */
  signedIn: { access: AccessRule };
  /** people holding one of the roles in their organisation today, deputies included */
  holding: (roles: readonly Role[], forbiddenAction: PageText) => { access: AccessRule; forbiddenAction: PageText };
}

/** The rules of the signed-in pages: a session, and the roles the page needs in the person's own organisation. */
export function pageRules(organisationOf: (request: FastifyRequest) => Promise<string | undefined>): PageRules {
  return {
    signedIn: { access: { people: { roles: 'member', organisation: organisationOf, session: true } } },
    holding: (roles, forbiddenAction) => ({ access: { people: { roles, organisation: organisationOf, session: true } }, forbiddenAction }),
  };
}
