import type { FormValues } from './form-fields.js';
import { reviewerRoles } from './organisation-page.js';

/**
 * What the administrator's forms send, turned into the plans API's bodies. Nothing is validated
 * here: the plans service validates once, and its refusal names the field shown beside the input.
 */

const text = (v: FormValues, name: string) => (v[name] ?? '').trim();
const optional = (v: FormValues, name: string) => text(v, name) || undefined;
/** A number as typed; anything else goes as null, which the API refuses for that very field. */
const numberOf = (v: FormValues, name: string) => (/^\d+$/.test(text(v, name)) ? Number(text(v, name)) : null);
const names = (v: FormValues, prefix: string) => {
  const de = optional(v, `${prefix}.de`);
  return { fr: text(v, `${prefix}.fr`), nl: text(v, `${prefix}.nl`), ...(de ? { de } : {}) };
};

export function settingsChange(v: FormValues) {
  const kind = text(v, 'committeeRule.kind');
  return {
    emailSignIn: v['emailSignIn.allowed'] === 'on',
    committeeRule: kind === 'quorum' ? { kind, approvals: numberOf(v, 'committeeRule.approvals') } : { kind },
    reviewDays: numberOf(v, 'reviewDays'),
    allEntitiesObjectivesGoTo: text(v, 'allEntitiesObjectivesGoTo'),
    consolidatorName: names(v, 'consolidatorName'),
    reviewers: { committee: reviewerRoles.filter((r) => v[`reviewers.committee.${r}`] === 'on') },
    // "03-31, 06-30" or one per line; a form without the field (an older page) leaves the checkpoints as they are.
    ...(v.progressCheckpoints === undefined ? {} : { progressCheckpoints: text(v, 'progressCheckpoints').split(/[\s,;]+/).filter(Boolean) }),
  };
}

export function entityInput(v: FormValues) {
  return {
    code: text(v, 'code'), name: names(v, 'name'), abbreviation: optional(v, 'abbreviation') ?? null,
    kind: text(v, 'kind'), parentCode: optional(v, 'parentCode') ?? null,
  };
}

/** "20, 21,22" as numbers; something else than numbers goes as it is, for the API to refuse at that field. */
const numberList = (v: FormValues, name: string): unknown[] => text(v, name).split(',').map((n) => n.trim()).filter(Boolean).map((n) => (/^\d+$/.test(n) ? Number(n) : n));

export function authorityInput(v: FormValues, entityCodes: string[]) {
  return {
    code: text(v, 'code'), kind: text(v, 'kind'), title: names(v, 'title'), holderName: text(v, 'holderName'), signs: v['signs.yes'] === 'on',
    scope: {
      objectiveNumbers: numberList(v, 'scope.objectiveNumbers'),
      entityCodes: entityCodes.filter((c) => v[`scope.entityCodes.${c}`] === 'on'),
      budgetEnvelopes: numberList(v, 'scope.budgetEnvelopes'),
    },
  };
}

export function organisationInput(v: FormValues) {
  return {
    code: text(v, 'code'), name: names(v, 'name'), shortName: text(v, 'shortName'), languages: ['fr', 'nl', 'de'].filter((l) => v[`languages.${l}`] === 'on'),
    ...(v['emailSignIn.allowed'] === 'on' ? { settings: { emailSignIn: true } } : {}),
  };
}

/** The names and languages form as a change of the organisation; languages in the order offered, so the first stays first. */
export function organisationChange(v: FormValues, offered: readonly string[]) {
  return { name: names(v, 'name'), shortName: text(v, 'shortName'), languages: offered.filter((l) => v[`languages.${l}`] === 'on') };
}

/** An entity's form as a change: everything but its code. */
export function entityChange(v: FormValues) {
  const { code: _code, ...change } = entityInput(v);
  return change;
}

/** An authority's form as a change: everything but its code (its scope replaced whole). */
export function authorityChange(v: FormValues, entityCodes: string[]) {
  const { code: _code, ...change } = authorityInput(v, entityCodes);
  return change;
}

export function personInput(v: FormValues) {
  return { name: text(v, 'name'), email: text(v, 'email'), language: text(v, 'language'), roles: [] };
}

export function roleInput(v: FormValues) {
  return { role: text(v, 'role'), entityCode: optional(v, 'entityCode') ?? null, authorityCode: optional(v, 'authorityCode') ?? null };
}

/** The delegation of one of the person's roles (chosen by its id in the form), to a deputy chosen by name. */
export function delegationInput(v: FormValues, roles: Array<{ id: string; role: string; entityCode: string | null; authorityCode: string | null }>) {
  const role = roles.find((r) => r.id === text(v, 'roleId'));
  return {
    role: role?.role ?? '', deputyId: text(v, 'deputyId'), startsOn: text(v, 'startsOn'), endsOn: text(v, 'endsOn'),
    entityCode: role?.entityCode ?? null, authorityCode: role?.authorityCode ?? null,
  };
}
