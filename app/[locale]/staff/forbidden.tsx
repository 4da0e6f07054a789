import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'

/** Shown with a 403 when a staff member opens a page for administrators. */
export default async function StaffForbidden() {
  const t = await getTranslations('Staff.forbidden')
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-brand-800 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3">{t('body')}</p>
      <p className="mt-6">
        <Link href="/staff/cases" className="text-brand-800 underline underline-offset-4">
          {t('back')}
        </Link>
      </p>
    </div>
  )
}
