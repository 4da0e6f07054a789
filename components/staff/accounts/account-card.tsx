import { getFormatter, getTranslations } from 'next-intl/server'
import type { StaffAccountView } from '@/lib/server/staff/accounts'
import { AccountActions, type AccountActionSet } from './account-actions'

/** One account: who, role, two-factor, whether active, open sessions; actions unless it is you. */
export async function AccountCard({
  account,
  isSelf,
  actions,
}: {
  account: StaffAccountView
  isSelf: boolean
  actions: AccountActionSet
}) {
  const [t, tStaff, format] = await Promise.all([
    getTranslations('StaffAccounts'),
    getTranslations('Staff'),
    getFormatter(),
  ])
  const titleId = `account-${account.id}`
  const item = (label: string, value: string) => (
    <div>
      <dt className="text-muted text-sm font-semibold">{label}</dt>
      <dd>{value}</dd>
    </div>
  )
  return (
    <article
      aria-labelledby={titleId}
      className={`rounded-lg border p-4 ${account.deactivated ? 'border-gray-300 bg-gray-50' : 'border-gray-400'}`}
    >
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h3 id={titleId} className="text-lg font-bold">
          {account.name}
        </h3>
        <span className="break-all">{account.email}</span>
        {account.deactivated && (
          <span className="rounded border border-gray-700 bg-gray-100 px-2 text-sm font-semibold">
            {t('deactivated')}
          </span>
        )}
        {isSelf && (
          <span className="bg-brand-50 border-brand-700 rounded border px-2 text-sm font-semibold">{t('you')}</span>
        )}
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4">
        {item(t('fields.role'), tStaff(`roles.${account.role}`))}
        {item(t('fields.twoFactor'), account.twoFactorEnabled ? t('twoFactorOn') : t('twoFactorOff'))}
        {item(t('fields.sessions'), t('sessionCount', { count: account.sessions }))}
        {item(
          t('fields.created'),
          format.dateTime(new Date(account.createdAt), { dateStyle: 'medium', timeZone: 'Asia/Tokyo' }),
        )}
      </dl>
      {isSelf ? (
        <p className="text-muted mt-3 text-sm">{t('selfNote')}</p>
      ) : (
        <AccountActions account={account} actions={actions} />
      )}
    </article>
  )
}
