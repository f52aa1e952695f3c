import { brusselsDateOf } from '@jalon/domain/pure';
import type { Recipient } from '@jalon/contracts';
import type { RoundMember } from '../approval-round/messages.js';

/** Today in Brussels, by workflow time: roles and deadlines are held on Brussels calendar days. */
export const today = () => brusselsDateOf(new Date());
export const nowIso = () => new Date().toISOString();

/** A role holder as the plans service lists them (the role and the delegation are there since the decision record). */
type Holder = RoundMember & { asDeputyOf?: { personId: string } | null };

/** Only what a round needs of a role holder: who to ask, and in which role and for whom they decide. */
export const toMember = (p: Holder): RoundMember => ({
  personId: p.personId, name: p.name, email: p.email, language: p.language,
  ...(p.role ? { role: p.role, onBehalfOf: p.asDeputyOf?.personId ?? null } : {}),
});
export const recipientOf = (p: Recipient): Recipient => ({ email: p.email, name: p.name, language: p.language });
