import { getTranslations } from 'next-intl/server'
import type { SectionId } from '@/lib/intake/sections'

/** "Step 3 of 9" with a bar; the review page counts as the last step. */
export async function IntakeProgress({ sections, current }: { sections: readonly SectionId[]; current: SectionId | 'review' }) {
  const t = await getTranslations('Intake')
  const total = sections.length + 1
  const index = current === 'review' ? total : sections.indexOf(current) + 1
  return (
    <div className="mb-6">
      <p className="text-sm font-semibold text-muted">{t('nav.step', { current: index, total })}</p>
      <div className="mt-1 h-2 w-full rounded bg-brand-100" aria-hidden="true">
        <div className="h-2 rounded bg-brand-700" style={{ width: `${Math.round((index / total) * 100)}%` }} />
      </div>
    </div>
  )
}
