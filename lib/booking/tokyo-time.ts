import { TZDate, tzOffset } from '@date-fns/tz'

/**
 * Conversions between instants and Japan wall time. Every function here gives the same answer whatever
 * the host zone (process.env.TZ) is: calendar dates are handled as strings through UTC arithmetic, and
 * zone offsets come from Intl via @date-fns/tz, never from the host's local-time Date methods.
 */

export const JAPAN_TIME_ZONE = 'Asia/Tokyo'

/** 0 = Sunday ... 6 = Saturday, the same numbering as Date#getDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

export interface WallTime {
  /** 'YYYY-MM-DD' */
  date: string
  /** 'HH:mm'; seconds are dropped, so compare instants (not this) when exactness matters. */
  time: string
  weekday: Weekday
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/
// An explicit offset is required: without one, Date.parse reads the string in the host zone.
const INSTANT_RE =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/
const DAY_MS = 86_400_000

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

function dateUtcMs(date: string): number | null {
  const m = DATE_RE.exec(date)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const ms = Date.UTC(year, month - 1, day)
  const d = new Date(ms)
  // Date.UTC rolls 2026-02-30 over to March; a real calendar date must survive the round trip.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return ms
}

function utcMsToDate(ms: number): string {
  const d = new Date(ms)
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`
}

export function isCalendarDate(date: string): boolean {
  return dateUtcMs(date) !== null
}

export function isTimeOfDay(time: string): boolean {
  return TIME_RE.test(time)
}

function requireDateMs(date: string): number {
  const ms = dateUtcMs(date)
  if (ms === null) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`)
  return ms
}

/** Minutes since midnight for 'HH:mm'. */
export function timeToMinutes(time: string): number {
  const m = TIME_RE.exec(time)
  if (!m) throw new RangeError(`Not a time of day: ${JSON.stringify(time)}`)
  return Number(m[1]) * 60 + Number(m[2])
}

/** 'HH:mm' for minutes since midnight (0..1439). */
export function minutesToTime(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) {
    throw new RangeError(`Minutes out of range: ${minutes}`)
  }
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
}

/** Calendar arithmetic on 'YYYY-MM-DD' (a calendar day, not 24 hours of some zone). */
export function addDays(date: string, days: number): string {
  return utcMsToDate(requireDateMs(date) + days * DAY_MS)
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((requireDateMs(to) - requireDateMs(from)) / DAY_MS)
}

/** Weekday of a calendar date; the date alone decides it, no zone involved. */
export function weekdayOf(date: string): Weekday {
  return new Date(requireDateMs(date)).getUTCDay() as Weekday
}

/**
 * Strict ISO-8601 instant ('2026-12-01T01:00:00Z', '2026-12-01T10:00+09:00'). Returns null for anything
 * else, including local-time strings without an offset and impossible dates such as Feb 30.
 */
export function parseInstant(value: string): Date | null {
  const m = INSTANT_RE.exec(value)
  if (!m || m[1] === undefined || !isCalendarDate(m[1])) return null
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

function toDate(instant: Date | string): Date {
  const d = typeof instant === 'string' ? parseInstant(instant) : instant
  if (!d || Number.isNaN(d.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`)
  return d
}

/** Wall time of an instant in a zone (Japan by default). */
export function instantToWallTime(instant: Date | string, timeZone: string = JAPAN_TIME_ZONE): WallTime {
  // Built from the timestamp, TZDate derives its fields from the zone offset only (no host-zone step).
  const z = new TZDate(toDate(instant).getTime(), timeZone)
  if (Number.isNaN(z.getTime())) throw new RangeError(`Unknown time zone: ${timeZone}`)
  const date = `${String(z.getFullYear()).padStart(4, '0')}-${pad2(z.getMonth() + 1)}-${pad2(z.getDate())}`
  return { date, time: `${pad2(z.getHours())}:${pad2(z.getMinutes())}`, weekday: z.getDay() as Weekday }
}

export function instantToTokyo(instant: Date | string): WallTime {
  return instantToWallTime(instant, JAPAN_TIME_ZONE)
}

/**
 * The instant at which a zone's clocks show `date` `time`, or null when that wall time does not exist
 * (a DST gap; never in Japan, but the helper is general). In a DST overlap the earlier instant wins.
 *
 * Not `new TZDate(y, m, d, h, min, zone)`: that constructor starts from the host zone's reading of the
 * fields and corrects afterwards, which is exactly the host dependence this module avoids.
 */
export function wallTimeToInstant(date: string, time: string, timeZone: string = JAPAN_TIME_ZONE): Date | null {
  const dayMs = dateUtcMs(date)
  if (dayMs === null || !isTimeOfDay(time)) return null
  const wallAsUtc = dayMs + timeToMinutes(time) * 60_000
  // The zone's offsets a day either side cover any one transition near this wall time: each yields a
  // candidate instant, and only those that read back as the same wall time are real.
  const offsets = [-DAY_MS, DAY_MS].map((delta) => tzOffset(timeZone, new Date(wallAsUtc + delta)))
  const matches = offsets
    .map((offset) => wallAsUtc - offset * 60_000)
    .filter((ms) => {
      if (Number.isNaN(ms)) return false
      const back = instantToWallTime(new Date(ms), timeZone)
      return back.date === date && back.time === time
    })
  return matches.length ? new Date(Math.min(...matches)) : null
}

export function tokyoToInstant(date: string, time: string): Date | null {
  return wallTimeToInstant(date, time, JAPAN_TIME_ZONE)
}

/** Today's date in Japan at `now`. */
export function tokyoDate(now: Date): string {
  return instantToTokyo(now).date
}
