import { describe, expect, it } from 'vitest'
import { listOpenSlots, type DaySlots } from './availability'
import { HOST_ZONES, HOURS, RULES, YEAR_END_2026, at, jst, useHostZone } from './test-support'

const DAY_OF = (days: DaySlots[]) => days.map((d) => [d.date, d.weekday, d.slots.map((s) => s.tokyoTime).join(' ')])
// One listing per host zone, compared across zones by the last test.
const fingerprints = new Map<string, string>()

describe.each(HOST_ZONES)('listOpenSlots with the host in %s', (zone) => {
  useHostZone(zone)

  const base = { hours: HOURS, rules: RULES, closedDates: [] as string[] }

  it('lists a week from Monday 09:00: Monday from 12:00 (3h lead), no Sunday', () => {
    const days = listOpenSlots({ ...base, now: at(jst('2026-11-30', '09:00')), days: 7 })
    const all = '10:00 11:00 12:00 13:00 14:00 15:00 16:00 17:00 18:00 19:00'
    expect(DAY_OF(days)).toEqual([
      ['2026-11-30', 1, '12:00 13:00 14:00 15:00 16:00 17:00 18:00 19:00'],
      ['2026-12-01', 2, all],
      ['2026-12-02', 3, all],
      ['2026-12-03', 4, all],
      ['2026-12-04', 5, all],
      ['2026-12-05', 6, '10:00 11:00 12:00 13:00 14:00 15:00 16:00 17:00'],
    ])
    const first = days[0]?.slots[0]
    expect(first).toEqual({ start: '2026-11-30T03:00:00.000Z', tokyoTime: '12:00', end: '2026-11-30T04:00:00.000Z' })
  })

  it('excludes taken slots, whatever offset they were stored in', () => {
    const taken = new Set([jst('2026-12-01', '10:00'), '2026-12-01T11:00:00+09:00', '2026-12-01T03:00:00Z'])
    const days = listOpenSlots({ ...base, now: at(jst('2026-11-30', '09:00')), fromDate: '2026-12-01', days: 1, taken })
    expect(DAY_OF(days)).toEqual([['2026-12-01', 2, '13:00 14:00 15:00 16:00 17:00 18:00 19:00']])
    expect(() =>
      listOpenSlots({ ...base, now: at(jst('2026-11-30', '09:00')), days: 1, taken: ['2026-12-01 10:00'] }),
    ).toThrow(RangeError)
  })

  it('shows Saturday until Friday 18:00 and not a minute later', () => {
    const list = (now: Date) => listOpenSlots({ ...base, now, fromDate: '2026-12-05', days: 1 })
    expect(list(at(jst('2026-12-04', '18:00')))).toHaveLength(1)
    expect(list(at(jst('2026-12-04', '18:00'), 1))).toEqual([])
  })

  it('skips the year-end closure and stops at the horizon', () => {
    const now = at(jst('2026-12-28', '09:00'))
    const days = listOpenSlots({ ...base, closedDates: YEAR_END_2026, now, days: 14 })
    expect(days.map((d) => d.date)).toEqual([
      '2026-12-28',
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
      '2027-01-08',
      '2027-01-09',
    ])
    const short = listOpenSlots({
      ...base,
      rules: { ...RULES, horizonDays: 2 },
      now: at(jst('2026-11-30', '09:00')),
      days: 10,
    })
    expect(short.map((d) => d.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02'])
  })

  it('validates its own inputs', () => {
    const now = at(jst('2026-11-30', '09:00'))
    expect(listOpenSlots({ ...base, now, days: 0 })).toEqual([])
    expect(() => listOpenSlots({ ...base, now, days: -1 })).toThrow(RangeError)
    expect(() => listOpenSlots({ ...base, now, days: 1.5 })).toThrow(RangeError)
    expect(() => listOpenSlots({ ...base, now, fromDate: '2026-11-31', days: 1 })).toThrow(RangeError)
    expect(() => listOpenSlots({ ...base, now: new Date(NaN), days: 1 })).toThrow(RangeError)
  })

  it('gives the same list in every host zone', () => {
    // 23:30 JST is 14:30 UTC and the previous evening in Los Angeles: a date-boundary trap.
    const days = listOpenSlots({ ...base, closedDates: YEAR_END_2026, now: at(jst('2026-12-24', '23:30')), days: 30 })
    expect(days.length).toBeGreaterThan(10)
    const print = JSON.stringify(days)
    fingerprints.set(zone, print)
    expect(new Set(fingerprints.values()).size).toBe(1)
  })
})
