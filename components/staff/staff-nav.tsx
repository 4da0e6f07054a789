import { getTranslations } from 'next-intl/server'
import { signOutAction } from '@/app/[locale]/staff/actions'
import { Link } from '@/lib/i18n/navigation'
import type { StaffUser } from '@/lib/server/staff/session'

const STAFF_LINKS = [
  ['cases', '/staff/cases'],
  ['bookings', '/staff/bookings'],
  ['outbox', '/staff/outbox'],
  ['account', '/staff/account'],
] as const

const ADMIN_LINKS = [
  ['settings', '/staff/settings'],
  ['accounts', '/staff/settings/staff'],
  ['dataRequests', '/staff/data-requests'],
  ['audit', '/staff/audit'],
] as const

export async function StaffNav({ user }: { user: StaffUser }) {
  const t = await getTranslations('Staff')
  const links = user.role === 'admin' ? [...STAFF_LINKS, ...ADMIN_LINKS] : STAFF_LINKS
  return (
    <nav aria-label={t('nav.label')} className="bg-brand-50 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg px-4 py-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {links.map(([key, href]) => (
          <li key={key}>
            <Link href={href} className="text-brand-800 font-semibold underline-offset-4 hover:underline">
              {t(`nav.${key}`)}
            </Link>
          </li>
        ))}
      </ul>
      <div className="ml-auto flex flex-wrap items-center gap-3">
        <span className="text-sm">
          {t('nav.signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}
        </span>
        <form action={signOutAction}>
          <button type="submit" className="btn-secondary min-h-10 py-1">
            {t('nav.signOut')}
          </button>
        </form>
      </div>
    </nav>
  )
}
