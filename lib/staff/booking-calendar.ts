import { z } from 'zod'
import { addDays, isCalendarDate, tokyoToInstant, weekdayOf } from '@/lib/booking'

/**
 * The staff bookings page's day and week (Monday to Saturday: Sundays are always closed) in Japan
 * calendar dates, and the instants that bound them, whatever the server's time zone. Pure.
 */
export type CalendarView = 'day' | 'week'

export interface CalendarRange {
  view: CalendarView
  /** The Japan dates shown, in order. */
  days: string[]
  /** [from, to): Japan midnight of the first day to Japan midnight after the last. */
  from: Date
  to: Date
  previous: string
  next: string
}

export const CalendarQuerySchema = z.object({
  view: z.enum(['day', 'week']).catch('week'),
  date: z
    .string()
    .refine((d) => isCalendarDate(d) && d >= '2000-01-01' && d <= '2099-12-31')
    .optional()
    .catch(undefined),
})

const midnight = (date: string) => tokyoToInstant(date, '00:00')!

/** Monday of the week shown for `date`; a Sunday shows the week that follows it. */
export function mondayOf(date: string): string {
  const weekday = weekdayOf(date)
  return weekday === 0 ? addDays(date, 1) : addDays(date, 1 - weekday)
}

export function calendarRange(view: CalendarView, date: string): CalendarRange {
  if (view === 'week') {
    const monday = mondayOf(date)
    const days = Array.from({ length: 6 }, (_, i) => addDays(monday, i))
    return {
      view,
      days,
      from: midnight(monday),
      to: midnight(addDays(monday, 6)),
      previous: addDays(monday, -7),
      next: addDays(monday, 7),
    }
  }
  // Day by day, stepping over Sundays.
  const previous = addDays(date, weekdayOf(date) === 1 ? -2 : -1)
  const next = addDays(date, weekdayOf(date) === 6 ? 2 : 1)
  return { view, days: [date], from: midnight(date), to: midnight(addDays(date, 1)), previous, next }
}
