import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addYears,
  compareDates,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  fromDayNumber,
  isCalendarDate,
  isLeapYear,
  parseCalendarDate,
  toDayNumber,
} from './calendar-date'

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-04-30', true],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['0000-01-01', false],
    ['0001-01-01', true],
    ['2025-1-01', false],
    ['2025-01-01T00:00', false],
    [' 2025-01-01', false],
    ['', false],
  ])('%s is a real date: %s', (value, real) => {
    expect(isCalendarDate(value)).toBe(real)
    expect(parseCalendarDate(value) !== null).toBe(real)
  })

  it('rejects non-strings', () => {
    expect(isCalendarDate(20250101)).toBe(false)
    expect(isCalendarDate(null)).toBe(false)
  })

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true])
    expect([1, 2, 4, 6, 9, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 30, 30, 30, 30, 31])
    expect(daysInMonth(2024, 2)).toBe(29)
  })

  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0)
    expect(toDayNumber('1969-12-31')).toBe(-1)
    expect(toDayNumber('2000-03-01')).toBe(11017)
    expect(fromDayNumber(11017)).toBe('2000-03-01')
    expect(fromDayNumber(-719162)).toBe('0001-01-01')
  })

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28')
    expect(addDays('2025-06-30', 3)).toBe('2025-07-03')
  })

  it('adds years, turning 29 February into 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28')
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29')
    expect(addYears('2023-02-28', 1)).toBe('2024-02-28')
    expect(addYears('2021-03-15', 5)).toBe('2026-03-15')
    expect(addYears('2096-02-29', 4)).toBe('2100-02-28')
  })

  it('measures and compares', () => {
    expect(daysBetween('2025-07-01', '2025-12-28')).toBe(180)
    expect(daysBetween('2025-07-02', '2025-07-01')).toBe(-1)
    expect(compareDates('2025-01-01', '2025-01-02')).toBe(-1)
    expect(compareDates('2025-01-02', '2025-01-01')).toBe(1)
    expect(compareDates('2025-01-01', '2025-01-01')).toBe(0)
  })

  it('refuses what it cannot represent', () => {
    expect(() => toDayNumber('2025-02-30')).toThrow(RangeError)
    expect(() => addYears('not a date', 1)).toThrow(RangeError)
    expect(() => addYears('9999-01-01', 1)).toThrow(RangeError)
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError)
    expect(() => fromDayNumber(1.5)).toThrow(RangeError)
    expect(() => formatCalendarDate({ year: 10000, month: 1, day: 1 })).toThrow(RangeError)
  })

  // Date is used here only as an independent oracle; the implementation never touches it.
  it('agrees with the proleptic Gregorian calendar (Date.UTC as oracle)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (dayNumber) => {
        const date = fromDayNumber(dayNumber)
        expect(new Date(dayNumber * 86_400_000).toISOString().slice(0, 10)).toBe(date)
        expect(toDayNumber(date)).toBe(dayNumber)
        expect(isCalendarDate(date)).toBe(true)
      }),
    )
  })

  it('addDays is the inverse of itself and consistent with daysBetween', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -5000, max: 5000 }), (start, n) => {
        const date = fromDayNumber(start)
        expect(addDays(addDays(date, n), -n)).toBe(date)
        expect(daysBetween(date, addDays(date, n))).toBe(n)
        expect(compareDates(date, addDays(date, n))).toBe(n > 0 ? -1 : n < 0 ? 1 : 0)
      }),
    )
  })
})
