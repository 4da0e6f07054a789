import { describe, expect, it } from 'vitest'
import { HOST_ZONES, useHostZone } from './test-support'
import {
  addDays,
  daysBetween,
  instantToTokyo,
  instantToWallTime,
  isCalendarDate,
  minutesToTime,
  parseInstant,
  timeToMinutes,
  tokyoDate,
  tokyoToInstant,
  wallTimeToInstant,
  weekdayOf,
} from './tokyo-time'

describe.each(HOST_ZONES)('tokyo-time with the host in %s', (zone) => {
  useHostZone(zone)

  it.each([
    // instant, Japan date, time, weekday
    ['2026-12-01T01:00:00Z', '2026-12-01', '10:00', 2],
    ['2026-11-30T15:00:00Z', '2026-12-01', '00:00', 2], // Japan is already on the next day
    ['2026-11-30T14:59:59.999Z', '2026-11-30', '23:59', 1],
    ['2026-12-31T15:00:00Z', '2027-01-01', '00:00', 5],
    ['2026-03-08T10:30:00Z', '2026-03-08', '19:30', 0], // US DST starts that day; Japan unaffected
    ['2026-12-01T10:00:00+09:00', '2026-12-01', '10:00', 2],
  ] as const)('instantToTokyo(%s) = %s %s', (instant, date, time, weekday) => {
    expect(instantToTokyo(instant)).toEqual({ date, time, weekday })
    expect(instantToTokyo(new Date(instant))).toEqual({ date, time, weekday })
  })

  it.each([
    ['2026-12-01', '10:00', '2026-12-01T01:00:00.000Z'],
    ['2026-12-01', '00:00', '2026-11-30T15:00:00.000Z'],
    ['2027-01-01', '00:00', '2026-12-31T15:00:00.000Z'],
    ['2026-03-08', '02:30', '2026-03-07T17:30:00.000Z'], // a missing hour in Los Angeles, not in Japan
  ])('tokyoToInstant(%s, %s) = %s', (date, time, iso) => {
    expect(tokyoToInstant(date, time)?.toISOString()).toBe(iso)
  })

  it.each([
    ['2026-02-30', '10:00'],
    ['2026-12-01', '24:00'],
    ['2026-12-01', '9:00'],
    ['', '10:00'],
  ])('tokyoToInstant(%j, %j) is null', (date, time) => {
    expect(tokyoToInstant(date, time)).toBeNull()
  })

  it('handles DST zones properly: gap -> null, overlap -> earlier instant', () => {
    expect(wallTimeToInstant('2026-03-08', '02:30', 'America/Los_Angeles')).toBeNull()
    expect(wallTimeToInstant('2026-11-01', '01:30', 'America/Los_Angeles')?.toISOString()).toBe(
      '2026-11-01T08:30:00.000Z',
    )
    expect(wallTimeToInstant('2026-03-29', '02:30', 'Europe/Berlin')).toBeNull()
    expect(instantToWallTime('2026-11-01T09:30:00Z', 'America/Los_Angeles').time).toBe('01:30')
  })

  it('round-trips every hour of a year through Japan wall time', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 60 * 60_000) {
      const wall = instantToTokyo(new Date(ms))
      expect(tokyoToInstant(wall.date, wall.time)?.getTime()).toBe(ms)
    }
  })

  it.each([
    ['2026-12-01T01:00:00Z', '2026-12-01T01:00:00.000Z'],
    ['2026-12-01T01:00Z', '2026-12-01T01:00:00.000Z'],
    ['2026-12-01T10:00:00.000+09:00', '2026-12-01T01:00:00.000Z'],
    ['2026-12-01T10:00:00+0900', '2026-12-01T01:00:00.000Z'],
    ['2026-12-01T10:00:00', null], // no offset: would be read in the host zone
    ['2026-12-01', null],
    ['2026-02-30T01:00:00Z', null], // Date would roll this over to March 2
    ['2026-12-01T24:00:00Z', null],
    ['not a date', null],
    ['', null],
  ])('parseInstant(%j)', (value, expected) => {
    expect(parseInstant(value)?.toISOString() ?? null).toBe(expected)
  })

  it('does calendar arithmetic on date strings', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09') // across the US DST change
    expect(daysBetween('2026-11-30', '2026-12-28')).toBe(28)
    expect(daysBetween('2026-12-28', '2026-11-30')).toBe(-28)
    expect([weekdayOf('2026-12-06'), weekdayOf('2026-12-05'), weekdayOf('2027-01-01')]).toEqual([0, 6, 5])
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError)
  })

  it('converts times of day', () => {
    expect(timeToMinutes('19:30')).toBe(1170)
    expect(minutesToTime(1170)).toBe('19:30')
    expect(() => timeToMinutes('25:00')).toThrow(RangeError)
    expect(() => minutesToTime(1440)).toThrow(RangeError)
  })

  it('tokyoDate is the Japan calendar date, not the host one', () => {
    expect(tokyoDate(new Date('2026-11-30T20:00:00Z'))).toBe('2026-12-01')
  })

  it('rejects unknown zones and invalid instants', () => {
    expect(() => instantToWallTime('2026-12-01T01:00:00Z', 'Mars/Olympus')).toThrow(RangeError)
    expect(() => instantToTokyo(new Date(NaN))).toThrow(RangeError)
    expect(() => instantToTokyo('2026-12-01T10:00')).toThrow(RangeError)
  })
})
