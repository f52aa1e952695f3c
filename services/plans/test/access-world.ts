import { sql } from 'kysely';
import { actor, as, plansApp, sampleObjective, sampleProject, testAdministrator, worker } from '../test-support/plans-app.js';

interface Teardown { teardown: (fn: () => unknown) => void }
type Inject = Awaited<ReturnType<typeof plansApp>>['app']['inject'];
export type Reply = Awaited<ReturnType<Inject>>;

/**
 * The plans service with the people an access test needs, each in a role (or none), an
 * administrator of another organisation, an operational plan with an objective of the Immigration
 * Office and a project, and a frozen version of each plan.
 */
export async function accessWorld(t: Teardown) {
  const ctx = await plansApp(t);
  const { app, db, organisationCode: org, planId } = ctx;
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, headers: object, payload?: object): Promise<Reply> =>
    app.inject({ method, url, headers: headers as Record<string, string>, ...(payload ? { payload } : {}) });
  const register = async (name: string, email: string, roles: Array<Record<string, string>>) => {
    const res = await call('POST', `/organisations/${org}/people`, actor, { name, email, language: 'fr', roles });
    if (res.statusCode !== 201) throw new Error(`registering ${email}: ${res.body}`);
    return res.json() as { id: string; roles: Array<{ id: string }> };
  };
  const people = {
    president: await register('Laura Szabo', 'laura.szabo@ibz.example', [{ role: 'president_office' }]),
    drafter: await register('Jan Peeters', 'jan.peeters@ibz.example', [{ role: 'drafter', entityCode: 'OE' }]),
    cell: await register('Sofie Maes', 'sofie.maes@ibz.example', [{ role: 'state_secretary_cell', authorityCode: 'state-secretary-asylum-migration' }]),
    member: await register('Marc Dubois', 'marc.dubois@ibz.example', []),
    administrator: { id: testAdministrator.id },
  };
  // Another organisation, whose administrator and President's office is one person.
  await db.insertInto('organisations').values({ code: 'spf-finances', name_fr: 'SPF Finances', name_nl: 'FOD Financiën', short_name: 'Finances' }).execute();
  const outsider = await db.insertInto('people').values({ organisation_code: 'spf-finances', name: 'Agent Finances', email: 'agent@finances.example', language: 'fr' })
    .returning('id').executeTakeFirstOrThrow();
  await db.insertInto('person_roles').values(['org_admin', 'president_office'].map((role) => ({ person_id: outsider.id, role, entity_code: null, authority_code: null }))).execute();

  const created = await call('POST', `/organisations/${org}/operational-plans`, worker, { year: 2025, strategicPlanId: planId });
  const operationalId = (created.json() as { id: string }).id;
  await call('POST', `/operational-plans/${operationalId}/objectives`, worker, { expectedRevision: 1, ...sampleObjective() });
  const project = (await call('POST', `/operational-plans/${operationalId}/projects`, worker, sampleProject)).json() as { id: string };
  await call('POST', `/strategic-plans/${planId}/versions`, worker);
  await call('POST', `/operational-plans/${operationalId}/versions`, worker);

  /** Everything a refused call must leave as it was: row counts and revisions of every table a route writes. */
  const fingerprint = async () => (await sql<{ state: string }>`select concat_ws(' ',
      (select count(*) from audit_log), (select string_agg(code || email_sign_in || short_name || cycle_settings::text, ',' order by code) from organisations),
      (select string_agg(code || kind || name_fr, ',' order by code) from entities), (select string_agg(code || holder_name || signs, ',' order by code) from authorities), (select count(*) from people), (select sum(revision) from people),
      (select count(*) from people where identity_subject is not null), (select count(*) from person_roles), (select count(*) from role_delegations),
      (select string_agg(status || revision, ',' order by id) from strategic_plans), (select sum(revision) from strategic_objectives),
      (select count(*) from addenda), (select string_agg(status || revision || coalesce(budget_adopted_on::text, '-'), ',' order by id) from operational_plans),
      (select sum(revision) from operational_objectives), (select count(*) from project_changes), (select count(*) || '/' || sum(revision) from projects), (select count(*) from plan_versions),
      (select count(*) from decisions), (select count(*) from progress_checkpoints), (select count(*) from progress_updates),
      (select coalesce(sum(revision), 0) from objective_progress)) as state`.execute(db)).rows[0]!.state;

  return {
    ...ctx, call, people, outsider, operationalId, projectId: project.id, fingerprint,
    person: (p: { id: string }) => as.person(p.id),
  };
}

export type AccessWorld = Awaited<ReturnType<typeof accessWorld>>;
