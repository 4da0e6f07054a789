import type { z } from 'zod'
import { ITEM_RULES, visibleFields, visibleSections, type ItemRules } from './visibility'
import type { SectionId } from './sections'
import type { Answers } from './types'

/**
 * Fields that may stay blank even when shown: contact extras, and numbers and
 * dates people often cannot give exactly. Blank becomes null in the facts and the
 * rules turn what they need into review notes, which beats a guessed number.
 */
const OPTIONAL = new Set([
  'contact.nationality',
  'contact.phone',
  'situation.yearsInJapan',
  'situation.illegalStayYears',
  'family.marriedOn',
  'family.cohabitingYears',
  'goals.message',
  'convictions.servedMonths',
  'convictions.finalOn',
])

const isBlank = (value: unknown) => value === undefined || value === null || value === ''

type Ctx = z.core.$RefinementCtx

/** Requires every visible, non-optional field of one section, and list items field by field. */
export function requireSection(section: SectionId, answers: Answers, ctx: Ctx, prefix: PropertyKey[]): void {
  const values = answers[section] as Record<string, unknown> | undefined
  if (values === undefined) {
    ctx.addIssue({ code: 'custom', message: 'Intake.errors.required', path: prefix, input: values })
    return
  }
  for (const field of visibleFields(section, answers) as string[]) {
    const value = values[field]
    if (field in ITEM_RULES) {
      requireList(field as keyof ItemRules, value, ctx, [...prefix, field])
      continue
    }
    if (!OPTIONAL.has(`${section}.${field}`) && isBlank(value)) {
      ctx.addIssue({ code: 'custom', message: 'Intake.errors.required', path: [...prefix, field], input: value })
    }
  }
}

function requireList(list: keyof ItemRules, value: unknown, ctx: Ctx, path: PropertyKey[]): void {
  // A "yes" with nothing added is an unfinished answer, not an empty history.
  if (!Array.isArray(value) || value.length === 0) {
    ctx.addIssue({ code: 'custom', message: 'Intake.errors.addAtLeastOne', path, input: value })
    return
  }
  const rule = ITEM_RULES[list] as (item: unknown) => readonly string[]
  value.forEach((item: Record<string, unknown>, index) => {
    for (const field of rule(item)) {
      if (!OPTIONAL.has(`${list}.${field}`) && isBlank(item[field])) {
        ctx.addIssue({ code: 'custom', message: 'Intake.errors.required', path: [...path, index, field], input: item[field] })
      }
    }
  })
}

/** Requires every visible section of the whole interview. */
export function requireAll(answers: Answers, ctx: Ctx): void {
  for (const section of visibleSections(answers)) requireSection(section, answers, ctx, [section])
}
