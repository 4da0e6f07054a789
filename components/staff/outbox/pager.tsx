import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'

/** Newer / older page links for a staff list, keeping the list's other query values (filters). */
export async function Pager({
  pathname,
  page,
  hasNext,
  query = {},
}: {
  pathname: string
  page: number
  hasNext: boolean
  query?: Record<string, string>
}) {
  const t = await getTranslations('StaffOutbox.pager')
  if (page === 1 && !hasNext) return null
  const to = (n: number) => ({ pathname, query: { ...query, page: String(n) } })
  return (
    <nav aria-label={t('label')} className="mt-6 flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link href={to(page - 1)} className="btn-secondary" rel="prev">
          {t('newer')}
        </Link>
      )}
      <span>{t('page', { page })}</span>
      {hasNext && (
        <Link href={to(page + 1)} className="btn-secondary" rel="next">
          {t('older')}
        </Link>
      )}
    </nav>
  )
}
