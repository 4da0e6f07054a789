import { describe, expect, it } from 'vitest'
import { japaneseHolidaysBetween } from './holidays'
import { bookingDeadline, consultationDay, isBusinessDay, previousBusinessDay, slotsForDay } from './slots'
import { HOST_ZONES, HOURS, RULES, YEAR_END_2026, jst, useHostZone } from './test-support'
import { addDays, isCalendarDate, weekdayOf } from './tokyo-time'

const WEEKDAY_SLOTS = ['10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00', '18:00', '19:00']
const SATURDAY_SLOTS = ['10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00']

describe.each(HOST_ZONES)('the consultation calendar with the host in %s', (zone) => {
  useHostZone(zone)

  it.each([
    ['2026-12-04', [], true], // Friday
    ['2026-12-05', [], false], // Saturday: consultations yes, business day no
    ['2026-12-06', [], false], // Sunday
    ['2026-11-23', [], false], // Labor Thanksgiving Day, a Monday
    ['2026-12-02', ['2026-12-02'], false], // office closed day
    ['2026-12-31', [], true], // Thursday, not a holiday by law
    ['2026-12-31', YEAR_END_2026, false], // ... unless settings close it
    ['2027-01-01', [], false],
    ['12/04/2026', [], false],
  ])('isBusinessDay(%s, %j) = %s', (date, closed, expected) => {
    expect(isBusinessDay(date, closed)).toBe(expected)
    expect(isBusinessDay(date, new Set(closed))).toBe(expected)
  })

  it.each([
    ['2026-12-01', [], { open: '10:00', close: '20:00' }],
    ['2026-12-05', [], { open: '10:00', close: '18:00' }],
    ['2026-12-06', [], null],
    ['2026-11-23', [], null],
    ['2026-03-20', [], null], // Friday holiday
    ['2026-12-02', ['2026-12-02'], null],
    ['2026-12-31', [], { open: '10:00', close: '20:00' }],
    ['2026-12-31', YEAR_END_2026, null],
    ['2027-01-02', YEAR_END_2026, null], // a Saturday inside the closure
    ['2027-01-09', YEAR_END_2026, { open: '10:00', close: '18:00' }],
  ])('consultationDay(%s, %j)', (date, closed, expected) => {
    expect(consultationDay(date, HOURS, closed)).toEqual(expected)
  })

  it('has no Saturday consultations when settings have no Saturday hours', () => {
    expect(consultationDay('2026-12-05', { ...HOURS, consultationSaturday: null }, [])).toBeNull()
  })

  it.each([
    ['weekday, 60 min', '2026-12-01', 60, WEEKDAY_SLOTS],
    ['Saturday, 60 min', '2026-12-05', 60, SATURDAY_SLOTS],
    [
      'weekday, 90 min: the last slot must end by 20:00',
      '2026-12-01',
      90,
      ['10:00', '11:30', '13:00', '14:30', '16:00', '17:30'],
    ],
    [
      'Saturday, 45 min',
      '2026-12-05',
      45,
      ['10:00', '10:45', '11:30', '12:15', '13:00', '13:45', '14:30', '15:15', '16:00', '16:45'],
    ],
    ['Sunday', '2026-12-06', 60, []],
    ['holiday', '2026-11-23', 60, []],
  ])('slotsForDay: %s', (_label, date, slotMinutes, expected) => {
    expect(slotsForDay(date, HOURS, { slotMinutes }, [])).toEqual(expected)
  })

  it('gives no slots on a closed date or with a non-positive step', () => {
    expect(slotsForDay('2026-12-01', HOURS, RULES, ['2026-12-01'])).toEqual([])
    expect(slotsForDay('2026-12-01', HOURS, { slotMinutes: 0 }, [])).toEqual([])
  })

  it.each([
    ['weekday slot: 3 hours before', jst('2026-12-01', '14:00'), [], RULES, jst('2026-12-01', '11:00')],
    [
      'first weekday slot reaches back into the night',
      jst('2026-12-01', '10:00'),
      [],
      RULES,
      jst('2026-12-01', '07:00'),
    ],
    [
      'fractional lead hours',
      jst('2026-12-01', '14:00'),
      [],
      { ...RULES, weekdayLeadHours: 1.5 },
      jst('2026-12-01', '12:30'),
    ],
    ['Saturday: Friday 18:00', jst('2026-12-05', '10:00'), [], RULES, jst('2026-12-04', '18:00')],
    ['Saturday, late slot: still Friday 18:00', jst('2026-12-05', '17:00'), [], RULES, jst('2026-12-04', '18:00')],
    [
      'Saturday, cutoff 17:30',
      jst('2026-12-05', '10:00'),
      [],
      { ...RULES, saturdayCutoff: '17:30' },
      jst('2026-12-04', '17:30'),
    ],
    [
      'Saturday after a closed Friday: Thursday',
      jst('2026-12-05', '10:00'),
      ['2026-12-04'],
      RULES,
      jst('2026-12-03', '18:00'),
    ],
    [
      'Saturday after Vernal Equinox Day (Fri 2026-03-20): Thursday',
      jst('2026-03-21', '10:00'),
      [],
      RULES,
      jst('2026-03-19', '18:00'),
    ],
    [
      'Saturday after New Year (Fri 2027-01-01): Thursday Dec 31',
      jst('2027-01-02', '10:00'),
      [],
      RULES,
      jst('2026-12-31', '18:00'),
    ],
    [
      'same, with the year-end closure: Monday Dec 28',
      jst('2027-01-02', '10:00'),
      YEAR_END_2026,
      RULES,
      jst('2026-12-28', '18:00'),
    ],
    [
      'Saturday after the closure: Friday Jan 8',
      jst('2027-01-09', '10:00'),
      YEAR_END_2026,
      RULES,
      jst('2027-01-08', '18:00'),
    ],
  ])('bookingDeadline: %s', (_label, start, closed, rules, expected) => {
    expect(bookingDeadline(new Date(start), rules, closed)?.toISOString()).toBe(expected)
  })

  it('finds Thursday 18:00 for the Saturday after every Friday holiday in the data for 2026-2030', () => {
    const fridayHolidays = japaneseHolidaysBetween('2026-01-01', '2030-12-31').filter((h) => weekdayOf(h.date) === 5)
    expect(fridayHolidays.length).toBeGreaterThan(2)
    for (const { date: friday } of fridayHolidays) {
      const saturday = addDays(friday, 1)
      const thursday = addDays(friday, -1)
      const expected = isBusinessDay(thursday, []) ? thursday : previousBusinessDay(thursday, [])
      expect(bookingDeadline(new Date(jst(saturday, '10:00')), RULES, [])?.toISOString()).toBe(jst(expected!, '18:00'))
    }
  })

  it('walks back over long closures, and gives up after a year', () => {
    // 2026-11-01..2026-12-10 closed; before it, Sat 10-31, then Fri 10-30.
    const closedMonth = Array.from({ length: 40 }, (_, i) => addDays('2026-11-01', i))
    expect(previousBusinessDay('2026-12-11', closedMonth)).toBe('2026-10-30')
    const closedYear = Array.from({ length: 400 }, (_, i) => addDays('2025-12-01', i))
    expect(bookingDeadline(new Date(jst('2026-12-05', '10:00')), RULES, closedYear)).toBeNull()
    expect(bookingDeadline(new Date(NaN), RULES, [])).toBeNull()
    expect(closedYear.every(isCalendarDate)).toBe(true)
  })
})
