import { addDays, addYears, type CalendarDate } from './calendar-date'

export interface BanPeriod {
  lastBarredDay: CalendarDate
  firstEligibleDay: CalendarDate
}

/**
 * A period of N years "from" an event day (Civil Code Arts. 138, 140, 143): the
 * event day itself is not counted (Art. 140), so the period ends at the end of
 * the day before the anniversary of the next day, i.e. on the anniversary of the
 * event day itself; when that day does not exist (29 Feb in a common year) the
 * period ends on the last day of that month (Art. 143(2)), 28 Feb.
 */
export function banPeriod(eventDay: CalendarDate, years: number): BanPeriod {
  const lastBarredDay = addYears(eventDay, years)
  return { lastBarredDay, firstEligibleDay: addDays(lastBarredDay, 1) }
}

/**
 * "Within three days from the day of notice" (Arts. 11(1), 48(1), 49(1)): the
 * notice day is not counted, so notice on D is due at the end of D+3. This is the
 * strict date: rules.md forbids moving it to a working day (Civil Code Art. 142
 * is arguable here and the office must not rely on it).
 */
export function threeDayDeadline(noticeDay: CalendarDate): CalendarDate {
  return addDays(noticeDay, 3)
}

/** True while fewer than N full years have passed since the event (a rule-of-thumb test, not a legal period). */
export function isWithinYears(eventDay: CalendarDate, years: number, asOf: CalendarDate): boolean {
  return asOf < addYears(eventDay, years)
}
