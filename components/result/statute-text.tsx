import { getTranslations } from 'next-intl/server'
import { getStatute } from '@/lib/statutes'

/** The article on demand: the Japanese text and the English reference side by side, each labelled for what it is. */
export async function StatuteText({ article }: { article: string }) {
  const statute = getStatute(article)
  if (!statute) return null
  const t = await getTranslations('Result.statute')
  const tRules = await getTranslations('Rules.statuteKinds')
  return (
    <details className="mt-2 rounded border border-gray-300 bg-white">
      <summary className="cursor-pointer px-3 py-2 font-semibold text-brand-800">
        {t('show', { article: statute.heading.ja + ' / ' + statute.heading.en })}
      </summary>
      <div className="grid gap-4 p-3 md:grid-cols-2">
        <div lang="ja">
          <p className="text-sm font-semibold text-muted">
            {statute.heading.ja}（{tRules(statute.ja.kind)}・{statute.ja.versionDate}）
          </p>
          <p className="mt-1 text-sm whitespace-pre-line">{statute.ja.text}</p>
          {statute.ja.note && <p className="mt-1 text-xs text-muted">{statute.ja.note}</p>}
        </div>
        <div lang="en">
          <p className="text-sm font-semibold text-muted">
            {statute.heading.en} ({tRules(statute.en.kind)}, {statute.en.versionDate})
          </p>
          <p className="mt-1 text-sm whitespace-pre-line">{statute.en.text}</p>
          {statute.en.note && <p className="mt-1 text-xs text-muted">{statute.en.note}</p>}
        </div>
      </div>
    </details>
  )
}
