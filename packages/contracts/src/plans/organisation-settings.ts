import { approvalRuleSchema } from '@jalon/domain';
import { z } from 'zod';
import { organisationTextSchema } from './organisation-text.js';
import { defaultCheckpointDays, progressCheckpointsSettingSchema } from './progress.js';

/**
 * The roles that may take part in a review step. `org_admin` manages people and never reviews;
 * the ministers' cells review at their own steps, whatever the committee's set says.
 */
export const reviewerRoleSchema = z.enum(['committee_member', 'president_office', 'drafter']);
export type ReviewerRole = z.infer<typeof reviewerRoleSchema>;

/** Who reviews at each step the organisation shapes itself; today the committee step alone. */
export const reviewerSetsSchema = z.strictObject({
  /** the roles whose holders (and their deputies) are the committee's members */
  committee: z.array(reviewerRoleSchema).min(1, 'name at least one role').refine((roles) => new Set(roles).size === roles.length, 'name each role once'),
});
export type ReviewerSets = z.infer<typeof reviewerSetsSchema>;

/**
 * What an organisation decides for itself.
 * - `emailSignIn`: its people outside the identity provider (a minister's cell, for instance) may
 *   sign in with a link e-mailed to them, when the installation allows it at all (the portal's
 *   EMAIL_SIGN_IN); off for a new organisation.
 * - `committeeRule`: how the committee's round ends (every member, a quorum, the first answer).
 * - `reviewDays`: working days a review round lasts before reminders turn into escalations.
 * - `allEntitiesObjectivesGoTo`: who drafts the operational objectives of a strategic objective
 *   owned by "(Tous)": every entity, or the President's office alone.
 * - `consolidatorName`: how the service names whoever consolidates the plan (the SPF Interior's
 *   "Cellule Corporate"), shown in e-mails, step names and pages.
 * - `reviewers`: which roles review at the committee step.
 * - `progressCheckpoints`: the days of the year (MM-DD) on which the cycle asks each objective's
 *   owner entity for its progress once the plan is in force.
 */
/** Where objectives owned by "(Tous)" (every entity) are drafted: by each entity's drafter, or by the President's office. */
export const allEntitiesObjectivesGoToSchema = z.enum(['every_entity', 'president_office']);
export type AllEntitiesObjectivesGoTo = z.infer<typeof allEntitiesObjectivesGoToSchema>;

export const organisationSettingsSchema = z.strictObject({
  emailSignIn: z.boolean(),
  committeeRule: approvalRuleSchema,
  reviewDays: z.int().min(1, 'at least one working day').max(60, 'at most 60 working days'),
  allEntitiesObjectivesGoTo: allEntitiesObjectivesGoToSchema,
  consolidatorName: organisationTextSchema,
  reviewers: reviewerSetsSchema,
  progressCheckpoints: progressCheckpointsSettingSchema,
});
export type OrganisationSettings = z.infer<typeof organisationSettingsSchema>;

/**
 * The settings an organisation has until its administrator changes them: what Jalon did before
 * they were settings (a committee where everyone approves, ten working days, "(Tous)" objectives
 * drafted by every entity, the SPF Interior's "Cellule Corporate", committee members reviewing).
 * `emailSignIn` is kept apart: it is off for a new organisation.
 */
export const defaultCycleSettings: Omit<OrganisationSettings, 'emailSignIn'> = {
  committeeRule: { kind: 'all' },
  reviewDays: 10,
  allEntitiesObjectivesGoTo: 'every_entity',
  consolidatorName: { fr: 'Cellule Corporate', nl: 'Cel Corporate', de: 'Zelle Corporate' },
  reviewers: { committee: ['committee_member'] },
  progressCheckpoints: [...defaultCheckpointDays],
};

/** The cycle settings as stored: each one present replaces its default (stored before a setting existed: the default). */
export const storedCycleSettingsSchema = organisationSettingsSchema.omit({ emailSignIn: true }).partial();

/** A change of settings: the ones named change, the others stay. */
export const organisationSettingsChangeSchema = organisationSettingsSchema.partial()
  .refine((change) => Object.keys(change).length > 0, { message: 'name at least one setting to change, e.g. { "emailSignIn": true }' });
export type OrganisationSettingsChange = z.infer<typeof organisationSettingsChangeSchema>;
