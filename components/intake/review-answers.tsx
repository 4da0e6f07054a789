import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'
import { ITEM_RULES, pruneHidden, visibleFields, visibleSections, type Answers, type SectionId } from '@/lib/intake'
import { FIELD_SPECS, ITEM_SPECS, type FieldSpec, type ListName } from '@/lib/intake/field-specs'

type Props = { token: string; answers: Answers; respondent: 'self' | 'other' }

/** Every answer in readable form, section by section, each with a link to change it. */
export async function ReviewAnswers({ token, answers, respondent }: Props) {
  const t = await getTranslations('Intake')
  const visible = pruneHidden(answers)
  const args = { respondent }

  const show = (base: string, spec: FieldSpec, value: unknown): string => {
    if (value === undefined || value === '' || value === null) {
      return spec.kind === 'years' || spec.kind === 'months' || spec.kind === 'date' ? t('review.notAnswered') : t('review.notAnswered')
    }
    if (spec.kind === 'choice' || spec.kind === 'boolean') return t(`${base}.options.${String(value)}`, args)
    if (spec.kind === 'years') return t('review.yearsValue', { years: Number(value) })
    if (spec.kind === 'months') return t('review.monthsValue', { months: Number(value) })
    return String(value)
  }

  const list = (section: SectionId, name: ListName, items: Record<string, unknown>[]) => (
    <ol className="space-y-3">
      {items.map((item, index) => (
        <li key={index} className="rounded border border-gray-300 p-3">
          <p className="font-semibold">{t(`questions.${section}.${name}.itemTitle`, { number: index + 1 })}</p>
          <dl className="mt-1 grid gap-x-4 sm:grid-cols-2">
            {(ITEM_RULES[name] as (i: Record<string, unknown>) => readonly string[])(item).map((field) => {
              const base = `questions.${section}.${name}.fields.${field}`
              return (
                <div key={field} className="contents">
                  <dt className="text-muted">{t(`${base}.label`, args)}</dt>
                  <dd>{show(base, ITEM_SPECS[name][field]!, item[field])}</dd>
                </div>
              )
            })}
          </dl>
        </li>
      ))}
    </ol>
  )

  return (
    <div className="space-y-6">
      {visibleSections(visible).map((section) => {
        const values = (visible[section] ?? {}) as Record<string, unknown>
        return (
          <section key={section} aria-labelledby={`review-${section}`} className="rounded-lg border border-brand-100 p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`review-${section}`} className="text-lg font-bold text-brand-800">
                {t(`sections.${section}.title`)}
              </h2>
              <Link href={`/intake/${token}/${section}`} className="font-semibold text-brand-700 underline underline-offset-4">
                {t('review.edit')}
                <span className="sr-only"> {t(`sections.${section}.title`)}</span>
              </Link>
            </div>
            <dl className="mt-3 space-y-3">
              {(visibleFields(section, visible) as string[]).map((field) => {
                const spec = FIELD_SPECS[section][field]!
                const base = `questions.${section}.${field}`
                return (
                  <div key={field}>
                    <dt className="font-semibold">{spec.kind === 'list' ? t(`${base}.label`, args) : t(`${base}.label`, args)}</dt>
                    <dd className="mt-1">
                      {spec.kind === 'list'
                        ? list(section, spec.list, (values[field] as Record<string, unknown>[] | undefined) ?? [])
                        : show(base, spec, values[field])}
                    </dd>
                  </div>
                )
              })}
            </dl>
          </section>
        )
      })}
    </div>
  )
}
