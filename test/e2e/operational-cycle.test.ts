import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';
import { keepHistory, testIdentityProvider, workflowFootprint, workflowsNamedUnder } from '@jalon/testkit';
import t from 'tap';
import { worker } from '@jalon/plans/test-support/plans-app';
import { runsTypeScript } from '@jalon/infra';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The yearly operational cycle on real servers (Temporal dev server, PostgreSQL, SMTP), driven as
 * people drive it: the President's office through the API, everyone else through the e-mails they
 * receive and the pages their links open.
 */
t.test('a year\'s cycle from launch to transmission, through the API, e-mails and links', async (t) => {
  // PDFs rendered at freeze as `npm start` does (the transmission attaches one).
  const w = await cycleWorld(t, { renderDocuments: true });
  const { people, api, notifications } = w;
  // Not next year: the schedule test below launches that one on the same Temporal server.
  const year = new Date().getUTCFullYear() + 2;

  const anonymous = await w.portal.internal.inject({ method: 'POST', url: `/organisations/${w.ORG}/cycles`, headers: { 'x-jalon-actor': people.president.id }, payload: { year } });
  t.equal(anonymous.statusCode, 401, 'a header naming the President\'s office is no credential: 401');
  const refused = await api('POST', `/organisations/${w.ORG}/cycles`, people.outsider, { year });
  t.equal(refused.statusCode, 403, 'a person without the President\'s office role cannot launch');
  t.match(refused.json().message, /president_office/);
  t.equal((await api('GET', w.cycleUrl(year))).statusCode, 404, 'and nothing was started');

  const launched = await api('POST', `/organisations/${w.ORG}/cycles`, people.president, { year });
  t.equal(launched.statusCode, 201, 'the President\'s office launches the year');
  t.same([launched.json().cycle?.year, launched.json().cycle?.organisationCode], [year, w.ORG], 'the launch answers with the cycle it started');
  const again = await api('POST', `/organisations/${w.ORG}/cycles`, people.president, { year });
  t.equal(again.statusCode, 200, 'launching the same year again…');
  t.same([again.json().created, again.json().workflowId], [false, launched.json().workflowId], '…returns the cycle already running');
  const minimal = await w.portal.internal.inject({ method: 'POST', url: `/organisations/${w.ORG}/cycles`, headers: { ...w.as(people.president), prefer: 'return=minimal' }, payload: { year } });
  t.same([minimal.statusCode, minimal.json().created, minimal.json().cycle, minimal.headers['preference-applied']], [200, false, null, 'return=minimal'],
    'a caller that prefers return=minimal gets the launch without the cycle read back, and is told so');
  const plans = (await w.plans.app.inject({ url: `/organisations/${w.ORG}/operational-plans`, headers: worker })).json();
  t.equal(plans.items.filter((p: { year: number }) => p.year === year).length, 1, 'one operational plan for the year');

  const drafting = await w.waitFor(year, 'drafting tasks sent', (v) => v.drafting.length > 0 && v.holders.length > 0);
  t.equal(drafting.stage, 'drafting');
  t.same([drafting.budget.awaitingBudgetAdoption, drafting.budget.dueDate], [true, null], 'no budget yet: awaiting adoption, no due date');
  t.ok(drafting.drafting.some((d: { entityCode: string }) => d.entityCode === 'OE'), 'the Immigration Office has a drafting task');
  t.notOk(drafting.drafting.some((d: { entityCode: string }) => d.entityCode === 'ALL'), '"all entities" is not an entity');

  // The DGSP's drafter gets the task in French and confirms it on the page the link opens.
  const [task] = await notifications.catcher.waitFor((m) => m.to.includes('dgsp@ibz.example'), { timeoutMs: 30_000 });
  t.match(task!.subject, String(year), 'the drafting task names the year');
  t.match(task!.text, /douzièmes provisoires|budget/i, 'and says the due date waits for the budget');
  const done = await w.actOnEmail(task!, { 'outcome:drafting': 'approve', 'comment:drafting': 'Objectifs encodés.' });
  t.match(done.page.body, /C’est fait/, 'the page offers "done", not an approval');
  t.notMatch(done.page.body, /Je demande des modifications/);
  t.equal(done.posted.statusCode, 200);
  const afterTask = await w.waitFor(year, 'DGSP done', (v) => v.drafting.find((d: { entityCode: string }) => d.entityCode === 'DGSP')?.status === 'done');
  t.match(afterTask.drafting.find((d: { entityCode: string }) => d.entityCode === 'DGSP'), { doneBy: people.dgsp.id, comment: 'Objectifs encodés.' });

  await oneWorkflowLaunch(t, w, launched.json().workflowId);

  // The Chamber adopts the budget on 21 December: due 21 January.
  t.equal((await api('PUT', `${w.cycleUrl(year)}/budget-adoption`, people.dgsp, { adoptedOn: `${year - 1}-12-21` })).statusCode, 403, 'only the President\'s office records the adoption');
  const bad = await api('PUT', `${w.cycleUrl(year)}/budget-adoption`, people.president, { adoptedOn: '21/12/2026' });
  t.equal(bad.statusCode, 400);
  t.match(bad.json().issues, [{ path: 'body.adoptedOn' }], 'a malformed date names the field');
  const adopted = await api('PUT', `${w.cycleUrl(year)}/budget-adoption`, people.president, { adoptedOn: `${year - 1}-12-21` });
  t.equal(adopted.statusCode, 200);
  t.same([adopted.json().budget.dueDate, adopted.json().budget.awaitingBudgetAdoption], [`${year}-01-21`, false], 'adopted 21 December → due 21 January');
  const operational = (await w.plans.app.inject({ url: `/operational-plans/${adopted.json().operationalPlanId}`, headers: worker })).json();
  t.equal(operational.dueDate, `${year}-01-21`, 'the plans service shows the same due date');

  // A drafter finds a problem: both cells are told at once; the outcome is recorded.
  const problem = await api('POST', `${w.cycleUrl(year)}/problems`, people.oe, { description: 'De middelen voor het terugkeerbeleid zijn onzeker.' });
  t.equal(problem.statusCode, 201);
  const told = await notifications.catcher.waitFor((m) => m.to.includes('kabinet.mahdi@ibz.example') || m.to.includes('cabinet.verlinden@ibz.example'), { count: 2, timeoutMs: 30_000 });
  t.equal(told.length, 2, 'the Minister\'s and the State Secretary\'s cells are told');
  t.ok(told.every((m) => m.text.includes('terugkeerbeleid')), 'with the problem as described');
  const outcome = await api('POST', `${w.cycleUrl(year)}/problems/${problem.json().id}/outcome`, people.president, { outcome: 'Budget confirmé lors de la réunion du 5 janvier.' });
  t.equal(outcome.statusCode, 200);
  t.match((await w.view(year)).problems[0].outcome, { text: 'Budget confirmé lors de la réunion du 5 janvier.', recordedBy: people.president.id });

  // The Immigration Office enters an objective under strategic objective 21 (the State Secretary's).
  const planId = adopted.json().operationalPlanId as string;
  const revision = (await w.plans.app.inject({ url: `/operational-plans/${planId}`, headers: worker })).json().revision;
  const added = await w.plans.app.inject({
    method: 'POST', url: `/operational-plans/${planId}/objectives`, headers: worker,
    payload: {
      expectedRevision: revision, code: `OE-${year}-01`, strategicObjectiveNumber: 21, statement: 'Réduire le délai de traitement des demandes de séjour.',
      indicator: 'Délai médian', target: '90 jours', ownerEntityCode: 'OE', means: '4 ETP', deadline: `${year}-12-31`,
    },
  });
  t.equal(added.statusCode, 201);

  t.equal((await api('POST', `${w.cycleUrl(year)}/close-drafting`, people.oe)).statusCode, 403, 'a drafter cannot close the drafting');
  const closed = await api('POST', `${w.cycleUrl(year)}/close-drafting`, people.president);
  t.equal(closed.statusCode, 200, 'the President\'s office stops waiting for the others');

  const [consolidation] = await notifications.catcher.waitFor((m) => m.to.includes('corporate@ibz.example') && /Consolidation/i.test(m.subject), { timeoutMs: 30_000 });
  t.equal((await w.actOnEmail(consolidation!, { 'outcome:consolidation': 'approve' })).posted.statusCode, 200, 'the President\'s office confirms the consolidated plan');

  const committee = await notifications.catcher.waitFor((m) => (m.to.includes('dgsp@ibz.example') || m.to.includes('dvz@ibz.example')) && /comité|directiecomité/i.test(m.subject), { count: 2, timeoutMs: 30_000 });
  for (const mail of committee) t.equal((await w.actOnEmail(mail, { 'outcome:plan': 'approve' })).posted.statusCode, 200, `committee member ${mail.to} approves`);

  const [review] = await notifications.catcher.waitFor((m) => m.to.includes('kabinet.mahdi@ibz.example') && /staatssecretaris/i.test(m.subject), { timeoutMs: 30_000 });
  const reviewed = await w.actOnEmail(review!, { [`outcome:OE-${year}-01`]: 'approve' });
  t.match(reviewed.page.body, `OE-${year}-01`, 'the State Secretary is asked about the objective in his competence');
  t.equal(reviewed.posted.statusCode, 200);

  const transmitted = await w.waitFor(year, 'transmitted', (v) => v.transmission !== null);
  t.equal(transmitted.stage, 'in_force');
  const plan = (await w.plans.app.inject({ url: `/operational-plans/${planId}`, headers: worker })).json();
  t.equal(plan.status, 'transmitted', 'the plan is transmitted in the plans service');
  t.equal(plan.transmittedVersion, transmitted.transmission.version, 'with the version the cycle froze');
  const version = (await w.plans.app.inject({ url: `/operational-plans/${planId}/versions/${plan.transmittedVersion}`, headers: worker })).json();
  t.equal(version.sha256, transmitted.transmission.sha256, 'and its hash');
  const sent = await notifications.catcher.waitFor((m) => /information|Toezending/i.test(m.subject), { count: 2, timeoutMs: 30_000 });
  const toMinister = sent.find((m) => m.to.includes('cabinet.verlinden@ibz.example'));
  const toStateSecretary = sent.find((m) => m.to.includes('kabinet.mahdi@ibz.example'));
  t.ok(toMinister, 'the Minister\'s cell receives the plan for information');
  t.match(toMinister?.text, transmitted.transmission.sha256, 'naming the hash of the version sent');
  t.match(toStateSecretary?.text, `OE-${year}-01`, 'the State Secretary\'s cell receives its part');
  await transmittedDocument(t, w, planId, toMinister!, toStateSecretary!);
  // Entities of the reference plan without a drafter are alerted about (no_drafter); no follow-up of the due date.
  t.same(transmitted.alerts.filter((a: { kind: string }) => a.kind === 'reminder' || a.kind === 'escalation'), [], 'no reminder or escalation: it is on time');

  await projectsDuringTheYear(t, w, year, planId);
  await keepHistory(w.portal.temporal.client.workflow.getHandle(launched.json().workflowId), 'operational-cycle-transmitted-document');
});

type World = Awaited<ReturnType<typeof cycleWorld>>;
type Assert = Pick<typeof t, 'equal' | 'same' | 'ok' | 'match' | 'comment'>;
type Caught = Awaited<ReturnType<World['notifications']['catcher']['waitFor']>>[number];

/**
 * The Minister's cell's e-mail carries the frozen version's PDF: its bytes have the hash the e-mail
 * states and the plans API reports (pdfSha256), and the e-mail states the canonical JSON's hash too.
 */
async function transmittedDocument(t: Assert, w: World, planId: string, toMinister: Caught, toStateSecretary: Caught): Promise<void> {
  const plan = (await w.plans.app.inject({ url: `/operational-plans/${planId}`, headers: worker })).json();
  const version = (await w.plans.app.inject({ url: `/operational-plans/${planId}/versions/${plan.transmittedVersion}`, headers: worker })).json();
  const fileName = `plan-operationnel-${plan.year}-v${version.number}.pdf`;
  const attachment = toMinister.attachments?.[0];
  t.equal(attachment?.fileName, fileName, 'the Minister\'s cell (French) receives the PDF, named in French');
  t.equal(attachment?.contentType, 'application/pdf');
  const pdf = w.notifications.catcher.attachmentBytes(toMinister.id, 0)!;
  t.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'a PDF file');
  const pdfSha256 = createHash('sha256').update(pdf).digest('hex');
  t.equal(pdfSha256, version.pdfSha256, 'its SHA-256 is the one the plans API reports for the version (pdfSha256)');
  t.match(toMinister.text, `exécutez «\u00a0sha256sum ${fileName}\u00a0»\u00a0: le résultat doit être ${pdfSha256}`, 'the e-mail states it, and how to check it');
  t.match(toMinister.text, `l’empreinte du JSON canonique de cette version est ${version.sha256}`, 'and the canonical JSON\'s hash, the version\'s sha256');
  t.match(toMinister.text, /la page publique https?:\/\/\S+\/publication\/spf-interieur\?lang=fr\./, 'and where the public page is');
  t.equal(toStateSecretary.attachments, undefined, 'the State Secretary\'s cell, which receives its part, gets no PDF of the whole plan');
  const folder = path.join(repoRoot, 'test-results', 'transmission');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, fileName), pdf);
  await writeFile(path.join(folder, 'minister-email.html'), toMinister.html ?? '');
  await writeFile(path.join(folder, 'minister-email.txt'), toMinister.text);
}

/** Projects during the year: added at the SPF's request, withdrawn at the Minister's cell's. */
async function projectsDuringTheYear(t: Assert, w: World, year: number, planId: string): Promise<void> {
  const { people, api, notifications } = w;
  const project = await api('POST', `${w.cycleUrl(year)}/projects`, people.president, {
    title: 'Nouveau centre de crise', ownerEntityCode: 'NCCN', requestedByParty: 'spf', reason: 'Priorité du comité', requestedOn: `${year}-02-01`,
  });
  t.equal(project.statusCode, 201);
  t.same([...project.json().notified].sort(), ['cabinet.verlinden@ibz.example', 'kabinet.mahdi@ibz.example'], 'the cells are told of the SPF\'s project');
  const notYours = await api('POST', `${w.cycleUrl(year)}/projects/${project.json().projectId}/withdraw`, people.dgsp, {
    requestedByParty: 'minister_cell', reason: 'Budget', requestedOn: `${year}-03-01`,
  });
  t.equal(notYours.statusCode, 403, 'a committee member cannot speak for the Minister\'s cell');
  const before = notifications.catcher.messages.filter((m) => m.to.includes('corporate@ibz.example')).length;
  const withdrawn = await api('POST', `${w.cycleUrl(year)}/projects/${project.json().projectId}/withdraw`, people.verlinden, {
    requestedByParty: 'minister_cell', reason: 'Les crédits sont réaffectés à la sécurité civile.', requestedOn: `${year}-03-01`,
  });
  t.equal(withdrawn.statusCode, 200);
  t.same(withdrawn.json().notified, ['corporate@ibz.example'], 'the SPF is told of the cell\'s withdrawal');
  const [toSpf] = await notifications.catcher.waitFor((m) => m.to.includes('corporate@ibz.example') && m.text.includes('réaffectés'), { timeoutMs: 30_000 });
  t.ok(toSpf, 'by e-mail, with the reason');
  t.ok(notifications.catcher.messages.filter((m) => m.to.includes('corporate@ibz.example')).length > before);
  const history = (await w.plans.app.inject({ url: `/operational-plans/${planId}`, headers: worker })).json().projects[0];
  t.same(history.history.map((h: { action: string; requestedByParty: string }) => [h.action, h.requestedByParty]), [['add', 'spf'], ['withdraw', 'minister_cell']], 'the project keeps its history');
  t.equal(history.status, 'withdrawn');
}

t.test('the yearly Schedule and the CLI launch the same cycle; launching twice gives one', async (t) => {
  const w = await cycleWorld(t);
  const { people, api } = w;
  const schedule = `/organisations/${w.ORG}/cycle-schedule`;

  t.equal((await api('GET', schedule)).statusCode, 404, 'no launch date until one is set');
  t.equal((await api('PUT', schedule, people.dgsp, { month: 9, day: 15 })).statusCode, 403, 'a committee member cannot set it');
  const impossible = await api('PUT', schedule, people.president, { month: 2, day: 30 });
  t.equal(impossible.statusCode, 400);
  t.match(impossible.json().issues, [{ path: 'body.day' }], '30 February is refused, naming the field');
  const created = await api('PUT', schedule, people.president, { month: 9, day: 15, time: '08:30' });
  t.equal(created.statusCode, 201, 'the President\'s office sets the yearly launch date');
  t.match(created.json(), { month: 9, day: 15, time: '08:30', yearOffset: 1, paused: false });
  const next = new Date(created.json().nextLaunches[0]);
  t.same([next.toISOString().slice(5, 10), brusselsClock(next)], ['09-15', '08:30'], 'next launch: 15 September, 08:30 in Brussels');
  const changed = await api('PUT', schedule, people.president, { month: 10, day: 1, options: { reminderOffsetsDays: [10, 3] } });
  t.same([changed.statusCode, changed.json().month, changed.json().options?.reminderOffsetsDays], [200, 10, [10, 3]], 'changing it keeps one schedule, with the reminder offsets its cycles use');

  // The day comes (triggered now): next year's cycle is launched.
  const nextYear = new Date().getUTCFullYear() + 1;
  t.equal((await api('POST', `${schedule}/trigger`, people.president)).statusCode, 202);
  const launched = await w.waitFor(nextYear, 'launched by the schedule', (v) => v.drafting.length > 0);
  t.equal(launched.year, nextYear, 'the schedule launches next year\'s cycle');

  // The CLI, as the President's office, finds the same cycle; a drafter is refused.
  // It signs in at the run's identity provider with the person's password (password grant of its client).
  const idp = testIdentityProvider();
  const cli = (args: string[], as = people.president) =>
    runCli([...args, '--as', as.email], { PORTAL_URL: w.internalUrl, OIDC_ISSUER: idp.issuer, JALON_PASSWORD: idp.passwordOf(as.email) });
  const again = await cli(['launch', '--year', String(nextYear)]);
  t.equal(again.code, 0, again.stderr);
  t.match(again.stdout, /already running: operational-cycle\/spf-interieur\//, 'launching the same year again finds the running cycle');
  t.match(again.stdout, /awaiting budget adoption/, 'and says it awaits the budget');
  const refused = await cli(['launch', '--year', String(nextYear)], people.dgsp);
  t.not(refused.code, 0);
  t.match(refused.stderr, /403.*president_office/, 'a person without the role is told why');
  const status = await cli(['status', '--year', String(nextYear)]);
  t.match(status.stdout, new RegExp(`cycle ${nextYear} of spf-interieur: drafting`));

  await api('POST', `${schedule}/trigger`, people.president);
  await new Promise((r) => setTimeout(r, 2_000));
  const described = (await api('GET', schedule)).json();
  t.equal(described.recentLaunches.length, 2, 'the schedule ran twice');
  const plans = (await w.plans.app.inject({ url: `/organisations/${w.ORG}/operational-plans`, headers: worker })).json();
  t.equal(plans.items.filter((p: { year: number }) => p.year === nextYear).length, 1, 'and there is still one plan for the year');
});

const brusselsClock = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' }).format(d);

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...runsTypeScript, 'services/portal/src/cli/cycle.ts', ...args], { env: { ...process.env, ...env }, cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The launch is one workflow: the cycle holds every entity's task and queued their e-mails in one activity call. */
async function oneWorkflowLaunch(t: Assert, w: World, cycleId: string): Promise<void> {
  const { client } = w.portal.temporal;
  const footprint = await workflowFootprint(client.workflow.getHandle(cycleId));
  t.equal(footprint.childWorkflows, 0, 'the drafting started no child workflow');
  t.same(await workflowsNamedUnder(client, cycleId), [cycleId], 'Temporal lists one workflow for the organisation and year');
  t.same([footprint.activityTypes.sendDecisionRequests, footprint.activityTypes.sendDecisionRequest], [1, undefined], 'every drafting e-mail in one activity call');
  const plansCallsAsTasks = ['ensureOperationalPlan', 'carryOverPreviousYear', 'freezeOperationalPlanVersion', 'draftingAssignments', 'roleHolders'].filter((a) => footprint.activityTypes[a]);
  t.same(plansCallsAsTasks, [], 'the plans calls before the drafting e-mails are made by the worker within its workflow tasks (local activities)…');
  t.ok(footprint.localActivities >= 5, `…${footprint.localActivities} of them`);
  t.comment(`the cycle through its drafting e-mails and one task done: ${footprint.events} events, ${footprint.workflowTasks} workflow tasks, ${footprint.activities} activities`);
}
