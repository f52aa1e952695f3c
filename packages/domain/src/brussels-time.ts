import type { WallClockTime } from './brussels-time.schema.js';
import { type CalendarDate, addDays, formatCalendarDate, toEpochDay } from './calendar-date.js';

/*
 * Deadlines and reminders are stated in Brussels wall-clock time, while timers and storage work with UTC
 * instants. The offset is asked from Intl (the platform's tz database) instead of hard-coding the EU rule,
 * so historical and future rule changes follow the runtime's data. No clock is ever read here.
 */

export const BRUSSELS_TIME_ZONE = 'Europe/Brussels';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** A wall-clock time `HH:MM`, 24-hour. */
export const WALL_CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export type { WallClockTime };

export interface BrusselsWallClock {
  date: CalendarDate;
  time: WallClockTime;
}

// One shared formatter: building Intl formatters is comparatively expensive and this one is stateless.
const brusselsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: BRUSSELS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallPartsOf(epochMs: number): WallParts {
  const values: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of brusselsFormatter.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const { year, month, day, hour, minute, second } = values;
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined
  ) {
    throw new Error(`Intl.DateTimeFormat did not return a full Brussels date and time for ${epochMs}`);
  }
  return { year, month, day, hour, minute, second };
}

function assertValidInstant(instant: Date): number {
  const epochMs = instant.getTime();
  if (Number.isNaN(epochMs)) throw new RangeError('Invalid Date given where a UTC instant was expected');
  return epochMs;
}

/** Offset of Brussels from UTC, in milliseconds, at a given instant (3 600 000 in winter, 7 200 000 in summer). */
export function brusselsOffsetMs(instant: Date): number {
  const epochMs = assertValidInstant(instant);
  // Intl has no sub-second parts, so compare against the instant truncated to the second.
  const wholeSecondMs = epochMs - (((epochMs % 1000) + 1000) % 1000);
  const wall = wallPartsOf(wholeSecondMs);
  const wallAsUtcMs =
    toEpochDay(formatCalendarDate(wall)) * MS_PER_DAY +
    wall.hour * 3_600_000 +
    wall.minute * MS_PER_MINUTE +
    wall.second * 1000;
  return wallAsUtcMs - wholeSecondMs;
}

function timeToMs(time: WallClockTime): number {
  if (!WALL_CLOCK_TIME.test(time)) throw new RangeError(`"${time}" is not a time written HH:MM on a 24-hour clock`);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 3_600_000 + minutes * MS_PER_MINUTE;
}

/**
 * The UTC instant at which the Brussels clock shows `time` on `date`.
 * In the spring gap (a time that does not exist) the result is moved forward by the length of the gap,
 * so 02:30 on the last Sunday of March becomes 03:30 summer time: a reminder is late rather than lost.
 * In the autumn overlap (a time that occurs twice) the first occurrence is chosen, so nothing fires an
 * hour later than promised.
 */
export function brusselsInstant(date: CalendarDate, time: WallClockTime = '00:00'): Date {
  const wallAsUtcMs = toEpochDay(date) * MS_PER_DAY + timeToMs(time);
  const offsetBefore = brusselsOffsetMs(new Date(wallAsUtcMs - MS_PER_DAY));
  const offsetAfter = brusselsOffsetMs(new Date(wallAsUtcMs + MS_PER_DAY));
  // A larger offset gives an earlier instant, so trying it first picks the first occurrence in an overlap.
  const candidates = [...new Set([offsetBefore, offsetAfter])].sort((a, b) => b - a);
  for (const offset of candidates) {
    const instantMs = wallAsUtcMs - offset;
    if (brusselsOffsetMs(new Date(instantMs)) === offset) return new Date(instantMs);
  }
  // Gap: read the wall time with the offset in force before the change, which lands after the gap.
  return new Date(wallAsUtcMs - offsetBefore);
}

export function brusselsWallClockOf(instant: Date): BrusselsWallClock {
  const wall = wallPartsOf(assertValidInstant(instant));
  return {
    date: formatCalendarDate(wall),
    time: `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`,
  };
}

/** The day the Brussels calendar shows at that instant (which may differ from the UTC date near midnight). */
export function brusselsDateOf(instant: Date): CalendarDate {
  return formatCalendarDate(wallPartsOf(assertValidInstant(instant)));
}

export function startOfBrusselsDay(date: CalendarDate): Date {
  return brusselsInstant(date, '00:00');
}

/**
 * A thing "due on D" is still on time throughout D in Brussels; it becomes late at this instant.
 * Using the next midnight instead of 23:59:59.999 leaves no millisecond unaccounted for.
 */
export function startOfNextBrusselsDay(date: CalendarDate): Date {
  return brusselsInstant(addDays(date, 1), '00:00');
}

/** True once the whole Brussels day `dueDate` has passed at `instant`. */
export function isPastBrusselsDay(dueDate: CalendarDate, instant: Date): boolean {
  return assertValidInstant(instant) >= startOfNextBrusselsDay(dueDate).getTime();
}
