import { getFormatter } from 'next-intl/server'

/**
 * A legal calendar date ('YYYY-MM-DD') as words, e.g. 2026年3月15日 / 15 March 2026. It is
 * formatted as a UTC midnight in UTC, so no server or browser time zone can move the day.
 */
export async function CalendarDate({ date }: { date: string }) {
  const format = await getFormatter()
  return (
    <time dateTime={date}>{format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })}</time>
  )
}

export async function formatCalendarDate(date: string): Promise<string> {
  const format = await getFormatter()
  return format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })
}
