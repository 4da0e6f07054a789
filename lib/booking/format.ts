import { tzOffset } from '@date-fns/tz'
import { JAPAN_TIME_ZONE, parseInstant } from './tokyo-time'

/**
 * Display helpers for "your local time beside Japan time". Pure: the zone is always explicit, so the
 * server's zone never leaks into what a client sees. The locale is the page's ('ja' | 'en').
 */

const DEFAULT_OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
}

function toDate(instant: Date | string): Date {
  const d = typeof instant === 'string' ? parseInstant(instant) : instant
  if (!d || Number.isNaN(d.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`)
  return d
}

/** True for a zone name Intl knows (IANA names, 'UTC'); a client-supplied zone should pass this first. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/** An instant as seen in `timeZone`. `options` replace the defaults; `timeZone` always wins. */
export function formatInZone(
  instant: Date | string,
  timeZone: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = DEFAULT_OPTIONS,
): string {
  return dateTimeFormat(locale, { ...options, timeZone }).format(toDate(instant))
}

/** Building an Intl.DateTimeFormat costs far more than using one; the same few are used over and over. */
const formats = new Map<string, Intl.DateTimeFormat>()
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    // A client-supplied zone can make the key space large: keep the cache bounded.
    if (formats.size > 500) formats.clear()
    formats.set(key, (format = new Intl.DateTimeFormat(locale, options)))
  }
  return format
}

export interface JapanAndLocalTime {
  japan: string
  local: string
  /** The client's clock reads the same as Japan's at that instant: the UI can show one time. */
  sameAsJapan: boolean
}

/** A slot time in Japan time and in the client's zone, both in the page's locale. */
export function formatBesideJapanTime(
  instant: Date | string,
  clientTimeZone: string,
  locale: string,
  options?: Intl.DateTimeFormatOptions,
): JapanAndLocalTime {
  const at = toDate(instant)
  return {
    japan: formatInZone(at, JAPAN_TIME_ZONE, locale, options),
    local: formatInZone(at, clientTimeZone, locale, options),
    sameAsJapan: tzOffset(clientTimeZone, at) === tzOffset(JAPAN_TIME_ZONE, at),
  }
}
