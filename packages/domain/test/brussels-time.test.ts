import t from 'tap';
import {
  brusselsDateOf,
  brusselsInstant,
  brusselsOffsetMs,
  brusselsWallClockOf,
  isPastBrusselsDay,
  startOfBrusselsDay,
  startOfNextBrusselsDay,
  wallClockTimeSchema,
} from '../src/index.js';

const HOUR = 3_600_000;
const utc = (iso: string): Date => new Date(iso);

t.test('winter and summer offsets', async (t) => {
  t.equal(brusselsInstant('2025-01-15', '09:00').toISOString(), '2025-01-15T08:00:00.000Z', 'UTC+1 in winter');
  t.equal(brusselsInstant('2025-07-15', '09:00').toISOString(), '2025-07-15T07:00:00.000Z', 'UTC+2 in summer');
  t.equal(brusselsOffsetMs(utc('2025-01-15T12:00:00Z')), HOUR);
  t.equal(brusselsOffsetMs(utc('2025-07-15T12:00:00Z')), 2 * HOUR);
});

t.test('spring change, Sunday 30 March 2025: clocks jump from 02:00 to 03:00', async (t) => {
  t.equal(brusselsInstant('2025-03-30').toISOString(), '2025-03-29T23:00:00.000Z', 'midnight is still winter time');
  t.equal(brusselsInstant('2025-03-30', '01:59').toISOString(), '2025-03-30T00:59:00.000Z');
  t.equal(brusselsInstant('2025-03-30', '03:00').toISOString(), '2025-03-30T01:00:00.000Z', 'first summer-time minute');
  t.equal(
    brusselsInstant('2025-03-30', '02:30').toISOString(),
    '2025-03-30T01:30:00.000Z',
    'the non-existent 02:30 moves forward to 03:30 summer time',
  );
  t.same(brusselsWallClockOf(brusselsInstant('2025-03-30', '02:30')), { date: '2025-03-30', time: '03:30' });
  t.equal(brusselsInstant('2025-03-30', '09:00').toISOString(), '2025-03-30T07:00:00.000Z');
  t.equal(
    startOfNextBrusselsDay('2025-03-30').getTime() - startOfBrusselsDay('2025-03-30').getTime(),
    23 * HOUR,
    'that day lasts 23 hours',
  );
});

t.test('a plan due on Monday 31 March 2025 is due from 22:00 UTC the day before', async (t) => {
  t.equal(brusselsInstant('2025-03-31').toISOString(), '2025-03-30T22:00:00.000Z');
  t.equal(brusselsDateOf(utc('2025-03-30T22:00:00Z')), '2025-03-31', 'already 31 March in Brussels');
  t.equal(brusselsDateOf(utc('2025-03-30T21:59:59.999Z')), '2025-03-30');
  t.equal(startOfNextBrusselsDay('2025-03-31').toISOString(), '2025-03-31T22:00:00.000Z');
  t.equal(isPastBrusselsDay('2025-03-31', utc('2025-03-31T21:59:59.999Z')), false, 'still on time at 23:59:59.999');
  t.equal(isPastBrusselsDay('2025-03-31', utc('2025-03-31T22:00:00Z')), true, 'late at midnight Brussels');
  t.equal(isPastBrusselsDay('2025-03-31', utc('2025-03-31T10:00:00Z')), false);
});

t.test('autumn change, Sunday 26 October 2025: 02:00–03:00 happens twice', async (t) => {
  t.equal(brusselsInstant('2025-10-26').toISOString(), '2025-10-25T22:00:00.000Z', 'midnight is still summer time');
  t.equal(
    brusselsInstant('2025-10-26', '02:30').toISOString(),
    '2025-10-26T00:30:00.000Z',
    'the repeated 02:30 is its first occurrence (summer time)',
  );
  t.equal(brusselsInstant('2025-10-26', '03:00').toISOString(), '2025-10-26T02:00:00.000Z', 'winter time again');
  t.equal(brusselsInstant('2025-10-26', '09:00').toISOString(), '2025-10-26T08:00:00.000Z');
  t.same(brusselsWallClockOf(utc('2025-10-26T00:30:00Z')), { date: '2025-10-26', time: '02:30' });
  t.same(brusselsWallClockOf(utc('2025-10-26T01:30:00Z')), { date: '2025-10-26', time: '02:30' });
  t.equal(
    startOfNextBrusselsDay('2025-10-26').getTime() - startOfBrusselsDay('2025-10-26').getTime(),
    25 * HOUR,
    'that day lasts 25 hours',
  );
  t.equal(startOfNextBrusselsDay('2025-10-26').toISOString(), '2025-10-26T23:00:00.000Z');
});

t.test('other years follow the last-Sunday-of-March/October rule', async (t) => {
  t.equal(brusselsInstant('2024-03-31', '02:30').toISOString(), '2024-03-31T01:30:00.000Z');
  t.equal(brusselsInstant('2026-03-29', '03:00').toISOString(), '2026-03-29T01:00:00.000Z');
  t.equal(brusselsInstant('2026-03-28', '03:00').toISOString(), '2026-03-28T02:00:00.000Z', 'the Saturday before');
  t.equal(brusselsInstant('2026-10-25', '02:30').toISOString(), '2026-10-25T00:30:00.000Z');
});

t.test('the Brussels date differs from the UTC date late in the evening', async (t) => {
  t.equal(brusselsDateOf(utc('2025-12-31T23:30:00Z')), '2026-01-01');
  t.equal(brusselsDateOf(utc('2025-12-31T22:59:59Z')), '2025-12-31');
  t.equal(brusselsDateOf(utc('2025-06-30T22:00:00Z')), '2025-07-01');
});

t.test('wall clock and instant round-trip every hour of the DST days', async (t) => {
  for (const date of ['2025-03-30', '2025-10-26'] as const) {
    for (let hour = 0; hour < 24; hour += 1) {
      const time = `${String(hour).padStart(2, '0')}:15`;
      const back = brusselsWallClockOf(brusselsInstant(date, time));
      if (date === '2025-03-30' && hour === 2) t.same(back, { date, time: '03:15' }, 'the gap moves forward');
      else t.same(back, { date, time }, `${date} ${time}`);
    }
  }
});

t.test('times must be written HH:MM and instants must be valid', async (t) => {
  t.ok(wallClockTimeSchema.safeParse('09:00').success);
  t.ok(wallClockTimeSchema.safeParse('23:59').success);
  for (const bad of ['9:00', '24:00', '09:60', '09:00:00', 'nine']) {
    t.notOk(wallClockTimeSchema.safeParse(bad).success, `${bad} is refused`);
  }
  t.throws(() => brusselsInstant('2025-03-30', '24:00'), RangeError);
  t.throws(() => brusselsInstant('2025-02-30'), RangeError);
  t.throws(() => brusselsDateOf(new Date(Number.NaN)), RangeError);
});
