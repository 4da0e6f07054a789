import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getFormatter, getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { BankForm } from '@/components/staff/settings/bank-form'
import { BookingRulesForm } from '@/components/staff/settings/booking-rules-form'
import { ClosedDays } from '@/components/staff/settings/closed-days'
import { FeesForm } from '@/components/staff/settings/fees-form'
import { HoursForm } from '@/components/staff/settings/hours-form'
import { ProfileForm } from '@/components/staff/settings/profile-form'
import { RetentionForm } from '@/components/staff/settings/retention-form'
import { pickMessages } from '@/lib/i18n/pick'
import { listClosedDays, loadOfficeSettings } from '@/lib/server/staff/office-settings'
import { requireStaffPage } from '@/lib/server/staff/session'
import { formValuesOf } from '@/lib/settings/forms'
import {
  addClosedDayAction,
  removeClosedDayAction,
  saveBankAction,
  saveBookingRulesAction,
  saveFeesAction,
  saveHoursAction,
  saveProfileAction,
  saveRetentionAction,
} from './actions'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'StaffSettings' })
  return { title: t('title'), robots: { index: false } }
}

/** The office's settings, one form per group (administrators only). */
export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  await requireStaffPage({ role: 'admin' })
  const [t, format, settings, closedDays, messages] = await Promise.all([
    getTranslations('StaffSettings'),
    getFormatter(),
    loadOfficeSettings(),
    listClosedDays(),
    getMessages(),
  ])
  const values = formValuesOf(settings)
  const days = closedDays.map((d) => ({
    ...d,
    label: format.dateTime(new Date(`${d.date}T00:00:00Z`), {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      timeZone: 'UTC',
    }),
  }))
  const sections = [
    ['profile', t('profile.title')],
    ['hours', t('hours.title')],
    ['booking', t('booking.title')],
    ['closed', t('closedDays.title')],
    ['fees', t('fees.title')],
    ['bank', t('bank.title')],
    ['retention', t('retention.title')],
  ] as const
  return (
    <div>
      <h1 className="text-brand-800 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1">{t('lead')}</p>
      <nav aria-label={t('contents')} className="mt-4">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}-heading`} className="text-brand-800 underline underline-offset-4">
                {title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <NextIntlClientProvider messages={pickMessages(messages, ['StaffSettings', 'Staff', 'Common'])}>
        <div className="mt-6 space-y-8">
          <ProfileForm values={values.profile} action={saveProfileAction} />
          <HoursForm values={values.hours} action={saveHoursAction} />
          <BookingRulesForm values={values.booking} action={saveBookingRulesAction} />
          <ClosedDays days={days} addAction={addClosedDayAction} removeAction={removeClosedDayAction} />
          <FeesForm values={values.fees} action={saveFeesAction} />
          <BankForm values={values.bank} action={saveBankAction} />
          <RetentionForm values={values.retention} action={saveRetentionAction} />
        </div>
      </NextIntlClientProvider>
    </div>
  )
}
