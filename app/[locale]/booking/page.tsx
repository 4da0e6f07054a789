import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getFormatter, getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { BookingForm } from '@/components/booking/booking-form'
import { labelDays } from '@/lib/booking/slot-labels'
import { pickMessages } from '@/lib/i18n/pick'
import { caseForBooking, feeFor, openSlots } from '@/lib/server/bookings'
import { getOfficeSettings } from '@/lib/server/settings'
import { createBookingAction } from './actions'

export const dynamic = 'force-dynamic'

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ case?: string | string[] }>
}): Promise<Metadata> {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  const t = await getTranslations({ locale, namespace: 'Booking.meta' })
  // Opened from a case's private link (?case=token) the page shows that client's details and the
  // token is in the address: private like booking/[token], never indexed and never sent as a referrer.
  if (query.case !== undefined) return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' }
  return { title: t('title') }
}

export default async function BookingPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ case?: string | string[] }>
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  const caseToken = typeof query.case === 'string' ? query.case : undefined
  const [t, format, settings, slots, linkedCase, messages] = await Promise.all([
    getTranslations('Booking'),
    getFormatter(),
    getOfficeSettings(),
    openSlots(),
    caseToken ? caseForBooking(caseToken) : Promise.resolve(null),
    getMessages(),
  ])
  const fee = format.number(feeFor(settings), { style: 'currency', currency: 'JPY' })
  const rules = settings.booking

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <h1 className="text-brand-800 text-2xl font-bold sm:text-3xl">{t('title')}</h1>
      <p className="mt-3">{t('lead')}</p>

      <section aria-labelledby="fee-heading" className="bg-brand-50 mt-6 rounded-lg p-5">
        <h2 id="fee-heading" className="text-lg font-bold">
          {t('fee.heading')}
        </h2>
        <p className="mt-2 text-lg font-semibold">{t('fee.amount', { fee, minutes: rules.slotMinutes })}</p>
        <p className="mt-1">{t('fee.advance')}</p>
        <p className="mt-1 font-semibold">{t('fee.cardUnavailable')}</p>
      </section>

      <section aria-labelledby="rules-heading" className="mt-6">
        <h2 id="rules-heading" className="text-lg font-bold">
          {t('rules.heading')}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>{t('rules.japanTime')}</li>
          <li>{t('rules.lead', { hours: rules.weekdayLeadHours, cutoff: rules.saturdayCutoff })}</li>
          <li>{t('rules.closed')}</li>
          <li>{t('rules.change')}</li>
        </ul>
      </section>

      {caseToken && (
        <p
          role="status"
          className={`mt-6 rounded-lg border-l-4 p-4 ${linkedCase ? 'border-brand-700 bg-brand-50' : 'border-amber-600 bg-amber-50'}`}
        >
          {linkedCase ? t('caseLinked', { reference: linkedCase.reference }) : t('caseNotFound')}
        </p>
      )}

      <div className="mt-8">
        <NextIntlClientProvider messages={pickMessages(messages, ['Booking', 'Common'])}>
          <BookingForm
            action={createBookingAction}
            days={labelDays(slots, locale)}
            kinds={rules.kinds}
            videoPlatforms={rules.videoPlatforms}
            officeAddress={locale === 'ja' ? settings.profile.addressJa : settings.profile.addressEn}
            defaults={
              linkedCase && caseToken
                ? {
                    caseToken,
                    name: linkedCase.clientName,
                    email: linkedCase.email ?? '',
                    phone: linkedCase.phone ?? '',
                  }
                : {}
            }
          />
        </NextIntlClientProvider>
      </div>
    </div>
  )
}
