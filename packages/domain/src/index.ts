export * from './pure.js';
export * from './calendar-date.schema.js';
export * from './brussels-time.schema.js';
export * from './belgian-holidays.schema.js';
export * from './reminder-schedule.schema.js';
export * from './approval-rules.schema.js';
