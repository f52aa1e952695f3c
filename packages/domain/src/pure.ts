/**
 * The domain without its zod schemas: what workflow code imports (`@jalon/domain/pure`). Every new
 * workflow evaluates the modules of its bundle again, and building zod's schemas there was a quarter
 * of the worker's workflow CPU. test/workflows/bundle.test.ts keeps zod out.
 */
export * from './calendar-date.js';
export * from './one-month-after.js';
export * from './operational-year.js';
export * from './brussels-time.js';
export * from './belgian-holidays.js';
export * from './working-days.js';
export * from './reminder-schedule.js';
export * from './approval-rules.js';
export * from './scoped-review.js';
export * from './deadline-follow-up.js';
export * from './decision-acceptance.js';
export * from './date-plausibility.js';
export * from './seats.js';
export * from './progress-schedule.js';
