import { workflowInfo } from '@temporalio/workflow';
import { addWorkingDays, FEDERAL_HOLIDAY_CALENDAR } from '@jalon/domain/pure';
import type { ApprovalRoundInput, ChangesSince, RoundMember, RoundResult } from '../approval-round/messages.js';
import { act } from '../shared/activities.js';
import { recipientOf, today } from '../shared/people.js';
import { runRound } from '../shared/run-round.js';
import { stepNameOf } from '../shared/step-names.js';
import type { LifecycleState, StrategicPlanInput } from './messages.js';

/**
 * A review step of the strategic plan on its frozen version. The round asks its members itself: a
 * personal link by e-mail, showing each one what changed since the version they last reviewed;
 * reminders before the due date (the step's working days from today); escalations after it to the
 * President's office, then the Minister's cell.
 */
export async function reviewRound(
  input: StrategicPlanInput, state: LifecycleState, step: string, rule: ApprovalRoundInput['rule'], members: RoundMember[], items: string[],
): Promise<RoundResult> {
  const version = state.version!;
  const roundId = `${workflowInfo().workflowId}/${step}/v${version.number}`;
  state.currentRoundId = roundId;
  const on = today();
  const [presidentOffice, ministerCell] = await Promise.all([
    act.roleHolders({ organisationCode: input.organisationCode, role: 'president_office', on }),
    act.roleHolders({ organisationCode: input.organisationCode, role: 'minister_cell', on, authorityCode: input.signingAuthorityCode }),
  ]);
  // Each member who was asked about an earlier version is shown what changed since that one.
  const changesByPerson: Record<string, ChangesSince> = {};
  const described = new Map<number, ChangesSince>();
  for (const member of members) {
    const since = state.lastAskedVersion[member.personId];
    if (since === undefined || since >= version.number) continue;
    if (!described.has(since)) described.set(since, await act.describeChanges({ planId: input.planId, fromVersion: since, toVersion: version.number }));
    changesByPerson[member.personId] = described.get(since)!;
  }
  for (const member of members) state.lastAskedVersion[member.personId] = version.number;
  return runRound(state, {
    roundId, step, organisationCode: input.organisationCode, planId: input.planId, planVersion: version.number, planSha256: version.sha256, rule, members, items,
    notices: {
      planTitle: input.planTitle,
      stepName: stepNameOf(step),
      itemTitles: Object.fromEntries(items.map((key) => [key, key === 'plan' ? input.planTitle : { fr: `Objectif stratégique ${key}`, nl: `Strategische doelstelling ${key}` }])),
      due: addWorkingDays(on, input.reviewWorkingDays, FEDERAL_HOLIDAY_CALENDAR),
      changesByPerson,
      escalateTo: { presidentOffice: presidentOffice.map(recipientOf), ministerCell: ministerCell.map(recipientOf) },
    },
  }, 'strategic');
}
