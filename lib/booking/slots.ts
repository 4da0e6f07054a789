import type { BookingRules, OfficeHours } from '@/lib/settings/schema'
import { isJapaneseHoliday } from './holidays'
import {
  addDays,
  instantToTokyo,
  isCalendarDate,
  minutesToTime,
  timeToMinutes,
  tokyoToInstant,
  weekdayOf,
} from './tokyo-time'

/**
 * The consultation calendar: which Japan dates are open, which slot starts they have, and until when
 * each slot can be booked. Dates and times are Japan wall time ('YYYY-MM-DD', 'HH:mm').
 */

/** The office's own closed days ('YYYY-MM-DD'), e.g. 12/29-1/3, from settings. */
export type ClosedDates = ReadonlySet<string> | readonly string[]

export interface Opening {
  open: string
  close: string
}

/** Far enough for any realistic run of closures; a longer one means no business day to cut off on. */
const MAX_WALK_BACK_DAYS = 366

function isClosedDate(date: string, closedDates: ClosedDates): boolean {
  return 'has' in closedDates ? closedDates.has(date) : closedDates.includes(date)
}

/**
 * Mon-Fri, not a national holiday, not an office closed day. Saturdays are not business days even when
 * consultations run: the Saturday cutoff is about when staff are in to prepare.
 */
export function isBusinessDay(date: string, closedDates: ClosedDates): boolean {
  if (!isCalendarDate(date)) return false
  const weekday = weekdayOf(date)
  return weekday >= 1 && weekday <= 5 && !isJapaneseHoliday(date) && !isClosedDate(date, closedDates)
}

/** Consultation hours on a Japan date, or null when there are none (Sunday, holiday, closed, no Saturday hours). */
export function consultationDay(date: string, hours: OfficeHours, closedDates: ClosedDates): Opening | null {
  if (!isCalendarDate(date) || isJapaneseHoliday(date) || isClosedDate(date, closedDates)) return null
  const weekday = weekdayOf(date)
  if (weekday === 0) return null
  const opening = weekday === 6 ? hours.consultationSaturday : hours.consultationWeekday
  return opening ? { open: opening.open, close: opening.close } : null
}

/**
 * Slot starts on a Japan date: every `slotMinutes` from opening while the whole slot (one `slotMinutes`
 * long) ends by closing. Empty on closed days.
 */
export function slotsForDay(
  date: string,
  hours: OfficeHours,
  rules: Pick<BookingRules, 'slotMinutes'>,
  closedDates: ClosedDates,
): string[] {
  const opening = consultationDay(date, hours, closedDates)
  const step = rules.slotMinutes
  // The schema says >= 15; anything non-positive would never end the loop.
  if (!opening || !Number.isInteger(step) || step <= 0) return []
  const close = timeToMinutes(opening.close)
  const starts: string[] = []
  for (let m = timeToMinutes(opening.open); m + step <= close; m += step) starts.push(minutesToTime(m))
  return starts
}

/** The latest business day strictly before `date`, or null if none within a year. */
export function previousBusinessDay(date: string, closedDates: ClosedDates): string | null {
  for (let i = 1; i <= MAX_WALK_BACK_DAYS; i++) {
    const candidate = addDays(date, -i)
    if (isBusinessDay(candidate, closedDates)) return candidate
  }
  return null
}

/**
 * The last instant at which a slot starting at `start` may still be booked (bookable while now <= this).
 * Saturday slots: `saturdayCutoff` Japan time on the previous business day (a Friday holiday moves it to
 * Thursday). Other slots: `weekdayLeadHours` before the start. Null when no such instant exists.
 */
export function bookingDeadline(
  start: Date,
  rules: Pick<BookingRules, 'weekdayLeadHours' | 'saturdayCutoff'>,
  closedDates: ClosedDates,
): Date | null {
  if (Number.isNaN(start.getTime())) return null
  const wall = instantToTokyo(start)
  if (wall.weekday === 6) {
    const day = previousBusinessDay(wall.date, closedDates)
    return day ? tokyoToInstant(day, rules.saturdayCutoff) : null
  }
  return new Date(start.getTime() - Math.round(rules.weekdayLeadHours * 3_600_000))
}
