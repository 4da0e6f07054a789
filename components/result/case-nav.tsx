import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'

/** Between the pages of one case (result, status, the client's information); all on the same private link. */
export async function CaseNav({ token, current }: { token: string; current: 'result' | 'status' | 'privacy' }) {
  const t = await getTranslations('Result.nav')
  const item = (href: string, key: 'result' | 'status' | 'privacy') => (
    <Link
      href={href}
      aria-current={current === key ? 'page' : undefined}
      className={`rounded-md px-4 py-2 font-semibold ${current === key ? 'bg-brand-700 text-white' : 'text-brand-800 underline underline-offset-4'}`}
    >
      {t(key)}
    </Link>
  )
  return (
    <nav aria-label={t('label')} className="mb-6 flex flex-wrap gap-2">
      {item(`/case/${token}`, 'result')}
      {item(`/case/${token}/status`, 'status')}
      {item(`/case/${token}/privacy`, 'privacy')}
    </nav>
  )
}
