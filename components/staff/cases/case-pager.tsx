import { getTranslations } from 'next-intl/server'
import { listQueryString, type ListQuery } from '@/lib/cases/list-query'
import { Link } from '@/lib/i18n/navigation'

const link = 'btn-secondary min-h-11'

/** First / previous / next / last, keeping the filters; the current position is text, not a link. */
export async function CasePager({ query, page, pageCount }: { query: ListQuery; page: number; pageCount: number }) {
  if (pageCount <= 1) return null
  const t = await getTranslations('StaffCases.pager')
  const href = (to: number) => `/staff/cases${listQueryString({ ...query, page: to })}`
  return (
    <nav aria-label={t('label')} className="mt-4 flex flex-wrap items-center gap-3">
      {page > 1 && (
        <>
          <Link href={href(1)} className={link}>
            {t('first')}
          </Link>
          <Link href={href(page - 1)} className={link} rel="prev">
            {t('previous')}
          </Link>
        </>
      )}
      <p className="font-semibold">{t('position', { page, pages: pageCount })}</p>
      {page < pageCount && (
        <>
          <Link href={href(page + 1)} className={link} rel="next">
            {t('next')}
          </Link>
          <Link href={href(pageCount)} className={link}>
            {t('last')}
          </Link>
        </>
      )}
    </nav>
  )
}
