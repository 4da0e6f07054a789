import holidayJp from '@holiday-jp/holiday_jp'
import { describe, expect, it } from 'vitest'
import {
  HOLIDAY_DATA_YEARS,
  hasHolidayData,
  isJapaneseHoliday,
  japaneseHoliday,
  japaneseHolidaysBetween,
} from './holidays'
import { HOST_ZONES, useHostZone } from './test-support'
import { weekdayOf } from './tokyo-time'

describe.each(HOST_ZONES)('holidays with the host in %s', (zone) => {
  useHostZone(zone)

  it.each([
    ['2027-01-01', true], // New Year's Day, a Friday
    ['2026-12-29', false], // the year-end break is the office's choice, not the law's
    ['2026-12-31', false],
    ['2027-01-02', false],
    ['2027-01-03', false],
    ['2026-03-20', true], // Vernal Equinox Day, a Friday
    ['2026-09-22', true], // 国民の休日 between two holidays
    ['2026-05-06', true], // 振替休日
    ['2026-12-01', false],
    ['constructor', false], // an inherited key of the table object
    ['2026-02-30', false],
  ])('isJapaneseHoliday(%s) = %s', (date, expected) => {
    expect(isJapaneseHoliday(date)).toBe(expected)
  })

  it('gives the names in both languages', () => {
    expect(japaneseHoliday('2027-01-01')).toEqual({ date: '2027-01-01', nameJa: '元日', nameEn: "New Year's Day" })
    expect(japaneseHoliday('2026-05-06')).toEqual({
      date: '2026-05-06',
      nameJa: 'こどもの日 振替休日',
      nameEn: 'Holiday in lieu',
    })
    expect(japaneseHoliday('2026-12-31')).toBeNull()
  })

  it('lists holidays in a range, inclusive and ordered', () => {
    expect(japaneseHolidaysBetween('2026-09-21', '2026-09-23').map((h) => h.date)).toEqual([
      '2026-09-21',
      '2026-09-22',
      '2026-09-23',
    ])
    const fridays = japaneseHolidaysBetween('2026-01-01', '2027-12-31').filter((h) => weekdayOf(h.date) === 5)
    expect(fridays.map((h) => h.date)).toEqual(['2026-03-20', '2027-01-01'])
    expect(() => japaneseHolidaysBetween('2026-01-01', 'soon')).toThrow(RangeError)
  })

  it('states the years its data covers', () => {
    expect(HOLIDAY_DATA_YEARS).toEqual({ first: 1970, last: 2050 })
    expect(hasHolidayData('2050-12-31')).toBe(true)
    expect(hasHolidayData('2051-01-01')).toBe(false)
  })
})

describe('why the lookup is by string', () => {
  useHostZone('America/Los_Angeles')

  it("the library's own Date lookup misreads its UTC-midnight dates west of UTC", () => {
    expect(holidayJp.isHoliday(new Date('2027-01-01T00:00:00Z'))).toBe(false)
    expect(isJapaneseHoliday('2027-01-01')).toBe(true)
  })
})
