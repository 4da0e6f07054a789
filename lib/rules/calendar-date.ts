/**
 * Calendar dates as 'YYYY-MM-DD' strings, with pure integer arithmetic.
 *
 * Why not Date: a Date is an instant, and turning it back into a calendar day
 * depends on the machine's time zone. Legal periods count calendar days in
 * Asia/Tokyo, so the rules never touch Date and cannot drift by a day.
 * Zero-padded 'YYYY-MM-DD' strings also compare correctly as plain strings.
 */

export type CalendarDate = string

export interface DateParts {
  year: number
  month: number
  day: number
}

const FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/
const MIN_YEAR = 1
const MAX_YEAR = 9999

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** The parts of a real date, or null for anything else ('2025-02-30', '2025-2-3', ...). */
export function parseCalendarDate(value: string): DateParts | null {
  const match = FORMAT.exec(value)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) return null
  if (day > daysInMonth(year, month)) return null
  return { year, month, day }
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && parseCalendarDate(value) !== null
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

export function formatCalendarDate({ year, month, day }: DateParts): CalendarDate {
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`year out of range: ${year}`)
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

function partsOf(date: CalendarDate): DateParts {
  const parts = parseCalendarDate(date)
  if (!parts) throw new RangeError(`not a calendar date: ${date}`)
  return parts
}

/**
 * Days since 1970-01-01 (Howard Hinnant's days_from_civil): a March-based year
 * puts the leap day last, so every month length follows from one formula.
 */
export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = partsOf(date)
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** The inverse of toDayNumber (civil_from_days). */
export function fromDayNumber(dayNumber: number): CalendarDate {
  if (!Number.isSafeInteger(dayNumber)) throw new RangeError(`not a day number: ${dayNumber}`)
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return formatCalendarDate({ year, month, day })
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Same month and day N years later; 29 February becomes 28 February in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const { year, month, day } = partsOf(date)
  const target = year + years
  const clamped = month === 2 && day === 29 && !isLeapYear(target) ? 28 : day
  return formatCalendarDate({ year: target, month, day: clamped })
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0
}
