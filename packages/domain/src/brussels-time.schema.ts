import { z } from 'zod';
import { WALL_CLOCK_TIME } from './brussels-time.js';

export const wallClockTimeSchema = z
  .string()
  .regex(WALL_CLOCK_TIME, { message: 'Expected a time written HH:MM on a 24-hour clock (for example 09:00)' });

export type WallClockTime = z.infer<typeof wallClockTimeSchema>;
