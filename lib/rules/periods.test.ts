import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, compareDates, fromDayNumber, toDayNumber } from './calendar-date'
import { banPeriod, isWithinYears, threeDayDeadline } from './periods'
import { dateArb } from './test-arbitraries'

describe('Civil Code period counting', () => {
  it.each([
    // rules.md's own examples
    ['2021-03-15', 5, '2026-03-15', '2026-03-16'],
    ['2024-02-29', 1, '2025-02-28', '2025-03-01'],
    // 29 Feb to a leap year keeps the day; to a common year becomes 28 Feb
    ['2020-02-29', 4, '2024-02-29', '2024-03-01'],
    ['2020-02-29', 10, '2030-02-28', '2030-03-01'],
    // 28 Feb in the year before a leap year: the anniversary is 28 Feb, and the next day is the leap day
    ['2023-02-28', 1, '2024-02-28', '2024-02-29'],
    ['2019-02-28', 5, '2024-02-28', '2024-02-29'],
    // 1 March after a leap day
    ['2024-03-01', 1, '2025-03-01', '2025-03-02'],
    ['2024-12-31', 1, '2025-12-31', '2026-01-01'],
  ])('from %s for %i years: last barred %s, first eligible %s', (event, years, lastBarredDay, firstEligibleDay) => {
    expect(banPeriod(event, years)).toEqual({ lastBarredDay, firstEligibleDay })
  })

  it('3-day deadlines do not count the notice day and are never moved to a working day', () => {
    expect(threeDayDeadline('2025-06-30')).toBe('2025-07-03')
    // Notice on Thursday 2025-07-03: due Sunday 2025-07-06, not the Monday after.
    expect(threeDayDeadline('2025-07-03')).toBe('2025-07-06')
    expect(threeDayDeadline('2024-02-27')).toBe('2024-03-01')
    expect(threeDayDeadline('2025-12-30')).toBe('2026-01-02')
  })

  it('isWithinYears is true until the anniversary', () => {
    expect(isWithinYears('2023-07-01', 2, '2025-06-30')).toBe(true)
    expect(isWithinYears('2023-07-01', 2, '2025-07-01')).toBe(false)
  })

  it('firstEligibleDay is always the day after lastBarredDay, which is always after the event', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom(1, 5, 10), (event, years) => {
        const { lastBarredDay, firstEligibleDay } = banPeriod(event, years)
        expect(addDays(lastBarredDay, 1)).toBe(firstEligibleDay)
        expect(compareDates(lastBarredDay, event)).toBe(1)
        // N years is between 365N-1 and 366N days long, whatever the leap years.
        const length = toDayNumber(lastBarredDay) - toDayNumber(event)
        expect(length).toBeGreaterThanOrEqual(365 * years - 1)
        expect(length).toBeLessThanOrEqual(366 * years)
      }),
    )
  })

  it('the deadline is always exactly three days after the notice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (n) => {
        const notice = fromDayNumber(n)
        expect(toDayNumber(threeDayDeadline(notice)) - n).toBe(3)
      }),
    )
  })
})
