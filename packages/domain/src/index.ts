export * from './calendar-date.js';
export * from './one-month-after.js';
export * from './brussels-time.js';
export * from './belgian-holidays.js';
export * from './working-days.js';
export * from './reminder-schedule.js';
export * from './approval-rules.js';
export * from './scoped-review.js';
