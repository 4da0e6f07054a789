import { getTranslations } from 'next-intl/server'
import type { Assessment } from '@/lib/rules'
import { PATH_ARTICLES } from '@/lib/rules'
import { StatuteText } from './statute-text'

/** The recommended path first, then the alternatives, each explained in plain words. */
export async function PathsList({ paths }: { paths: Assessment['paths'] }) {
  const t = await getTranslations('Result.paths')
  const tRules = await getTranslations('Rules')
  const [recommended, ...alternatives] = paths
  const article = (id: string) => (PATH_ARTICLES as Record<string, string | null>)[id] ?? null
  return (
    <section aria-labelledby="paths-title" className="mb-8">
      <h2 id="paths-title" className="text-xl font-bold text-brand-800">
        {t('title')}
      </h2>
      {!recommended ? (
        <p className="mt-2">{tRules('common.noPath')}</p>
      ) : (
        <>
          <div className="mt-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-4" data-path={recommended} data-recommended="true">
            <p className="text-sm font-semibold text-brand-800">{t('recommended')}</p>
            <h3 className="text-lg font-bold">{tRules(`paths.${recommended}.label`)}</h3>
            <p className="mt-1">{tRules(`paths.${recommended}.explanation`)}</p>
            {article(recommended) && <StatuteText article={article(recommended)!} />}
          </div>
          {alternatives.length > 0 && (
            <>
              <h3 className="mt-6 font-bold">{t('alternatives')}</h3>
              <ul className="mt-2 space-y-3">
                {alternatives.map((id) => (
                  <li key={id} className="rounded-lg border border-gray-300 p-4" data-path={id}>
                    <h4 className="font-bold">{tRules(`paths.${id}.label`)}</h4>
                    <p className="mt-1">{tRules(`paths.${id}.explanation`)}</p>
                    {article(id) && <StatuteText article={article(id)!} />}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  )
}
