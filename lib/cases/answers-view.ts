import {
  DraftAnswersSchema,
  ITEM_RULES,
  pruneHidden,
  visibleFields,
  visibleSections,
  type Answers,
  type SectionId,
} from '@/lib/intake'
import { FIELD_SPECS, ITEM_SPECS, type FieldSpec, type ListName } from '@/lib/intake/field-specs'

/**
 * A case's answers as rows to print, section by section, with message keys (under `Intake`) for
 * labels and options: the same visibility rules as the client's review page, so staff read exactly
 * the questions the client was asked. Pure, so the detail page and the printout share it.
 */
export type AnswerValue =
  | { kind: 'none' }
  | { kind: 'option'; key: string }
  | { kind: 'years' | 'months'; value: number }
  | { kind: 'date'; date: string }
  | { kind: 'text'; text: string }

export type AnswerItem = { titleKey: string; number: number; rows: AnswerRow[] }
export type AnswerRow =
  | { field: string; labelKey: string; kind: 'value'; value: AnswerValue }
  | { field: string; labelKey: string; kind: 'list'; items: AnswerItem[] }
export type AnswerSection = { section: SectionId; titleKey: string; rows: AnswerRow[] }

function valueOf(base: string, spec: Exclude<FieldSpec, { kind: 'list' }>, value: unknown): AnswerValue {
  if (value === undefined || value === null || value === '') return { kind: 'none' }
  switch (spec.kind) {
    case 'choice':
    case 'boolean':
      return { kind: 'option', key: `${base}.options.${String(value)}` }
    case 'years':
    case 'months':
      return typeof value === 'number' ? { kind: spec.kind, value } : { kind: 'none' }
    case 'date':
      return { kind: 'date', date: String(value) }
    default:
      return { kind: 'text', text: String(value) }
  }
}

function listItems(section: SectionId, name: ListName, items: unknown): AnswerItem[] {
  if (!Array.isArray(items)) return []
  const rule = ITEM_RULES[name] as (item: Record<string, unknown>) => readonly string[]
  return (items as Record<string, unknown>[]).map((item, index) => ({
    titleKey: `questions.${section}.${name}.itemTitle`,
    number: index + 1,
    rows: rule(item).map((field) => {
      const base = `questions.${section}.${name}.fields.${field}`
      const spec = ITEM_SPECS[name][field] as Exclude<FieldSpec, { kind: 'list' }>
      return { field, labelKey: `${base}.label`, kind: 'value' as const, value: valueOf(base, spec, item[field]) }
    }),
  }))
}

/** Stored answers are re-validated: JSON that no longer fits the interview shows as no answers, never as guesses. */
export function answersView(raw: unknown, only?: readonly SectionId[]): AnswerSection[] {
  const parsed = DraftAnswersSchema.safeParse(raw)
  if (!parsed.success) return []
  const answers: Answers = pruneHidden(parsed.data as Answers)
  return visibleSections(answers)
    .filter((section) => !only || only.includes(section))
    .map((section) => {
      const values = (answers[section] ?? {}) as Record<string, unknown>
      const rows = (visibleFields(section, answers) as string[]).map((field): AnswerRow => {
        const spec = FIELD_SPECS[section][field]!
        const base = `questions.${section}.${field}`
        return spec.kind === 'list'
          ? { field, labelKey: `${base}.label`, kind: 'list', items: listItems(section, spec.list, values[field]) }
          : { field, labelKey: `${base}.label`, kind: 'value', value: valueOf(base, spec, values[field]) }
      })
      return { section, titleKey: `sections.${section}.title`, rows }
    })
}
