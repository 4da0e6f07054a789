import type { DaySlots } from './availability'
import { formatInZone } from './format'
import { JAPAN_TIME_ZONE, tokyoToInstant } from './tokyo-time'

/** Open slots with their Japan-date heading in the page's language, ready for the slot picker. */
export interface LabeledDay {
  date: string
  label: string
  slots: { start: string; time: string }[]
}

export function labelDays(days: DaySlots[], locale: string): LabeledDay[] {
  return days.map((day) => ({
    date: day.date,
    label: formatInZone(tokyoToInstant(day.date, '12:00') ?? new Date(NaN), JAPAN_TIME_ZONE, locale, {
      month: 'long',
      day: 'numeric',
      weekday: 'short',
    }),
    slots: day.slots.map((s) => ({ start: s.start, time: s.tokyoTime })),
  }))
}
