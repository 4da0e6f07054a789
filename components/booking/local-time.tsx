'use client'

import { useLocale, useTranslations } from 'next-intl'
import { formatBesideJapanTime } from '@/lib/booking/format'
import { useTimeZone } from './use-time-zone'

const FULL: Intl.DateTimeFormatOptions = {
  month: 'short',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
}
const SHORT: Intl.DateTimeFormatOptions = { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }

/** "(your time: ...)" beside a Japan time, only when the browser's zone shows a different clock. */
export function LocalTime({ instant, short = false }: { instant: string; short?: boolean }) {
  const zone = useTimeZone()
  const locale = useLocale()
  const t = useTranslations('Booking.form')
  const times = formatBesideJapanTime(instant, zone, locale, short ? SHORT : FULL)
  if (times.sameAsJapan) return null
  return <span className="text-muted text-sm"> ({t('localTime', { time: times.local })})</span>
}
