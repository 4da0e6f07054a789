import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getFormatter, getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { BookingCard } from '@/components/staff/bookings/booking-card'
import { CalendarNav } from '@/components/staff/bookings/calendar-nav'
import { pickMessages } from '@/lib/i18n/pick'
import { listStaffBookings } from '@/lib/server/staff/bookings-admin'
import { requireStaffPage } from '@/lib/server/staff/session'
import { calendarRange, CalendarQuerySchema } from '@/lib/staff/booking-calendar'
import { todayInJapan } from '@/lib/time/tokyo'
import { cancelBookingAction, markBookingAction } from './actions'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'StaffBookings' })
  return { title: t('title'), robots: { index: false } }
}

/** The consultations of one day or one week (Monday to Saturday), in Japan time. */
export default async function StaffBookingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  await requireStaffPage()
  const { view, date } = CalendarQuerySchema.parse(query)
  const today = todayInJapan()
  const range = calendarRange(view, date ?? today)
  const [t, format, bookings, messages] = await Promise.all([
    getTranslations('StaffBookings'),
    getFormatter(),
    listStaffBookings(range),
    getMessages(),
  ])
  const dayTitle = (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'long',
      timeZone: 'UTC',
    })
  const rangeTitle =
    view === 'day'
      ? dayTitle(range.days[0]!)
      : t('weekOf', { from: dayTitle(range.days[0]!), to: dayTitle(range.days.at(-1)!) })

  return (
    <div>
      <h1 className="text-brand-800 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1">{t('lead')}</p>
      <CalendarNav range={range} today={today} title={rangeTitle} />
      <NextIntlClientProvider messages={pickMessages(messages, ['StaffBookings', 'Staff', 'Common'])}>
        <div className="mt-6 space-y-8">
          {range.days.map((day) => {
            const ofDay = bookings.filter((b) => b.date === day)
            return (
              <section key={day} aria-labelledby={`day-${day}`}>
                <h2 id={`day-${day}`} className="border-brand-100 border-b-2 pb-1 text-lg font-bold">
                  {dayTitle(day)}
                  {day === today && (
                    <span className="bg-brand-700 ml-2 rounded px-2 py-0.5 text-sm text-white">{t('today')}</span>
                  )}
                </h2>
                {ofDay.length === 0 ? (
                  <p className="text-muted mt-2">{t('none')}</p>
                ) : (
                  <ul className="mt-3 space-y-4">
                    {ofDay.map((booking) => (
                      <li key={booking.id}>
                        <BookingCard
                          booking={booking}
                          markAction={markBookingAction}
                          cancelAction={cancelBookingAction}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )
          })}
        </div>
      </NextIntlClientProvider>
    </div>
  )
}
