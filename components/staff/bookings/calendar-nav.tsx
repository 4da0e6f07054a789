import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'
import type { CalendarRange } from '@/lib/staff/booking-calendar'

const linkClass = 'btn-secondary min-h-11 px-4 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white'

/** Day or week, previous and next, and back to today: plain links, so the address can be shared. */
export async function CalendarNav({ range, today, title }: { range: CalendarRange; today: string; title: string }) {
  const t = await getTranslations('StaffBookings.nav')
  const href = (view: string, date: string) => ({ pathname: '/staff/bookings', query: { view, date } })
  const shown = range.days[0]!
  // Switching a week to a day opens today when today is in that week, else its Monday.
  const dayToOpen = range.days.includes(today) ? today : shown
  return (
    <div className="mt-4 space-y-3">
      <nav aria-label={t('label')} className="flex flex-wrap items-center gap-2">
        <Link href={href(range.view, range.previous)} className={linkClass}>
          {range.view === 'day' ? t('previousDay') : t('previousWeek')}
        </Link>
        <Link href={href(range.view, today)} className={linkClass}>
          {t('today')}
        </Link>
        <Link href={href(range.view, range.next)} className={linkClass}>
          {range.view === 'day' ? t('nextDay') : t('nextWeek')}
        </Link>
        <span className="mx-2 hidden h-8 border-l sm:inline-block" aria-hidden="true" />
        <Link
          href={href('day', range.view === 'day' ? shown : dayToOpen)}
          className={linkClass}
          aria-current={range.view === 'day' ? 'page' : undefined}
        >
          {t('day')}
        </Link>
        <Link
          href={href('week', shown)}
          className={linkClass}
          aria-current={range.view === 'week' ? 'page' : undefined}
        >
          {t('week')}
        </Link>
      </nav>
      <p className="text-xl font-semibold" aria-live="polite">
        {title} <span className="text-muted text-base font-normal">({t('japanTime')})</span>
      </p>
    </div>
  )
}
