import type { DecisionLinkRow } from '../../database.js';

/** The year of an operational cycle's workflow or round: their ids start with operational-cycle/<org>/<year>. */
const cycleYear = (id: string) => /^operational-cycle\/[^/]+\/(\d{4})(?:\/|$)/.exec(id)?.[1];

/**
 * The signed-in page where a task of the yearly cycle is done: an entity's drafting page for its
 * drafting task, the consolidation page for the President's office's. Other steps (reviews) have
 * none: their link's form is the page.
 */
export function taskPageOf(link: Pick<DecisionLinkRow, 'step' | 'workflow_id' | 'round_id'>): string | undefined {
  const year = cycleYear(link.round_id) ?? cycleYear(link.workflow_id);
  if (!year) return undefined;
  if (link.step.startsWith('drafting:')) return `/drafting/${year}/${encodeURIComponent(link.step.slice('drafting:'.length))}`;
  if (link.step === 'consolidation') return `/consolidation/${year}`;
  return undefined;
}

/** The link from a task's e-mailed page to its signed-in page, in the link's language (all four: e-mails exist in all four). */
export const taskPageLinkText: Record<'fr' | 'nl' | 'de' | 'en', string> = {
  fr: 'Encoder et consulter les objectifs (connexion requise)',
  nl: 'De doelstellingen invoeren en bekijken (aanmelding vereist)',
  de: 'Die Ziele erfassen und einsehen (Anmeldung erforderlich)',
  en: 'Enter and read the objectives (sign-in required)',
};
