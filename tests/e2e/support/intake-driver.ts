import { expect, type Page } from '@playwright/test'
import { createTranslator } from 'use-intl/core'
import en from '@/messages/en.json' with { type: 'json' }
import ja from '@/messages/ja.json' with { type: 'json' }
import { ITEM_RULES, visibleFields, visibleSections, type Answers, type SectionId } from '@/lib/intake'
import { FIELD_SPECS, ITEM_SPECS, type FieldSpec } from '@/lib/intake/field-specs'

export type Locale = 'ja' | 'en'

/** The app's own words, so tests find controls by the labels a client sees, in either language. */
export function translator(locale: Locale): (key: string, values?: Record<string, string | number>) => string {
  const t = createTranslator({ locale, messages: (locale === 'ja' ? ja : en) as Record<string, unknown> as never })
  return (key, values) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values)
}

/** Starts an interview from the start page and returns the private token from the URL. */
export async function startIntake(page: Page, locale: Locale): Promise<string> {
  const t = translator(locale)
  await page.goto(`/${locale}/intake`)
  await page.getByRole('button', { name: t('IntakeUi.start.button') }).click()
  await page.waitForURL(new RegExp(`/${locale}/intake/[A-Za-z0-9_-]{43}/respondent$`))
  return page.url().split('/intake/')[1]!.split('/')[0]!
}

async function fillControl(page: Page, id: string, spec: Exclude<FieldSpec, { kind: 'list' }>, value: unknown, optionLabel: (v: string) => string) {
  if (spec.kind === 'choice' || spec.kind === 'boolean') {
    const options = spec.kind === 'boolean' ? ['true', 'false'] : spec.options
    if (options.length > 6) {
      await page.locator(`#${id}`).selectOption(String(value))
      return
    }
    const group = page.locator('fieldset', { has: page.locator(`#${id}`) }).first()
    await group.getByRole('radio', { name: optionLabel(String(value)), exact: true }).check()
    return
  }
  const input = page.locator(`#${id}`)
  await input.fill(value === null || value === undefined ? '' : String(value))
}

/**
 * Answers one step the way a person would: only the questions on screen, in order, adding list
 * items with the "Add" button; then "Next".
 */
export async function answerSection(page: Page, locale: Locale, section: SectionId, answers: Answers, soFar: Answers) {
  const t = translator(locale)
  const respondent = soFar.respondent?.respondent && soFar.respondent.respondent !== 'self' ? 'other' : 'self'
  const values = (answers[section] ?? {}) as Record<string, unknown>
  const filled: Record<string, unknown> = {}
  for (const field of Object.keys(FIELD_SPECS[section])) {
    if (!(field in values)) continue
    filled[field] = values[field]
    const shown = visibleFields(section, { ...soFar, [section]: filled } as Answers) as string[]
    if (!shown.includes(field)) continue
    const spec = FIELD_SPECS[section][field]!
    if (spec.kind === 'list') {
      const items = values[field] as Record<string, unknown>[]
      for (const [index, item] of items.entries()) {
        await page.getByRole('button', { name: new RegExp(`^${t('Intake.list.add')}`) }).click()
        const rule = ITEM_RULES[spec.list] as (i: Record<string, unknown>) => readonly string[]
        const partial: Record<string, unknown> = {}
        for (const itemField of Object.keys(ITEM_SPECS[spec.list])) {
          if (!(itemField in item)) continue
          partial[itemField] = item[itemField]
          if (!rule(partial).includes(itemField)) continue
          const itemSpec = ITEM_SPECS[spec.list][itemField] as Exclude<FieldSpec, { kind: 'list' }>
          await fillControl(page, `f-${field}-${index}-${itemField}`, itemSpec, item[itemField], (v) =>
            t(`Intake.questions.${section}.${spec.list}.fields.${itemField}.options.${v}`, { respondent }),
          )
        }
      }
      continue
    }
    await fillControl(page, `f-${field}`, spec, values[field], (v) => t(`Intake.questions.${section}.${field}.options.${v}`, { respondent }))
  }
  await page.getByRole('button', { name: t('Intake.nav.next'), exact: true }).click()
}

/** Goes through every step that applies, then the review page, and sends the answers. */
export async function completeIntake(page: Page, locale: Locale, answers: Answers): Promise<string> {
  const token = await startIntake(page, locale)
  const t = translator(locale)
  let soFar: Answers = {}
  for (const section of visibleSections(answers)) {
    await expect(page).toHaveURL(new RegExp(`/intake/${token}/${section}$`))
    await answerSection(page, locale, section, answers, soFar)
    soFar = { ...soFar, [section]: answers[section] }
  }
  await expect(page).toHaveURL(new RegExp(`/intake/${token}/review$`))
  await page.getByRole('button', { name: t('Intake.review.submit') }).click()
  await expect(page).toHaveURL(new RegExp(`/${locale}/case/${token}$`))
  return token
}
