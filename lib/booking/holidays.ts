import holidayJp from '@holiday-jp/holiday_jp'
import { isCalendarDate } from './tokyo-time'

/**
 * Japanese national holidays (国民の祝日, 振替休日, 国民の休日) from @holiday-jp/holiday_jp's bundled table.
 *
 * We look the 'YYYY-MM-DD' key up directly. The library's own isHoliday(Date)/between() format Dates with
 * the host's local getters while its Dates are UTC midnight, so in any zone west of UTC they answer for
 * the previous day. A string key has no zone at all.
 *
 * Only law-defined holidays are here: 12/29-1/3 are not holidays (only 1/1 is). The office's own closed
 * days come from settings and are passed separately as `closedDates`.
 */

export interface JapaneseHoliday {
  /** 'YYYY-MM-DD' */
  date: string
  nameJa: string
  nameEn: string
}

interface Entry {
  date: string
  name: string
  name_en: string
}

const TABLE: Readonly<Record<string, Entry>> = holidayJp.holidays
const KEYS: readonly string[] = Object.keys(TABLE).sort()

/**
 * The years the bundled data covers. Outside them every date reads as "not a holiday", which would
 * silently open holidays for booking; callers that look that far ahead should check this.
 */
export const HOLIDAY_DATA_YEARS = {
  first: Number((KEYS[0] ?? '0').slice(0, 4)),
  last: Number((KEYS[KEYS.length - 1] ?? '0').slice(0, 4)),
} as const

export function hasHolidayData(date: string): boolean {
  const year = Number(date.slice(0, 4))
  return isCalendarDate(date) && year >= HOLIDAY_DATA_YEARS.first && year <= HOLIDAY_DATA_YEARS.last
}

function toHoliday(entry: Entry): JapaneseHoliday {
  return { date: entry.date, nameJa: entry.name, nameEn: entry.name_en }
}

/** The holiday on a calendar date, with its Japanese and English names, or null. */
export function japaneseHoliday(date: string): JapaneseHoliday | null {
  // hasOwn keeps inherited keys such as 'constructor' from ever matching.
  const entry = Object.hasOwn(TABLE, date) ? TABLE[date] : undefined
  return entry ? toHoliday(entry) : null
}

export function isJapaneseHoliday(date: string): boolean {
  return japaneseHoliday(date) !== null
}

/** Holidays from `from` to `to`, both inclusive, in date order. */
export function japaneseHolidaysBetween(from: string, to: string): JapaneseHoliday[] {
  if (!isCalendarDate(from) || !isCalendarDate(to)) throw new RangeError(`Not a date range: ${from}..${to}`)
  // ISO date strings sort chronologically, so plain string comparison is a date comparison.
  return KEYS.filter((key) => key >= from && key <= to).flatMap((key) => {
    const entry = TABLE[key]
    return entry ? [toHoliday(entry)] : []
  })
}
