import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { SecondFactorForm } from '@/components/staff/auth/second-factor-form'
import { pickMessages } from '@/lib/i18n/pick'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'StaffAuth' })
  return { title: t('verify.title'), robots: { index: false } }
}

export default async function SecondFactorPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, messages] = await Promise.all([getTranslations('StaffAuth'), getMessages()])
  return (
    <div className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-brand-800 text-2xl font-bold">{t('verify.title')}</h1>
      <p className="mt-2">{t('verify.lead')}</p>
      <div className="mt-6">
        <NextIntlClientProvider messages={pickMessages(messages, ['StaffAuth', 'Common'])}>
          <SecondFactorForm />
        </NextIntlClientProvider>
      </div>
    </div>
  )
}
