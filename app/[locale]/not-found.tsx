import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'

export default async function NotFound() {
  const t = await getTranslations('NotFound')
  return (
    <section className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-muted mt-4">{t('body')}</p>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 font-semibold underline underline-offset-4">
          {t('home')}
        </Link>
      </p>
    </section>
  )
}
