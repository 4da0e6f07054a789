'use client'

import { useTranslations } from 'next-intl'
import type { ListName } from '@/lib/intake/field-specs'
import type { SectionId } from '@/lib/intake/sections'

/** Where a field's words live in messages: a section field, or a field of a list item. */
export type FieldRef = { section: SectionId; field: string; list?: ListName }

function base({ section, field, list }: FieldRef): string {
  return list ? `questions.${section}.${list}.fields.${field}` : `questions.${section}.${field}`
}

/** Labels worded for whoever fills in: the person themself, or someone on their behalf. */
export function useIntakeLabels(respondent: 'self' | 'other') {
  const t = useTranslations('Intake')
  const args = { respondent }
  return {
    label: (ref: FieldRef) => t(`${base(ref)}.label`, args),
    hint: (ref: FieldRef) => (t.has(`${base(ref)}.hint`) ? t(`${base(ref)}.hint`, args) : undefined),
    option: (ref: FieldRef, value: string) => t(`${base(ref)}.options.${value}`, args),
    listTitle: (section: SectionId, list: ListName) => t(`questions.${section}.${list}.label`, args),
    itemTitle: (section: SectionId, list: ListName, number: number) => t(`questions.${section}.${list}.itemTitle`, { number }),
    t,
  }
}

/** A field's DOM id from its form path, e.g. "departures.0.date" -> "f-departures-0-date". */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`
