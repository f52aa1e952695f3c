import { worker, type plansApp } from './plans-app.js';

type PlansTestApp = Pick<Awaited<ReturnType<typeof plansApp>>, 'app' | 'organisationCode' | 'planId'>;

/**
 * An operational plan of a year under the reference strategic plan, with its objectives, and what
 * moves it as the cycle would (to the committee, validated, a version frozen, transmitted): the
 * plans side of a plan in force, for tests of what happens once it is.
 */
export async function operationalPlanOfYear(ctx: PlansTestApp, year: number, objectives: Array<Record<string, unknown>>) {
  const created = await ctx.app.inject({ method: 'POST', url: `/organisations/${ctx.organisationCode}/operational-plans`, headers: worker, payload: { year, strategicPlanId: ctx.planId } });
  const planId = created.json().id as string;
  const revision = async () => (await ctx.app.inject({ url: `/operational-plans/${planId}`, headers: worker })).json().revision as number;
  for (const o of objectives) {
    const res = await ctx.app.inject({ method: 'POST', url: `/operational-plans/${planId}/objectives`, headers: worker, payload: { expectedRevision: await revision(), ...o } });
    if (res.statusCode !== 201) throw new Error(res.body);
  }
  const status = async (body: Record<string, unknown>) => {
    const res = await ctx.app.inject({ method: 'POST', url: `/operational-plans/${planId}/status`, headers: worker, payload: { expectedRevision: await revision(), ...body } });
    if (res.statusCode !== 200) throw new Error(res.body);
  };
  const transmit = async () => {
    await status({ status: 'in_committee' });
    await status({ status: 'validated' });
    const version = await ctx.app.inject({ method: 'POST', url: `/operational-plans/${planId}/versions`, headers: worker });
    await status({ status: 'transmitted', version: version.json().number });
  };
  return { planId, transmit, revision };
}

