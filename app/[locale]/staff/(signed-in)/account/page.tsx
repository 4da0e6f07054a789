import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { ChangePasswordForm } from '@/components/staff/account/change-password-form'
import { DisableTwoFactorForm } from '@/components/staff/account/disable-two-factor-form'
import { OtherSessions } from '@/components/staff/account/other-sessions'
import { Link } from '@/lib/i18n/navigation'
import { pickMessages } from '@/lib/i18n/pick'
import { otherSessionCount } from '@/lib/server/staff/my-account'
import { requireStaffPage } from '@/lib/server/staff/session'
import { changePasswordAction, disableTwoFactorAction, signOutOtherSessionsAction } from './actions'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'StaffAccount' })
  return { title: t('title'), robots: { index: false } }
}

/** Every staff member's own account: who they are, password, two-factor sign-in, other sessions. */
export default async function MyAccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const { user, sessionId } = await requireStaffPage()
  const [t, tStaff, others, messages] = await Promise.all([
    getTranslations('StaffAccount'),
    getTranslations('Staff'),
    otherSessionCount(user.id, sessionId),
    getMessages(),
  ])
  const section = 'rounded-lg border border-gray-400 p-4 sm:p-6'
  return (
    <div>
      <h1 className="text-brand-800 text-2xl font-bold">{t('title')}</h1>
      <dl className="mt-4 grid max-w-2xl gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t('name')}</dt>
        <dd>{user.name}</dd>
        <dt className="font-semibold">{t('email')}</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-semibold">{t('role')}</dt>
        <dd>{tStaff(`roles.${user.role}`)}</dd>
      </dl>
      <p className="text-muted mt-2 text-sm">{t('changeDetails')}</p>
      <NextIntlClientProvider messages={pickMessages(messages, ['StaffAccount', 'StaffAuth', 'Staff', 'Common'])}>
        <div className="mt-8 space-y-8">
          <ChangePasswordForm action={changePasswordAction} />
          <section aria-labelledby="two-factor-heading" className={section}>
            <h2 id="two-factor-heading" className="text-brand-800 text-xl font-bold">
              {t('twoFactor.title')}
            </h2>
            <p className="mt-2 font-semibold">{user.twoFactorEnabled ? t('twoFactor.on') : t('twoFactor.off')}</p>
            {!user.twoFactorEnabled && (
              <p className="mt-2">
                <Link href="/staff/two-factor-setup" className="btn-primary">
                  {t('twoFactor.setUp')}
                </Link>
              </p>
            )}
            {user.twoFactorEnabled && user.role === 'admin' && <p className="mt-2">{t('twoFactor.adminRequired')}</p>}
          </section>
          {user.twoFactorEnabled && user.role !== 'admin' && <DisableTwoFactorForm action={disableTwoFactorAction} />}
          <section aria-labelledby="sessions-heading" className={section}>
            <h2 id="sessions-heading" className="text-brand-800 text-xl font-bold">
              {t('sessions.title')}
            </h2>
            <OtherSessions count={others} action={signOutOtherSessionsAction} />
          </section>
        </div>
      </NextIntlClientProvider>
    </div>
  )
}
