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

export type InputMode = 'pointer' | 'keyboard'

/** Presses Tab until the element matching `selector` has focus: proof it is reachable by keyboard. */
export async function tabTo(page: Page, target: string | { buttonText: string }, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    const reached = await page.evaluate((t) => {
      const el = document.activeElement
      if (!el) return false
      return typeof t === 'string' ? el.matches(t) : el.tagName === 'BUTTON' && (el.textContent ?? '').trim().startsWith(t.buttonText)
    }, target)
    if (reached) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Could not reach ${JSON.stringify(target)} with the Tab key`)
}

async function fillByKeyboard(page: Page, id: string, spec: Exclude<FieldSpec, { kind: 'list' }>, value: unknown) {
  if (spec.kind === 'choice' || spec.kind === 'boolean') {
    const options = spec.kind === 'boolean' ? ['true', 'false'] : [...spec.options]
    const target = options.indexOf(String(value))
    if (options.length > 6) {
      await tabTo(page, `#${id}`)
      // From the empty "Choose" entry, each ArrowDown selects the next option.
      for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown')
      return
    }
    // Tab enters a radio group on its first (or checked) radio; arrows move and select within it.
    await tabTo(page, `#${id}[type="radio"], [id^="${id}-"][type="radio"]`)
    const current = await page.evaluate(() => (document.activeElement as HTMLInputElement).value)
    let index = options.indexOf(current)
    if (index === target) {
      await page.keyboard.press('Space')
      return
    }
    while (index !== target) {
      await page.keyboard.press(index < target ? 'ArrowDown' : 'ArrowUp')
      index += index < target ? 1 : -1
    }
    return
  }
  await tabTo(page, `#${id}`)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  const text = value === null || value === undefined ? '' : String(value)
  if (spec.kind === 'date' && text) {
    // Chromium's date field takes the digits segment by segment in the locale's order.
    const [y, m, d] = text.split('-')
    const order = await page.evaluate(() => new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2000, 10, 22)).filter((p) => p.type !== 'literal').map((p) => p.type))
    for (const part of order) await page.keyboard.type(part === 'year' ? y! : part === 'month' ? m! : d!)
    return
  }
  await page.keyboard.type(text)
}

async function fillControl(page: Page, id: string, spec: Exclude<FieldSpec, { kind: 'list' }>, value: unknown, optionLabel: (v: string) => string, mode: InputMode = 'pointer') {
  if (mode === 'keyboard') return fillByKeyboard(page, id, spec, value)
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
export async function answerSection(page: Page, locale: Locale, section: SectionId, answers: Answers, soFar: Answers, mode: InputMode = 'pointer') {
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
        const add = page.getByRole('button', { name: new RegExp(`^${t('Intake.list.add')}`) })
        if (mode === 'keyboard') {
          await tabTo(page, { buttonText: t('Intake.list.add') })
          await page.keyboard.press('Enter')
        } else await add.click()
        await expect(page.locator(`#f-${field}-${index}-${Object.keys(ITEM_SPECS[spec.list])[0]}`).first()).toBeAttached()
        const rule = ITEM_RULES[spec.list] as (i: Record<string, unknown>) => readonly string[]
        const partial: Record<string, unknown> = {}
        for (const itemField of Object.keys(ITEM_SPECS[spec.list])) {
          if (!(itemField in item)) continue
          partial[itemField] = item[itemField]
          if (!rule(partial).includes(itemField)) continue
          const itemSpec = ITEM_SPECS[spec.list][itemField] as Exclude<FieldSpec, { kind: 'list' }>
          await fillControl(page, `f-${field}-${index}-${itemField}`, itemSpec, item[itemField], (v) =>
            t(`Intake.questions.${section}.${spec.list}.fields.${itemField}.options.${v}`, { respondent }),
            mode,
          )
        }
      }
      continue
    }
    await fillControl(page, `f-${field}`, spec, values[field], (v) => t(`Intake.questions.${section}.${field}.options.${v}`, { respondent }), mode)
  }
  if (mode === 'keyboard') {
    await tabTo(page, 'button[type="submit"]')
    await page.keyboard.press('Enter')
  } else await page.getByRole('button', { name: t('Intake.nav.next'), exact: true }).click()
}

type DriveOptions = { mode?: InputMode; onStep?: (section: SectionId | 'review') => Promise<void> }

/**
 * Waits until the page has arrived, title included: each step has its own title, and on a
 * client-side navigation the URL changes before the new title is in the document.
 */
async function expectPage(page: Page, locale: Locale, path: RegExp, titleKey: string): Promise<void> {
  const t = translator(locale)
  await expect(page).toHaveURL(path)
  await expect(page).toHaveTitle(pageTitle(locale, t(titleKey)))
}

/** A page's full title as the layout's template makes it ("Step | Office"). */
export const pageTitle = (locale: Locale, title: string) =>
  translator(locale)('Metadata.titleTemplate').replace('%s', title)

/** Goes through every step that applies and stops on the review page; returns the private token. */
export async function fillToReview(page: Page, locale: Locale, answers: Answers, opts: DriveOptions = {}): Promise<string> {
  const token = await startIntake(page, locale)
  let soFar: Answers = {}
  for (const section of visibleSections(answers)) {
    await expectPage(page, locale, new RegExp(`/intake/${token}/${section}$`), `Intake.sections.${section}.title`)
    await opts.onStep?.(section)
    await answerSection(page, locale, section, answers, soFar, opts.mode)
    soFar = { ...soFar, [section]: answers[section] }
  }
  await expectPage(page, locale, new RegExp(`/intake/${token}/review$`), 'Intake.review.title')
  await opts.onStep?.('review')
  return token
}

/** The whole interview: every step, the review page, and "Send answers"; ends on the result page. */
export async function completeIntake(page: Page, locale: Locale, answers: Answers, opts: DriveOptions = {}): Promise<string> {
  const token = await fillToReview(page, locale, answers, opts)
  const t = translator(locale)
  if (opts.mode === 'keyboard') {
    await tabTo(page, { buttonText: t('Intake.review.submit') })
    await page.keyboard.press('Enter')
  } else await page.getByRole('button', { name: t('Intake.review.submit') }).click()
  await expectPage(page, locale, new RegExp(`/${locale}/case/${token}$`), 'Result.title')
  return token
}
