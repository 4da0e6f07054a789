import { tokyoDate } from '@/lib/booking/tokyo-time'

/** Today's calendar date in Japan ('YYYY-MM-DD'), whatever the server's time zone. */
export function todayInJapan(now: Date = new Date()): string {
  return tokyoDate(now)
}

/** The year in Japan now. */
export function yearInJapan(now: Date = new Date()): number {
  return Number(todayInJapan(now).slice(0, 4))
}
