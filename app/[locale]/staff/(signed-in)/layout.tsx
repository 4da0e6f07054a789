import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import { StaffNav } from '@/components/staff/staff-nav'
import { requireStaffPage } from '@/lib/server/staff/session'

/** Every page under here needs a signed-in staff member; pages for administrators check the role too. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const session = await requireStaffPage()
  const t = await getTranslations('Staff')
  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-4">
      <StaffNav user={session.user} />
      <div className="mt-6">{children}</div>
      <p className="text-muted mt-10 border-t pt-3 text-sm">{t('confidential')}</p>
    </div>
  )
}
