import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { redirect } from 'next/navigation'
import { TwoFactorSetup } from '@/components/staff/auth/two-factor-setup'
import { pickMessages } from '@/lib/i18n/pick'
import { requireStaffPage } from '@/lib/server/staff/session'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'StaffAuth' })
  return { title: t('setup.title'), robots: { index: false } }
}

export default async function TwoFactorSetupPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const session = await requireStaffPage({ allowWithoutTwoFactor: true })
  if (session.user.twoFactorEnabled) redirect(`/${locale}/staff/account`)
  const [t, messages] = await Promise.all([getTranslations('StaffAuth'), getMessages()])
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-brand-800 text-2xl font-bold">{t('setup.title')}</h1>
      <p className="mt-2">{session.user.role === 'admin' ? t('setup.leadAdmin') : t('setup.leadStaff')}</p>
      <div className="mt-6">
        <NextIntlClientProvider messages={pickMessages(messages, ['StaffAuth', 'Common'])}>
          <TwoFactorSetup />
        </NextIntlClientProvider>
      </div>
    </div>
  )
}
