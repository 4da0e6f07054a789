import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getFormatter, getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { CancelBooking } from '@/components/booking/cancel-booking'
import { LocalTime } from '@/components/booking/local-time'
import { MoveBooking } from '@/components/booking/move-booking'
import { formatInZone, JAPAN_TIME_ZONE } from '@/lib/booking'
import { labelDays } from '@/lib/booking/slot-labels'
import { Link } from '@/lib/i18n/navigation'
import { pickMessages } from '@/lib/i18n/pick'
import { bookingWhen } from '@/lib/mail/booking-email'
import { getBookingByToken, openSlots } from '@/lib/server/bookings'
import { getOfficeSettings } from '@/lib/server/settings'
import { cancelBookingAction, moveBookingAction } from '../actions'

// Personal data behind a private link: rendered per request, never cached (Next sends no-store).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Booking.meta' })
  return { title: t('manageTitle'), robots: { index: false, follow: false }, referrer: 'no-referrer' }
}

export default async function BookingManagePage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params
  setRequestLocale(locale)
  const booking = await getBookingByToken(token)
  if (!booking) notFound()
  const [t, tc, format, settings, messages] = await Promise.all([
    getTranslations('Booking'),
    getTranslations('Common'),
    getFormatter(),
    getOfficeSettings(),
    getMessages(),
  ])
  const fee = format.number(booking.feeYen, { style: 'currency', currency: 'JPY' })
  const when = bookingWhen(new Date(booking.startsAt), locale)
  const cancelled = booking.status === 'cancelled'
  const changeable = booking.canChange
  const deadline = booking.changeUntil
    ? formatInZone(booking.changeUntil, JAPAN_TIME_ZONE, locale, {
        month: 'long',
        day: 'numeric',
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
      })
    : ''
  const slots = changeable ? labelDays(await openSlots(), locale) : []
  const bank = settings.bank
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 py-2 sm:grid-cols-3">
      <dt className="font-semibold">{label}</dt>
      <dd className="sm:col-span-2">{value}</dd>
    </div>
  )

  return (
    <NextIntlClientProvider messages={pickMessages(messages, ['Booking', 'Common'])}>
      <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
        <h1 className="text-brand-800 text-2xl font-bold sm:text-3xl">{t('manage.title')}</h1>
        {cancelled ? (
          <p role="status" className="mt-4 rounded-lg border-l-4 border-gray-600 bg-gray-100 p-4 font-semibold">
            {t('change.cancelled')}
          </p>
        ) : (
          <div className="mt-4 space-y-2">
            <p className="font-semibold">{t('manage.booked')}</p>
            <p>{t('manage.emailSent', { email: booking.email })}</p>
            <p className="text-muted text-sm">{t('manage.keepLink')}</p>
          </div>
        )}

        <dl className="divide-brand-100 border-brand-100 mt-6 divide-y border-y">
          {row(t('manage.reference'), <span className="font-mono text-lg font-bold">{booking.reference}</span>)}
          {row(
            t('manage.when'),
            <>
              {when} ({tc('japanTime')})
              <LocalTime instant={booking.startsAt} />
            </>,
          )}
          {row(t('manage.kind'), t(`kinds.${booking.kind}`))}
          {booking.kind === 'video'
            ? row(
                t('manage.video'),
                t('manage.videoDetails', { platform: booking.videoPlatform ?? '', id: booking.videoId ?? '' }),
              )
            : row(t('manage.place'), locale === 'ja' ? settings.profile.addressJa : settings.profile.addressEn)}
          {row(t('manage.fee'), fee)}
          {row(t('manage.status'), t(`manage.statuses.${booking.status}` as 'manage.statuses.paid'))}
          {booking.caseReference && row(t('manage.case'), booking.caseReference)}
        </dl>

        {!cancelled && (
          <p className="mt-4">
            <a
              href={`/api/bookings/${token}/ics`}
              className="text-brand-700 inline-flex min-h-11 items-center font-semibold underline underline-offset-4"
            >
              {t('manage.ics')}
            </a>
          </p>
        )}

        {!cancelled && booking.status !== 'paid' && (
          <section aria-labelledby="payment-heading" className="bg-brand-50 mt-6 rounded-lg p-5">
            <h2 id="payment-heading" className="text-lg font-bold">
              {t('payment.heading')}
            </h2>
            <p className="mt-2">{t('payment.lead', { fee })}</p>
            <dl className="mt-3">
              {row(t('payment.bank'), bank.bankName)}
              {row(t('payment.branch'), bank.branchName)}
              {row(t('payment.accountType'), t(`confirmation.accountTypes.${bank.accountType}`))}
              {row(t('payment.accountNumber'), <span className="font-mono">{bank.accountNumber}</span>)}
              {row(t('payment.accountHolder'), bank.accountHolder)}
            </dl>
            <p className="mt-2 text-sm">{t('payment.cardUnavailable')}</p>
          </section>
        )}
        {booking.status === 'paid' && <p className="mt-6 font-semibold">{t('payment.paid')}</p>}

        {!cancelled && (
          <section aria-labelledby="change-heading" className="mt-8">
            <h2 id="change-heading" className="text-lg font-bold">
              {t('change.heading')}
            </h2>
            {changeable ? (
              <>
                <p className="mt-2">{t('change.rule', { deadline, phone: settings.profile.phone })}</p>
                {booking.status === 'paid' && <p className="mt-1">{t('change.paidNote')}</p>}
                <div className="mt-4 space-y-8">
                  <CancelBooking token={token} when={when} action={cancelBookingAction} />
                  <MoveBooking token={token} days={slots} action={moveBookingAction} />
                </div>
              </>
            ) : (
              <p className="mt-2">{t('change.closed', { phone: settings.profile.phone })}</p>
            )}
          </section>
        )}

        <p className="mt-8">
          <Link
            href="/booking"
            className="text-brand-700 inline-flex min-h-11 items-center font-semibold underline underline-offset-4"
          >
            {t('manage.bookAnother')}
          </Link>
        </p>
      </div>
    </NextIntlClientProvider>
  )
}
