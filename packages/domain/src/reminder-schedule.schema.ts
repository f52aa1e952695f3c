import { z } from 'zod';
import { wallClockTimeSchema } from './brussels-time.schema.js';
import { DEFAULT_ESCALATION_DAYS, DEFAULT_REMINDER_OFFSETS_DAYS, DEFAULT_SEND_TIME } from './reminder-schedule.js';

export const reminderOptionsSchema = z.object({
  /** Calendar days before the due date; 0 means on the due date itself. */
  offsetsDays: z
    .array(z.int().min(0))
    .readonly()
    .default(() => DEFAULT_REMINDER_OFFSETS_DAYS),
  /** Brussels wall-clock time at which reminders go out. */
  sendTime: wallClockTimeSchema.default(DEFAULT_SEND_TIME),
});

export type ReminderOptions = z.infer<typeof reminderOptionsSchema>;
export type ReminderOptionsInput = z.input<typeof reminderOptionsSchema>;

export const escalationOptionsSchema = z.object({
  /** Calendar days after the due date at which the Minister's cell is alerted. */
  ministerAfterDays: z.int().min(1).default(DEFAULT_ESCALATION_DAYS),
  /** Calendar days between successive alerts to the Minister's cell. */
  repeatEveryDays: z.int().min(1).default(DEFAULT_ESCALATION_DAYS),
  /** Brussels wall-clock time at which escalations go out. */
  sendTime: wallClockTimeSchema.default(DEFAULT_SEND_TIME),
});

export type EscalationOptions = z.infer<typeof escalationOptionsSchema>;
export type EscalationOptionsInput = z.input<typeof escalationOptionsSchema>;
