import {
  ParentClosePolicy, allHandlersFinished, condition, continueAsNew, executeChild, getExternalWorkflowHandle, patched, proxyActivities,
  setHandler, sleep, startChild, uuid4, workflowInfo,
} from '@temporalio/workflow';
import {
  FEDERAL_HOLIDAY_CALENDAR, brusselsDateOf, brusselsInstant, followUpPlan, itemsToReview, oneCalendarMonthAfter, parseCalendarDate,
  type CalendarDate, type FollowUp,
} from '@jalon/domain/pure';
import type { Activities } from '@jalon/activities';
import { approvalRound } from '../approval-round/workflow.js';
import { cancelRound, decisionLog, remindPending, type ApprovalRoundInput, type RoundMember, type RoundNotices, type RoundResult } from '../approval-round/messages.js';
import {
  addProject, closeDrafting, cycleState, raiseProblem, recordBudgetAdoption, recordConsultationOutcome, withdrawProject,
  type CycleStage, type CycleState, type DraftingTask, type OperationalCycleInput, type ScheduledLaunchArgs, type Problem, type ProjectChangeResult,
} from './messages.js';
import { holdersLabel, stepNames } from './wording.js';

const act = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

type Holder = { personId: string; name: string; email: string; language: RoundMember['language'] };
const toMember = (p: Holder): RoundMember => ({ personId: p.personId, name: p.name, email: p.email, language: p.language });
const recipientOf = (p: Holder) => ({ email: p.email, name: p.name, language: p.language });
const today = () => brusselsDateOf(new Date());
const nowIso = () => new Date().toISOString();
const DEFAULT_CONTINUE_AS_NEW_AFTER = 10_000;

/**
 * One organisation's operational plan for one year, from launch to the year's end: drafting tasks
 * for the owner entities, consolidation by the President's office, the committee's round, the State
 * Secretary's review of his part, transmission to the Minister; around it, the due date that appears
 * when the Chamber adopts the budget, the reminders before it and the escalations after it.
 */
export async function operationalCycle(input: OperationalCycleInput): Promise<CycleState> {
  const { workflowId } = workflowInfo();
  const calendar = input.calendar ?? FEDERAL_HOLIDAY_CALENDAR;
  const state: CycleState = input.resume ?? {
    organisationCode: input.organisationCode, year: input.year, stage: 'drafting', operationalPlanId: null,
    budget: { adoptedOn: null, dueDate: null, knownSince: null, recordedBy: null },
    drafting: [], version: null, currentRoundId: null, changesRequested: [], approvedHashes: {}, lastAskedVersion: {},
    problems: [], alerts: [], transmission: null, closedAt: null, continuedAsNew: 0, decisions: [],
  };
  state.decisions ??= [];
  const planId = () => state.operationalPlanId!;
  /** the drafting rounds already started (a signal to one not started yet would be lost) */
  const startedRounds = new Set<string>();
  const transmitted = () => state.transmission !== null;
  const roleHolders = (role: string, authorityCode?: string) =>
    act.roleHolders({ organisationCode: input.organisationCode, role, on: today(), ...(authorityCode ? { authorityCode } : {}) });

  setHandler(cycleState, () => state);

  /**
   * The people who hold a role today. Nobody holding it (a cell between governments, a role not yet
   * given) is not a reason to fail: the cycle says who it waits for and asks again every day.
   */
  async function holdersOf(role: string, authorityCode?: string) {
    for (;;) {
      const found = await roleHolders(role, authorityCode);
      if (found.length > 0) {
        state.blockedOn = null;
        return found;
      }
      state.blockedOn = { role, authorityCode: authorityCode ?? null, since: state.blockedOn?.since ?? nowIso() };
      await sleep('1 day');
    }
  }

  // One adoption date at a time: a slow first call must not land after a correction made meanwhile.
  let recordingBudget = false;
  setHandler(recordBudgetAdoption, async (b) => {
    await condition(() => !recordingBudget);
    recordingBudget = true;
    let recorded;
    try {
      recorded = await act.recordOperationalBudgetAdoption({ planId: planId(), adoptedOn: b.adoptedOn });
    } finally {
      recordingBudget = false;
    }
    // The recorded date is the plans service's: a retried Update finds it already there.
    const dueDate = recorded.budgetAdoptedOn === null ? null : oneCalendarMonthAfter(parseCalendarDate(recorded.budgetAdoptedOn));
    if (dueDate !== state.budget.dueDate) state.budget.knownSince = dueDate === null ? null : nowIso();
    state.budget = { ...state.budget, adoptedOn: recorded.budgetAdoptedOn, dueDate, recordedBy: b.personId };
    return state;
  }, {
    validator: (b) => {
      if (state.operationalPlanId === null) throw new Error('The cycle is still starting; try again in a moment.');
      if (transmitted()) throw new Error('The plan was already transmitted; its due date no longer matters. Correct the date in the plan data if the record must be right.');
      if (b.adoptedOn !== null && !/^\d{4}-\d{2}-\d{2}$/.test(b.adoptedOn)) throw new Error('The adoption date must be a date (YYYY-MM-DD).');
    },
  });

  setHandler(closeDrafting, async ({ personId }) => {
    // Every open task is closed before the first await: a drafter's answer arriving meanwhile finds it closed.
    const closing = state.drafting.filter((t) => t.status === 'open');
    for (const task of closing) {
      task.status = 'closed_by_president_office';
      task.doneBy = personId;
      task.doneAt = nowIso();
    }
    for (const task of closing) if (startedRounds.has(task.roundId)) await signalQuietly(task.roundId, 'closed by the President\'s office');
    return state;
  }, {
    validator: (_by: { personId: string }) => {
      if (state.stage !== 'drafting') throw new Error('Drafting is already over; there is nothing to close.');
      if (state.drafting.length === 0) throw new Error('The drafting tasks are still being sent; try again in a moment.');
    },
  });

  setHandler(raiseProblem, async (p) => {
    const problem: Problem = {
      id: p.problemId ?? uuid4(), raisedBy: { personId: p.personId, name: p.name }, description: p.description, raisedAt: nowIso(), notified: [], outcome: null,
    };
    state.problems.push(problem);
    const cells = [
      ...(await roleHolders('minister_cell', input.signingAuthorityCode)),
      ...(await Promise.all(input.reviewingAuthorityCodes.map((code) => roleHolders('state_secretary_cell', code)))).flat(),
    ];
    for (const cell of cells) {
      await act.sendNotification({
        idempotencyKey: `${workflowId}:problem:${problem.id}:${cell.email.toLowerCase()}`,
        kind: 'problem_raised', template: 'problem_raised', recipient: recipientOf(cell),
        params: { planTitle: input.strategicPlanTitle, year: input.year, raisedBy: p.name, description: p.description, raisedAt: problem.raisedAt },
      });
      problem.notified.push(cell.email);
    }
    return problem;
  }, {
    validator: (p) => {
      if (transmitted()) throw new Error('The plan was already transmitted; raise the matter with the cells directly, or add or withdraw a project.');
      if (!p.description.trim()) throw new Error('Describe the problem: the cells must know what to discuss.');
    },
  });

  setHandler(recordConsultationOutcome, (o) => {
    const problem = state.problems.find((p) => p.id === o.problemId)!;
    problem.outcome = { text: o.outcome, recordedBy: o.personId, recordedAt: nowIso() };
    return problem;
  }, {
    validator: (o) => {
      const problem = state.problems.find((p) => p.id === o.problemId);
      if (!problem) throw new Error(`There is no problem ${o.problemId} in this cycle; list them with the cycle's state.`);
      if (problem.outcome) throw new Error('The outcome of this consultation is already recorded.');
      if (!o.outcome.trim()) throw new Error('Say what the consultation concluded.');
    },
  });

  const notifyOtherParty = async (
    change: { projectId: string; action: 'add' | 'withdraw'; title: string; ownerEntityCode: string; requestedByParty: 'spf' | 'minister_cell' | 'state_secretary_cell'; reason: string; requestedOn: string },
  ): Promise<ProjectChangeResult> => {
    // The SPF's requests go to the cells; a cell's request goes to the SPF (the President's office).
    const others = change.requestedByParty === 'spf'
      ? [...(await roleHolders('minister_cell', input.signingAuthorityCode)), ...(await Promise.all(input.reviewingAuthorityCodes.map((c) => roleHolders('state_secretary_cell', c)))).flat()]
      : await roleHolders('president_office');
    const entity = await act.entityName({ organisationCode: input.organisationCode, entityCode: change.ownerEntityCode });
    for (const other of others) {
      await act.sendNotification({
        idempotencyKey: `${workflowId}:project:${change.projectId}:${change.action}:${other.email.toLowerCase()}`,
        kind: `project_${change.action}`, template: 'project_changed', recipient: recipientOf(other),
        params: {
          planTitle: input.strategicPlanTitle, year: input.year, action: change.action, projectTitle: change.title, ownerEntity: entity,
          requestedByParty: change.requestedByParty, reason: change.reason, requestedOn: change.requestedOn,
        },
      });
    }
    return { projectId: change.projectId, status: change.action === 'add' ? 'active' : 'withdrawn', notified: others.map((o) => o.email) };
  };
  const projectsOpen = (_change: unknown) => { if (state.stage === 'closed') throw new Error(`The cycle ${input.year} is closed; change next year's plan instead.`); };

  setHandler(addProject, async (p) => {
    await act.addOperationalProject({
      planId: planId(), id: p.projectId, title: p.title, ownerEntityCode: p.ownerEntityCode, requestedByParty: p.requestedByParty,
      reason: p.reason, requestedOn: p.requestedOn, actor: p.personId,
    });
    return notifyOtherParty({ ...p, action: 'add' });
  }, { validator: projectsOpen });

  setHandler(withdrawProject, async (p) => {
    const project = await act.withdrawOperationalProject({
      planId: planId(), projectId: p.projectId, requestedByParty: p.requestedByParty, reason: p.reason, requestedOn: p.requestedOn, actor: p.personId,
    });
    return notifyOtherParty({ ...p, action: 'withdraw', title: project.title, ownerEntityCode: project.ownerEntityCode });
  }, { validator: projectsOpen });

  /** A signal to a round that may have closed in the meantime: then there is nobody left to remind. */
  async function signalQuietly(roundId: string, cancelReason?: string, reminder?: { key: string; due: string }): Promise<void> {
    try {
      const handle = getExternalWorkflowHandle(roundId);
      if (reminder) await handle.signal(remindPending, reminder);
      else await handle.signal(cancelRound, cancelReason ?? 'cancelled');
    } catch {
      // The round finished between our decision and the signal: nothing to do.
    }
  }

  /** Who holds the step now, as the e-mails name them. */
  function holders(stage: CycleStage): string {
    if (stage === 'drafting') return state.drafting.filter((t) => t.status === 'open').map((t) => t.entityCode).join(', ') || holdersLabel.presidentOffice;
    return holdersLabel[stage] ?? holdersLabel.presidentOffice;
  }

  async function sendFollowUp(f: FollowUp, dueDate: string): Promise<void> {
    const stage = state.stage;
    let recipients: string[] = [];
    if (f.kind === 'reminder') {
      const reminder = { key: f.key, due: dueDate };
      if (stage === 'drafting') for (const task of state.drafting.filter((t) => t.status === 'open')) await signalQuietly(task.roundId, undefined, reminder);
      else if (state.currentRoundId) await signalQuietly(state.currentRoundId, undefined, reminder);
    } else {
      const people = f.target === 'president_office' ? await roleHolders('president_office') : await roleHolders('minister_cell', input.signingAuthorityCode);
      for (const person of people) {
        await act.sendNotification({
          idempotencyKey: `${workflowId}:${f.key}:${person.email.toLowerCase()}`,
          kind: 'escalation', template: 'escalation', recipient: recipientOf(person),
          params: { planTitle: input.planTitle, stepName: stepNames[stage], holderName: holders(stage), due: dueDate, daysLate: f.daysLate ?? 1 },
        });
      }
      recipients = people.map((p) => p.email);
    }
    state.alerts.push({
      key: f.key, kind: f.kind, target: f.target, stage, holders: holders(stage), dueDate, sentAt: nowIso(),
      daysBeforeDue: f.daysBeforeDue ?? null, daysLate: f.daysLate ?? null, recipients,
    });
  }

  /** Runs beside the steps until the plan is transmitted; recomputes after every change of the due date. */
  async function followUpUntilTransmitted(): Promise<void> {
    const options = {
      ...(input.reminderOffsetsDays ? { reminders: { offsetsDays: input.reminderOffsetsDays } } : {}),
      ...(input.escalation ? { escalation: input.escalation } : {}),
    };
    for (;;) {
      await condition(() => transmitted() || state.budget.dueDate !== null);
      if (transmitted()) return;
      const { dueDate, knownSince } = state.budget;
      const sent = new Set(state.alerts.map((a) => a.key));
      const plan = followUpPlan(dueDate as CalendarDate, calendar, new Date(knownSince!), sent, new Date(), options);
      for (const f of plan.due) {
        // A correction recorded while the previous alert went out: this one belongs to a withdrawn date.
        if (state.budget.dueDate !== dueDate || transmitted()) break;
        await sendFollowUp(f, dueDate!);
      }
      await condition(
        () => transmitted() || state.budget.dueDate !== dueDate || state.budget.knownSince !== knownSince,
        Math.max(plan.next.instant.getTime() - Date.now(), 1),
      );
    }
  }

  async function runRound(
    step: string, rule: ApprovalRoundInput['rule'], members: RoundMember[], items: string[], extra: Partial<RoundNotices> = {}, idSuffix = '',
  ): Promise<RoundResult> {
    const version = state.version!;
    // Numbered: a step asked again on unchanged content (changes requested, nothing edited) is a new round.
    state.roundsStarted = (state.roundsStarted ?? 0) + 1;
    const roundId = `${workflowId}/${step}${idSuffix}/${state.roundsStarted}-v${version.number}`;
    state.currentRoundId = roundId;
    for (const m of members) state.lastAskedVersion[m.personId] = version.number;
    const stepName = stepNames[step as CycleStage] ?? { fr: step, nl: step };
    const round = { step, members, planVersion: version.number, planSha256: version.sha256 };
    const result = await executeChild(approvalRound, {
      workflowId: roundId,
      args: [{
        roundId, step, planId: planId(), planVersion: version.number, planSha256: version.sha256, rule, members, items,
        notices: {
          planTitle: input.planTitle, stepName,
          itemTitles: { plan: input.planTitle, consolidation: input.planTitle }, due: state.budget.dueDate, followUp: 'parent',
          escalateTo: { presidentOffice: [], ministerCell: [] }, ...extra,
        },
      }],
    });
    state.currentRoundId = null;
    state.decisions.push(...decisionLog(round, stepName, result));
    return result;
  }

  async function freeze(): Promise<void> {
    state.version = await act.freezeOperationalPlanVersion({ planId: planId() });
  }

  async function draft(): Promise<void> {
    state.stage = 'drafting';
    await freeze();
    const [assignments, presidentOffice] = await Promise.all([
      act.draftingAssignments({ organisationCode: input.organisationCode, strategicPlanId: input.strategicPlanId, on: today() }),
      holdersOf('president_office'),
    ]);
    const version = state.version!;
    // Every task is listed before any is sent, so the cycle shows the whole drafting at once.
    const tasks = assignments.map((a) => {
      // An entity without a drafter still owes its objectives: the President's office is asked instead.
      const asked = a.drafters.length > 0 ? a.drafters : presidentOffice;
      const task: DraftingTask = {
        entityCode: a.entityCode, entityName: a.entityName, roundId: `${workflowId}/drafting/${a.entityCode}`,
        askedPersonIds: asked.map((p) => p.personId), status: 'open', doneBy: null, doneAt: null, comment: null,
      };
      state.drafting.push(task);
      return { a, asked, task };
    });
    // Read through a function: the status changes while the round starts, which TypeScript cannot see.
    const statusOf = (task: DraftingTask) => task.status;
    const startRound = async ({ a, asked, task }: (typeof tasks)[number], cancelIfClosedMeanwhile: boolean) => {
      // Closed by the President's office while the earlier ones were being sent: nobody is asked.
      if (task.status !== 'open') return;
      const stepName = { fr: `Rédaction des objectifs opérationnels – ${a.entityName.fr}`, nl: `Opstellen van de operationele doelstellingen – ${a.entityName.nl}` };
      const child = await startChild(approvalRound, {
        workflowId: task.roundId,
        args: [{
          roundId: task.roundId, step: `drafting:${a.entityCode}`, planId: planId(), planVersion: version.number, planSha256: version.sha256,
          rule: { kind: 'first' }, members: asked.map(toMember), items: ['drafting'],
          notices: {
            planTitle: input.planTitle, stepName, itemTitles: { drafting: stepName }, due: state.budget.dueDate, followUp: 'parent', mode: 'task',
            objectives: a.strategicObjectives.map((o) => ({ code: String(o.number), title: o.title })),
            request: { template: 'drafting_task', params: { strategicPlanTitle: input.strategicPlanTitle, entityName: a.entityName, year: input.year, strategicObjectives: a.strategicObjectives } },
            escalateTo: { presidentOffice: [], ministerCell: [] },
          },
        }],
      });
      startedRounds.add(task.roundId);
      // The drafting was closed while the round was starting: close-drafting could not signal it then.
      if (cancelIfClosedMeanwhile && statusOf(task) === 'closed_by_president_office') void signalQuietly(task.roundId, 'closed by the President\'s office');
      void child.result().then((r) => {
        state.decisions.push(...decisionLog({ step: `drafting:${a.entityCode}`, members: asked.map(toMember), planVersion: version.number, planSha256: version.sha256 }, stepName, r));
        const decision = r.decisions[0];
        if (task.status === 'open' && decision) {
          task.status = 'done';
          task.doneBy = decision.personId;
          task.doneAt = decision.decidedAt;
          task.comment = decision.decisions[0]?.comment ?? null;
        }
      }, (error: unknown) => {
        // A round that failed (or was terminated by an operator) must not hold the whole cycle:
        // the task is marked failed, for the President's office to follow up by hand.
        if (task.status === 'open') {
          task.status = 'failed';
          task.comment = error instanceof Error ? error.message : String(error);
        }
      });
    };
    // All the rounds start in one workflow task: one by one, a launch day with many organisations
    // spent most of its time on these round trips (see the fan-out benchmark). Cycles started before
    // this change replay one by one, as they ran.
    if (patched('drafting-rounds-started-together')) await Promise.all(tasks.map((t) => startRound(t, true)));
    else for (const t of tasks) await startRound(t, false);
    await condition(() => state.drafting.every((t) => t.status !== 'open'));
  }

  /** Consolidation, committee, the State Secretary's part; again from consolidation when changes are asked. */
  async function validate(): Promise<void> {
    const presidentOffice = await holdersOf('president_office');
    for (;;) {
      state.stage = 'consolidation';
      await freeze();
      await runRound('consolidation', { kind: 'first' }, presidentOffice.map(toMember), ['consolidation'], { mode: 'task' });

      await freeze();
      state.changesRequested = [];
      await act.setOperationalPlanStatus({ planId: planId(), status: 'in_committee' });
      state.stage = 'committee';
      const committee = await holdersOf('committee_member');
      const committeeResult = await runRound('committee', input.committeeRule, committee.map(toMember), ['plan']);
      if (committeeResult.changesRequested.length > 0) {
        await backToConsolidation('committee', committeeResult);
        continue;
      }

      let sentBack = false;
      for (const authorityCode of input.reviewingAuthorityCodes) {
        const review = await act.operationalPlanForReview({ planId: planId(), authorityCode });
        const approved = (state.approvedHashes[authorityCode] ??= {});
        const hashes = Object.fromEntries(review.objectives.map((o) => [o.code, o.sha256]));
        const toReview = itemsToReview(review.objectives.map((o) => o.code), hashes, approved);
        if (toReview.length === 0) continue;
        await act.setOperationalPlanStatus({ planId: planId(), status: 'under_review' });
        state.stage = 'state_secretary_review';
        const cell = await holdersOf('state_secretary_cell', authorityCode);
        const titles = Object.fromEntries(review.objectives.map((o) => [o.code, { fr: `${o.code} – ${o.statement}`, nl: `${o.code} – ${o.statement}` }]));
        const result = await runRound('state_secretary_review', { kind: 'first' }, cell.map(toMember), toReview, {
          itemTitles: titles, objectives: review.objectives.filter((o) => toReview.includes(o.code)).map((o) => ({ code: o.code, title: { fr: o.statement, nl: o.statement } })),
        }, `:${authorityCode}`);
        for (const item of result.approvedItems) approved[item] = hashes[item]!;
        if (result.changesRequested.length > 0) {
          await backToConsolidation('state_secretary_review', result);
          sentBack = true;
          break;
        }
      }
      if (!sentBack) return;
    }
  }

  async function backToConsolidation(step: string, result: RoundResult): Promise<void> {
    state.changesRequested = result.changesRequested.map((c) => ({ step, ...c }));
    await act.setOperationalPlanStatus({ planId: planId(), status: 'drafting' });
  }

  /** Rule 5: the Minister receives the plan for information; the State Secretary's cell its part. */
  async function transmit(): Promise<void> {
    state.stage = 'transmitting';
    await act.setOperationalPlanStatus({ planId: planId(), status: 'validated' });
    await freeze();
    const version = state.version!;
    const inForce = { from: `${input.year}-01-01`, to: `${input.year}-12-31` };
    const recipients: string[] = [];
    for (const minister of await holdersOf('minister_cell', input.signingAuthorityCode)) {
      await act.sendNotification({
        idempotencyKey: `${workflowId}:transmitted:v${version.number}:${minister.email.toLowerCase()}`,
        kind: 'plan_transmitted', template: 'plan_transmitted', recipient: recipientOf(minister),
        params: { planTitle: input.strategicPlanTitle, year: input.year, version: version.number, sha256: version.sha256, inForce, scope: 'whole', objectives: [] },
      });
      recipients.push(minister.email);
    }
    for (const authorityCode of input.reviewingAuthorityCodes) {
      const part = await act.operationalPlanForReview({ planId: planId(), authorityCode });
      if (part.objectives.length === 0) continue;
      for (const cell of await holdersOf('state_secretary_cell', authorityCode)) {
        await act.sendNotification({
          idempotencyKey: `${workflowId}:transmitted:v${version.number}:${authorityCode}:${cell.email.toLowerCase()}`,
          kind: 'plan_transmitted', template: 'plan_transmitted', recipient: recipientOf(cell),
          params: {
            planTitle: input.strategicPlanTitle, year: input.year, version: version.number, sha256: version.sha256, inForce, scope: 'competence',
            objectives: part.objectives.map((o) => ({ code: o.code, title: o.statement })),
          },
        });
        recipients.push(cell.email);
      }
    }
    await act.setOperationalPlanStatus({ planId: planId(), status: 'transmitted', version: version.number });
    state.transmission = { version: version.number, sha256: version.sha256, transmittedAt: nowIso(), recipients };
    state.stage = 'in_force';
  }

  if (!input.resume) {
    const plan = await act.ensureOperationalPlan({ organisationCode: input.organisationCode, year: input.year, strategicPlanId: input.strategicPlanId });
    state.operationalPlanId = plan.id;
    state.budget = plan.budgetAdoptedOn === null
      ? state.budget
      : { adoptedOn: plan.budgetAdoptedOn, dueDate: plan.dueDate, knownSince: nowIso(), recordedBy: null };
    // Next year's draft starts from this year's objectives and results (rule 6).
    await act.carryOverPreviousYear({ planId: plan.id, organisationCode: input.organisationCode, year: input.year });
    const followUp = followUpUntilTransmitted();
    await draft();
    await validate();
    await transmit();
    await followUp;
  }

  // In force from 1 January to 31 December; projects still come and go meanwhile.
  const yearEnd = brusselsInstant(`${input.year + 1}-01-01` as CalendarDate, '00:00').getTime();
  const limit = input.continueAsNewAfterEvents ?? DEFAULT_CONTINUE_AS_NEW_AFTER;
  const mustContinue = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > limit;
  await condition(() => mustContinue() || Date.now() >= yearEnd, Math.max(yearEnd - Date.now(), 1));
  if (Date.now() < yearEnd) {
    await condition(allHandlersFinished);
    state.continuedAsNew += 1;
    await continueAsNew<typeof operationalCycle>({ ...input, resume: state });
  }
  await act.setOperationalPlanStatus({ planId: planId(), status: 'closed' });
  state.stage = 'closed';
  state.closedAt = nowIso();
  await condition(allHandlersFinished);
  return state;
}

/**
 * Started by the yearly Schedule: the year comes from the date it runs (launched in the autumn for the
 * next year by default), and launching a year that already has its cycle finds that one.
 */
export async function scheduledCycleLaunch(args: ScheduledLaunchArgs): Promise<{ workflowId: string; year: number; started: boolean }> {
  const year = Number(today().slice(0, 4)) + args.yearOffset;
  const input = await act.prepareCycleLaunch({ organisationCode: args.organisationCode, year, options: args.options });
  const workflowId = `operational-cycle/${args.organisationCode}/${year}`;
  try {
    await startChild(operationalCycle, { workflowId, args: [input], parentClosePolicy: ParentClosePolicy.ABANDON });
    return { workflowId, year, started: true };
  } catch (error) {
    if ((error as { name?: string }).name === 'WorkflowExecutionAlreadyStartedError') return { workflowId, year, started: false };
    throw error;
  }
}
