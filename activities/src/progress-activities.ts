import type { LocalizedText, ProgressOverview, Role, RoleHolder } from '@jalon/contracts';
import { YEAR_END } from '@jalon/domain';
import type { PlansClient } from '@jalon/plans-client';
import type { NotificationRequest } from './notification-activities.js';

/** One follow-up of a checkpoint, as the cycle's progress schedule names it. */
export interface ProgressFollowUpInput {
  planId: string;
  organisationCode: string;
  year: number;
  planTitle: LocalizedText;
  /** a checkpoint date of the year, or `year_end` */
  checkpoint: string;
  key: string;
  kind: 'request' | 'reminder' | 'escalation';
  target: 'holders' | 'president_office' | 'committee';
  due: string;
  daysLate?: number;
  /** the workflow's day, for the roles people hold */
  on: string;
}

export interface ProgressOwed { entityCode: string; objectiveCodes: string[] }

/** The objectives whose owner has not answered: nothing at the checkpoint, no year-end result; done or dropped ones owe nothing more. */
export function progressOwed(overview: ProgressOverview, checkpoint: string): ProgressOwed[] {
  const owed = new Map<string, string[]>();
  for (const o of overview.objectives) {
    const last = o.updates.at(-1);
    if (last && (last.status === 'done' || last.status === 'dropped') && checkpoint !== YEAR_END) continue;
    if (last?.status === 'dropped') continue;
    const answered = checkpoint === YEAR_END ? o.result !== null : o.updates.some((u) => u.checkpoint === checkpoint);
    if (!answered) owed.set(o.ownerEntityCode, [...(owed.get(o.ownerEntityCode) ?? []), o.code]);
  }
  return [...owed].map(([entityCode, objectiveCodes]) => ({ entityCode, objectiveCodes }));
}

/** How the e-mails name the step: the checkpoint's date, or the year-end results. */
function stepNameOf(checkpoint: string): LocalizedText & { de: string } {
  if (checkpoint === YEAR_END) return { fr: 'Résultats de l’année', nl: 'Jaarresultaten', de: 'Jahresergebnisse' };
  const [y, m, d] = checkpoint.split('-');
  const day = `${d}/${m}/${y}`;
  return { fr: `État d’avancement au ${day}`, nl: `Stand van zaken op ${day}`, de: `Sachstand zum ${day.replaceAll('/', '.')}` };
}

type Person = Pick<RoleHolder, 'email' | 'name' | 'language' | 'entityCode'>;

/**
 * Progress during the year (issue 16), through the plans service and the outbox only. One call per
 * follow-up keeps the cycle's history small: it opens the checkpoint (or marks it overdue), reads
 * who has not answered, and e-mails them or those above them. Every e-mail has its own idempotency
 * key, so a retry sends nothing twice.
 */
export function createProgressActivities(plans: PlansClient, send: (r: NotificationRequest) => Promise<unknown>, publicBaseUrl: string) {
  const base = publicBaseUrl.replace(/\/$/, '');
  const holders = (org: string, role: Role, on: string): Promise<Person[]> => plans.roleHolders(org, { role, on });
  /** The committee as the organisation's setting `reviewers.committee` names it, each person once (by address). */
  const committee = async (org: string, on: string): Promise<Person[]> => {
    const roles = (await plans.getOrganisation(org)).settings.reviewers.committee;
    const byEmail = new Map<string, Person>();
    for (const person of (await Promise.all(roles.map((role) => holders(org, role, on)))).flat()) {
      if (!byEmail.has(person.email.toLowerCase())) byEmail.set(person.email.toLowerCase(), person);
    }
    return [...byEmail.values()];
  };
  return {
    async progressFollowUp(input: ProgressFollowUpInput): Promise<{ owed: ProgressOwed[]; recipients: string[] }> {
      // Every follow-up opens the checkpoint (a cycle that slept through the request still opens it); escalations mark it overdue.
      await plans.openProgressCheckpoint(input.planId, { checkpoint: input.checkpoint, dueDate: input.due, overdue: input.kind === 'escalation' });
      const overview = await plans.progressOverview(input.planId);
      const owed = progressOwed(overview, input.checkpoint);
      if (owed.length === 0) return { owed, recipients: [] };
      const stepName = stepNameOf(input.checkpoint);
      const recipients: string[] = [];
      const mail = async (person: Person, what: string, request: Pick<NotificationRequest, 'template' | 'params'>) => {
        await send({
          ...request, idempotencyKey: `${input.planId}:${input.key}:${what}:${person.email.toLowerCase()}`, kind: input.key.replaceAll('_', '-'),
          recipient: { email: person.email, name: person.name, language: person.language },
        } as NotificationRequest);
        recipients.push(person.email);
      };
      if (input.target === 'holders') {
        const [drafters, office] = await Promise.all([holders(input.organisationCode, 'drafter', input.on), holders(input.organisationCode, 'president_office', input.on)]);
        for (const { entityCode, objectiveCodes } of owed) {
          const own = drafters.filter((d) => d.entityCode === entityCode);
          const link = `${base}/progress/${input.year}/${encodeURIComponent(entityCode)}`;
          // The first request says what to enter for each objective; those who have not answered get the reminder.
          const request: Pick<NotificationRequest, 'template' | 'params'> = input.kind === 'request'
            ? { template: 'progress_request', params: {
              planTitle: input.planTitle, stepName, moment: input.checkpoint === YEAR_END ? 'year_end' : 'checkpoint', due: input.due, link,
              objectives: overview.objectives.filter((o) => objectiveCodes.includes(o.code)).map(({ code, statement, indicator, target }) => ({ code, statement, indicator, target })),
            } }
            : { template: 'reminder', params: { planTitle: input.planTitle, stepName, due: input.due, link, ...(input.daysLate ? { daysLate: input.daysLate } : {}) } };
          // An entity without a drafter that day is asked through the President's office, as in drafting.
          for (const person of own.length > 0 ? own : office) await mail(person, entityCode, request);
        }
      } else {
        const people = input.target === 'committee' ? await committee(input.organisationCode, input.on) : await holders(input.organisationCode, 'president_office', input.on);
        const late = owed.map((o) => o.entityCode).join(', ').slice(0, 200);
        for (const person of people) {
          await mail(person, 'escalation', { template: 'escalation', params: {
            planTitle: input.planTitle, stepName, holderName: late, due: input.due, daysLate: Math.max(1, input.daysLate ?? 1), link: `${base}/progress/${input.year}`,
          } });
        }
      }
      return { owed, recipients };
    },
  };
}
