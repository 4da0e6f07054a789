import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { AccountCard } from '@/components/staff/accounts/account-card'
import { CreateAccountForm } from '@/components/staff/accounts/create-account-form'
import { pickMessages } from '@/lib/i18n/pick'
import { listStaffAccounts } from '@/lib/server/staff/accounts'
import { requireStaffPage } from '@/lib/server/staff/session'
import {
  changeRoleAction,
  createStaffAction,
  endSessionsAction,
  resetTwoFactorAction,
  setActiveAction,
} from './actions'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'StaffAccounts' })
  return { title: t('title'), robots: { index: false } }
}

/** Staff accounts (administrators only): create, change role, deactivate, end sessions, reset two-factor. */
export default async function StaffAccountsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const session = await requireStaffPage({ role: 'admin' })
  const [t, accounts, messages] = await Promise.all([
    getTranslations('StaffAccounts'),
    listStaffAccounts(),
    getMessages(),
  ])
  const actions = {
    changeRole: changeRoleAction,
    setActive: setActiveAction,
    endSessions: endSessionsAction,
    resetTwoFactor: resetTwoFactorAction,
  }
  return (
    <div>
      <h1 className="text-brand-800 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1">{t('lead')}</p>
      <NextIntlClientProvider messages={pickMessages(messages, ['StaffAccounts', 'StaffAuth', 'Staff', 'Common'])}>
        <div className="mt-6">
          <CreateAccountForm action={createStaffAction} />
        </div>
        <section aria-labelledby="accounts-heading" className="mt-8">
          <h2 id="accounts-heading" className="text-brand-800 text-xl font-bold">
            {t('listHeading', { count: accounts.length })}
          </h2>
          <ul className="mt-4 space-y-4">
            {accounts.map((account) => (
              <li key={account.id}>
                <AccountCard account={account} isSelf={account.id === session.user.id} actions={actions} />
              </li>
            ))}
          </ul>
        </section>
      </NextIntlClientProvider>
    </div>
  )
}
