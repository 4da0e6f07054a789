import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/staff/auth/sign-in-form'
import { pickMessages } from '@/lib/i18n/pick'
import { currentStaff } from '@/lib/server/staff/session'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'StaffAuth' })
  return { title: t('signIn.title'), robots: { index: false } }
}

export default async function StaffSignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ reason?: string }>
}) {
  const [{ locale }, { reason }] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  if (await currentStaff()) redirect(`/${locale}/staff`)
  const [t, messages] = await Promise.all([getTranslations('StaffAuth'), getMessages()])
  return (
    <div className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-brand-800 text-2xl font-bold">{t('signIn.title')}</h1>
      <p className="mt-2">{t('signIn.lead')}</p>
      {reason === 'signed-out' && (
        <p role="status" className="border-brand-700 bg-brand-50 mt-4 rounded-lg border-l-4 p-4">
          {t('signIn.signedOut')}
        </p>
      )}
      <div className="mt-6">
        <NextIntlClientProvider messages={pickMessages(messages, ['StaffAuth', 'Common'])}>
          <SignInForm />
        </NextIntlClientProvider>
      </div>
    </div>
  )
}
