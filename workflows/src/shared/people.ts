import { brusselsDateOf } from '@jalon/domain/pure';
import type { Recipient } from '@jalon/contracts';
import type { RoundMember } from '../approval-round/messages.js';

/** Today in Brussels, by workflow time: roles and deadlines are held on Brussels calendar days. */
export const today = () => brusselsDateOf(new Date());
export const nowIso = () => new Date().toISOString();

/** Only what a round needs of a role holder: the plans service lists more. */
export const toMember = (p: RoundMember): RoundMember => ({ personId: p.personId, name: p.name, email: p.email, language: p.language });
export const recipientOf = (p: Recipient): Recipient => ({ email: p.email, name: p.name, language: p.language });
