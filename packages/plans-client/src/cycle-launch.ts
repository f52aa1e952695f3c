import { defaultCycleSettings, type CycleOptions } from '@jalon/contracts';
import { PlansRefusal } from './errors.js';
import { PlansClient } from './plans-client.js';

/**
 * Builds the input of a yearly cycle from the plans data: the organisation's signed strategic plan
 * whose period covers the year (else the latest signed one), its Minister and the authorities that
 * review a scope, and the organisation's committee rule and who drafts its "(Tous)" objectives. The launch API and the yearly Schedule both use it, so both launch the same cycle.
 * Its result is the workflow's OperationalCycleInput, checked where the workflow is started.
 * Pass a client with the caller's credentials: a bare URL makes one without any, which the plans
 * service refuses (401).
 */
export async function prepareCycleLaunch(plans: PlansClient | string, organisationCode: string, year: number, options?: CycleOptions) {
  const client = typeof plans === 'string' ? new PlansClient(plans) : plans;
  const [organisation, strategicPlans, authorities] = await Promise.all([
    client.getOrganisation(organisationCode),
    client.listStrategicPlans(organisationCode, { limit: 100 }),
    client.listAuthorities(organisationCode),
  ]);
  const signed = strategicPlans.items.filter((p) => p.status === 'signed');
  const plan = signed.find((p) => p.period.from <= year && year <= p.period.to) ?? signed[0];
  if (!plan) {
    throw new PlansRefusal('cycle.no_signed_plan',
      `${organisationCode} has no signed strategic plan: an operational plan carries out a signed one. Have the Minister sign the strategic plan first.`);
  }
  const signing = authorities.find((a) => a.signs);
  const settings: Partial<typeof organisation.settings> = organisation.settings ?? {};
  if (!signing) {
    throw new PlansRefusal('cycle.no_minister', `${organisationCode} has no authority that signs its plans; configure its Minister first.`);
  }
  return {
    organisationCode,
    year,
    strategicPlanId: plan.id,
    planTitle: {
      fr: `Plan opérationnel ${year} – ${organisation.name.fr}`,
      nl: `Operationeel plan ${year} – ${organisation.name.nl}`,
      de: `Operativer Plan ${year} – ${organisation.name.de ?? organisation.name.fr}`,
    },
    strategicPlanTitle: { fr: plan.title.fr, nl: plan.title.nl },
    // The organisation's settings as they are at launch; a plans service that does not give them yet: the defaults.
    committeeRule: settings.committeeRule ?? { kind: 'all' as const },
    allEntitiesObjectivesGoTo: settings.allEntitiesObjectivesGoTo ?? 'every_entity',
    ...(settings.progressCheckpoints ? { progressCheckpoints: settings.progressCheckpoints } : {}),
    // Named in the steps and escalations as the organisation names it (the reference: "Cellule Corporate").
    consolidatorName: settings.consolidatorName ?? defaultCycleSettings.consolidatorName,
    signingAuthorityCode: signing.code,
    reviewingAuthorityCodes: authorities.filter((a) => !a.signs).map((a) => a.code),
    ...(options ? {
      reminderOffsetsDays: options.reminderOffsetsDays,
      ...(options.calendar ? { calendar: options.calendar } : {}),
      ...(options.escalation ? { escalation: options.escalation } : {}),
    } : {}),
  };
}
