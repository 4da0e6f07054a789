import { describe, expect, it } from 'vitest'
import { checkSlot, type SlotRejection } from './availability'
import { HOST_ZONES, HOURS, RULES, YEAR_END_2026, at, jst, useHostZone } from './test-support'

// Boundary semantics: a slot is bookable while now <= its deadline (now == deadline is still in time).
const MS = 1
const MIN = 60_000

type Row = [label: string, start: string, now: Date, closed: readonly string[], expected: 'ok' | SlotRejection]

const CASES: Row[] = [
  // Weekday lead time: Tue 2026-12-01 14:00 -> deadline 11:00.
  ['weekday, 1 min before the deadline', jst('2026-12-01', '14:00'), at(jst('2026-12-01', '11:00'), -MIN), [], 'ok'],
  [
    'weekday, exactly at the deadline (3h before)',
    jst('2026-12-01', '14:00'),
    at(jst('2026-12-01', '11:00')),
    [],
    'ok',
  ],
  ['weekday, 1 ms after the deadline', jst('2026-12-01', '14:00'), at(jst('2026-12-01', '11:00'), MS), [], 'too-late'],
  [
    'weekday, 1 min after the deadline',
    jst('2026-12-01', '14:00'),
    at(jst('2026-12-01', '11:00'), MIN),
    [],
    'too-late',
  ],
  ['weekday, start == now', jst('2026-12-01', '14:00'), at(jst('2026-12-01', '14:00')), [], 'past'],
  ['weekday, started 1 ms ago', jst('2026-12-01', '14:00'), at(jst('2026-12-01', '14:00'), MS), [], 'past'],
  // Saturday cutoff: Sat 2026-12-05 -> Fri 2026-12-04 18:00.
  ['Saturday, Friday 17:59', jst('2026-12-05', '10:00'), at(jst('2026-12-04', '17:59')), [], 'ok'],
  ['Saturday, Friday 18:00 exactly', jst('2026-12-05', '17:00'), at(jst('2026-12-04', '18:00')), [], 'ok'],
  ['Saturday, Friday 18:00 + 1 ms', jst('2026-12-05', '17:00'), at(jst('2026-12-04', '18:00'), MS), [], 'too-late'],
  ['Saturday, Friday 18:01', jst('2026-12-05', '10:00'), at(jst('2026-12-04', '18:01')), [], 'too-late'],
  [
    'Saturday, that morning: 8h ahead but past the cutoff',
    jst('2026-12-05', '17:00'),
    at(jst('2026-12-05', '09:00')),
    [],
    'too-late',
  ],
  // Friday national holiday (Vernal Equinox Day 2026-03-20): cutoff moves to Thursday 18:00.
  ['Sat after Fri holiday, Thu 18:00', jst('2026-03-21', '10:00'), at(jst('2026-03-19', '18:00')), [], 'ok'],
  [
    'Sat after Fri holiday, Thu 18:00 + 1 ms',
    jst('2026-03-21', '10:00'),
    at(jst('2026-03-19', '18:00'), MS),
    [],
    'too-late',
  ],
  ['Sat after Fri holiday, on the holiday', jst('2026-03-21', '10:00'), at(jst('2026-03-20', '12:00')), [], 'too-late'],
  ['the Friday holiday itself', jst('2026-03-20', '14:00'), at(jst('2026-03-16', '09:00')), [], 'closed-day'],
  // Year-end: Thu 2026-12-31 is open by law, Fri 2027-01-01 is a holiday, settings close 12/29-1/3.
  ['Dec 31 without closures', jst('2026-12-31', '10:00'), at(jst('2026-12-21', '09:00')), [], 'ok'],
  ['Dec 31 with the closure', jst('2026-12-31', '10:00'), at(jst('2026-12-21', '09:00')), YEAR_END_2026, 'closed-day'],
  ['Jan 1 (holiday)', jst('2027-01-01', '10:00'), at(jst('2026-12-21', '09:00')), [], 'closed-day'],
  [
    'Sat Jan 2 without closures, Thu Dec 31 18:00',
    jst('2027-01-02', '10:00'),
    at(jst('2026-12-31', '18:00')),
    [],
    'ok',
  ],
  [
    'Sat Jan 2 without closures, Dec 31 18:01',
    jst('2027-01-02', '10:00'),
    at(jst('2026-12-31', '18:01')),
    [],
    'too-late',
  ],
  [
    'Sat Jan 2 with the closure',
    jst('2027-01-02', '10:00'),
    at(jst('2026-12-21', '09:00')),
    YEAR_END_2026,
    'closed-day',
  ],
  ['Mon Jan 4 after the closure', jst('2027-01-04', '10:00'), at(jst('2026-12-28', '09:00')), YEAR_END_2026, 'ok'],
  // Closed days.
  [
    'national holiday on a weekday (Mon 2026-11-23)',
    jst('2026-11-23', '14:00'),
    at(jst('2026-11-20', '09:00')),
    [],
    'closed-day',
  ],
  ['Sunday', jst('2026-12-06', '14:00'), at(jst('2026-12-01', '09:00')), [], 'closed-day'],
  ['office closed date', jst('2026-12-02', '14:00'), at(jst('2026-12-01', '09:00')), ['2026-12-02'], 'closed-day'],
  [
    'other days unaffected by a closed date',
    jst('2026-12-03', '14:00'),
    at(jst('2026-12-01', '09:00')),
    ['2026-12-02'],
    'ok',
  ],
  // Grid alignment.
  ['last weekday slot 19:00-20:00', jst('2026-12-01', '19:00'), at(jst('2026-12-01', '09:00')), [], 'ok'],
  ['20:00 would end after closing', jst('2026-12-01', '20:00'), at(jst('2026-12-01', '09:00')), [], 'not-a-slot'],
  ['before opening', jst('2026-12-01', '09:00'), at(jst('2026-11-30', '09:00')), [], 'not-a-slot'],
  ['half past', jst('2026-12-01', '10:30'), at(jst('2026-11-30', '09:00')), [], 'not-a-slot'],
  [
    'Saturday 18:00 would end after closing',
    jst('2026-12-05', '18:00'),
    at(jst('2026-12-01', '09:00')),
    [],
    'not-a-slot',
  ],
  ['30 s past the hour', '2026-12-01T01:00:30Z', at(jst('2026-11-30', '09:00')), [], 'not-a-slot'],
  ['1 ms past the hour', '2026-12-01T01:00:00.001Z', at(jst('2026-11-30', '09:00')), [], 'not-a-slot'],
  ['offset form of a real slot', '2026-12-01T14:00:00+09:00', at(jst('2026-11-30', '09:00')), [], 'ok'],
  // Horizon: now Mon 2026-11-30, 28 days -> the last bookable date is Mon 2026-12-28.
  ['last day of the horizon', jst('2026-12-28', '19:00'), at(jst('2026-11-30', '00:00')), [], 'ok'],
  ['first day past the horizon', jst('2026-12-29', '10:00'), at(jst('2026-11-30', '23:59')), [], 'beyond-horizon'],
  // Input the client controls.
  ['no offset', '2026-12-01T14:00:00', at(jst('2026-11-30', '09:00')), [], 'invalid'],
  ['impossible date', '2026-02-30T01:00:00Z', at(jst('2026-01-30', '09:00')), [], 'invalid'],
  ['garbage', 'tomorrow at ten', at(jst('2026-11-30', '09:00')), [], 'invalid'],
  ['invalid now', jst('2026-12-01', '14:00'), new Date(NaN), [], 'invalid'],
]

describe.each(HOST_ZONES)('checkSlot with the host in %s', (zone) => {
  useHostZone(zone)

  it.each(CASES)('checkSlot: %s', (_label, start, now, closed, expected) => {
    const result = checkSlot({ start, now, hours: HOURS, rules: RULES, closedDates: closed })
    expect(result.ok ? 'ok' : result.reason).toBe(expected)
  })

  it('returns the normalized slot when it accepts one', () => {
    const result = checkSlot({
      start: '2026-12-01T14:00:00+09:00',
      now: at(jst('2026-11-30', '09:00')),
      hours: HOURS,
      rules: RULES,
      closedDates: [],
    })
    expect(result).toEqual({
      ok: true,
      date: '2026-12-01',
      slot: { start: '2026-12-01T05:00:00.000Z', tokyoTime: '14:00', end: '2026-12-01T06:00:00.000Z' },
    })
  })
})
