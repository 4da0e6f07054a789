'use client'

import { useTranslations } from 'next-intl'
import { get, useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import { MAX_ITEMS } from '@/lib/intake/limits'
import type { SectionId } from '@/lib/intake/sections'
import { ITEM_RULES } from '@/lib/intake/visibility'
import { ITEM_SPECS, type FieldSpec, type ListName } from '@/lib/intake/field-specs'
import { FieldControl } from './field-control'
import { fieldId, useIntakeLabels } from './labels'

type Props = { section: SectionId; list: ListName; respondent: 'self' | 'other' }

/** Departures, refusals, convictions, children: each added, edited in place and removed on its own. */
export function ListField({ section, list, respondent }: Props) {
  const { control, formState } = useFormContext()
  const { fields, append, remove } = useFieldArray({ control, name: list })
  const items = (useWatch({ control, name: list }) ?? []) as Record<string, unknown>[]
  const labels = useIntakeLabels(respondent)
  const t = useTranslations('Intake.list')
  const tRoot = useTranslations()
  const listError = get(formState.errors, list) as { message?: string; root?: { message?: string } } | undefined
  const message = (listError?.message ?? listError?.root?.message) as string | undefined
  const rule = ITEM_RULES[list] as (item: Record<string, unknown>) => readonly string[]

  return (
    <section className="mb-8" aria-labelledby={`${fieldId(list)}-title`}>
      <h2 id={`${fieldId(list)}-title`} className="text-lg font-bold">
        {labels.listTitle(section, list)}
      </h2>
      {message && (
        <p id={fieldId(list)} tabIndex={-1} className="mt-1 font-semibold text-red-700">
          {tRoot(message)}
        </p>
      )}
      {fields.length === 0 && <p className="mt-2 text-muted">{t('empty')}</p>}
      <ol className="mt-3 space-y-4">
        {fields.map((item, index) => (
          <li key={item.id}>
            <fieldset className="rounded-lg border border-gray-400 p-4">
              <legend className="px-1 font-bold">{labels.itemTitle(section, list, index + 1)}</legend>
              {rule(items[index] ?? {}).map((field) => (
                <FieldControl
                  key={field}
                  path={`${list}.${index}.${field}`}
                  spec={ITEM_SPECS[list][field] as Exclude<FieldSpec, { kind: 'list' }>}
                  refs={{ section, field, list }}
                  respondent={respondent}
                />
              ))}
              <button
                type="button"
                onClick={() => remove(index)}
                className="min-h-11 rounded-md border border-red-700 px-4 py-2 text-red-800 hover:bg-red-50"
              >
                {t('remove')}
                <span className="sr-only"> {labels.itemTitle(section, list, index + 1)}</span>
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      {fields.length < MAX_ITEMS ? (
        <button
          type="button"
          onClick={() => append({})}
          className="mt-4 min-h-11 rounded-md border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t('add')}
          <span className="sr-only"> {labels.listTitle(section, list)}</span>
        </button>
      ) : (
        <p className="mt-4 text-muted">{t('max', { max: MAX_ITEMS })}</p>
      )}
    </section>
  )
}
