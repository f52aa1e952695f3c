import { z } from 'zod';
import { FEDERAL_EXTRA_DAYS_OFF } from './belgian-holidays.js';
import { daysInMonth } from './calendar-date.js';
import { calendarDateSchema } from './calendar-date.schema.js';

/** French and Dutch are required for everything a person reads; German is added where it is known. */
export const localizedNameSchema = z.object({
  fr: z.string().min(1),
  nl: z.string().min(1),
  de: z.string().min(1).optional(),
});

export type LocalizedName = z.infer<typeof localizedNameSchema>;

export const recurringDayOffSchema = z
  .object({
    month: z.int().min(1).max(12),
    day: z.int().min(1).max(31),
    name: localizedNameSchema,
  })
  // 29 February is allowed (it simply does not occur in common years); 31 April is a typo.
  .refine((value) => value.day <= daysInMonth(2024, value.month), {
    message: 'This day does not exist in that month',
    path: ['day'],
  });

export const specificDayOffSchema = z.object({
  date: calendarDateSchema,
  name: localizedNameSchema,
});

export const extraDayOffSchema = z.union([recurringDayOffSchema, specificDayOffSchema]);

export type RecurringDayOff = z.infer<typeof recurringDayOffSchema>;
export type SpecificDayOff = z.infer<typeof specificDayOffSchema>;
export type ExtraDayOff = z.infer<typeof extraDayOffSchema>;

/**
 * Omitting a field gives the federal default, so `holidayCalendarSchema.parse({})` is the calendar of a
 * federal public service. Parsed calendars are frozen: one shared configuration must not drift at run time.
 */
export const holidayCalendarSchema = z
  .object({
    /** Whether the ten legal Belgian public holidays are days off. */
    publicHolidays: z.boolean().default(true),
    extraDaysOff: z
      .array(extraDayOffSchema)
      .readonly()
      .default(() => FEDERAL_EXTRA_DAYS_OFF),
  })
  .readonly();

export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>;
