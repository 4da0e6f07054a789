import { randomInt } from 'node:crypto'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { axe } from './support/axe'
import type { Answers } from '@/lib/intake'
import { caseIdOf } from './support/e2e-db'
import { submitIntakeViaApi } from './support/intake-api'
import { translator, type Locale } from './support/intake-driver'
import { SITUATIONS } from './support/situations'
import { createStaff, signIn, type StaffAccount } from './support/staff'

/**
 * The staff case list in both languages: cases sent through the intake JSON API, found by a
 * search (mixed case, Japanese script) and by a filter, opened from the list; the list, its filter
 * problems and its empty state pass axe on desktop and phone. Names carry a random tag so the
 * tests find their own cases whatever other tests have sent to the same server.
 */

const pick = (alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('')
const latinTag = () => pick('bcdfghjkmnpqrstvwxz', 6)
const kanaTag = () => pick('アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモ', 5)

type Submitted = { reference: string; id: string }

async function submitCase(
  request: APIRequestContext,
  locale: Locale,
  answers: Answers,
  name: string,
): Promise<Submitted> {
  const withName = { ...answers, contact: { ...answers.contact, name, email: `${latinTag()}@example.com` } } as Answers
  const { reference } = await submitIntakeViaApi(request, locale, withName)
  return { reference, id: caseIdOf(reference) }
}

let staff: StaffAccount
test.beforeAll(async () => {
  staff = await createStaff('staff', 'List Tester')
})

for (const locale of ['ja', 'en'] as const) {
  const t = translator(locale)
  const label = (key: string) => t(`StaffCases.filters.${key}`)

  test.describe(`case list in ${locale}`, () => {
    test('finds a case by search and by a filter, and opens it', async ({ page, request }) => {
      const latin = latinTag()
      const kana = kanaTag()
      const detained = await submitCase(
        request,
        locale,
        SITUATIONS['detained with an open deadline']!,
        `Ximena ${latin[0]!.toUpperCase()}${latin.slice(1)} Quispe`,
      )
      const abroad = await submitCase(request, locale, SITUATIONS['deportee abroad with a ban']!, `グエン・${kana}`)
      await signIn(page, locale, staff)
      await expect(page.getByRole('heading', { level: 1, name: t('StaffCases.title') })).toBeVisible()

      // Search in another case than the name was written in.
      await page.getByLabel(label('q'), { exact: true }).fill(latin.toUpperCase())
      await page.getByRole('button', { name: label('submit') }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/staff/cases\\?q=${latin.toUpperCase()}$`))
      await expect(page.getByText(t('StaffCases.count', { count: 1 }), { exact: true })).toBeVisible()
      const row = page.getByRole('row').filter({ hasText: detained.reference })
      await expect(row.getByRole('cell', { name: t('StaffCases.status.new'), exact: true })).toBeVisible()
      await expect(row.getByText(t('Rules.urgency.critical'))).toBeVisible()
      await expect(
        row.getByRole('cell', { name: t('Rules.paths.special-permission-to-stay.label'), exact: true }),
      ).toBeVisible()
      await expect(page.getByLabel(label('q'), { exact: true })).toHaveValue(latin.toUpperCase())

      // Search in Japanese script.
      await page.getByLabel(label('q'), { exact: true }).fill(kana)
      await page.getByRole('button', { name: label('submit') }).click()
      await expect(page.getByRole('row').filter({ hasText: abroad.reference })).toContainText(
        t('Rules.grounds.deportation-first-5y.label'),
      )
      await expect(page.getByRole('row').filter({ hasText: detained.reference })).toHaveCount(0)

      // A filter: critical cases, newest first (the tests' own cases are the newest).
      await page.getByLabel(label('q'), { exact: true }).fill('')
      await page.getByLabel(label('urgency'), { exact: true }).selectOption({ label: t('Rules.urgency.critical') })
      await page
        .getByLabel(label('sort'), { exact: true })
        .selectOption({ label: t('StaffCases.sorts.submitted-desc') })
      await page.getByRole('button', { name: label('submit') }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/staff/cases\\?urgency=critical&sort=submitted-desc$`))
      await expect(page.getByRole('row').filter({ hasText: detained.reference })).toBeVisible()
      await expect(page.getByRole('row').filter({ hasText: abroad.reference })).toHaveCount(0)
      await expect(page.getByRole('columnheader', { name: t('StaffCases.table.submitted') })).toHaveAttribute(
        'aria-sort',
        'descending',
      )

      // The reference opens the case (the case page itself is tested in staff-case.spec.ts).
      const link = page.getByRole('link', { name: detained.reference, exact: true })
      await expect(link).toHaveAttribute('href', `/${locale}/staff/cases/${detained.id}`)
      await link.click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/staff/cases/${detained.id}$`))
    })

    test('the list, its filter problems and its empty state are accessible @phone', async ({ page, request }) => {
      await submitCase(request, locale, SITUATIONS['detained with an open deadline']!, `Axe ${latinTag()}`)
      await signIn(page, locale, staff)
      await expect(page.getByRole('table')).toBeVisible()
      expect((await axe(page)).violations).toEqual([])

      await page.goto(`/${locale}/staff/cases?status=lost&deadlineFrom=2026-05-01&deadlineTo=2026-04-01`)
      const summary = page.getByRole('alert', { name: t('StaffCases.problems.title', { count: 2 }) })
      await expect(summary).toBeFocused()
      await expect(summary.getByRole('link', { name: new RegExp(t('StaffCases.problems.range')) })).toHaveAttribute(
        'href',
        '#filter-deadlineTo',
      )
      await expect(page.getByLabel(label('status'), { exact: true })).toHaveAttribute('aria-invalid', 'true')
      await expect(page.getByLabel(label('to'), { exact: true }).last()).toHaveAttribute('aria-invalid', 'true')
      expect((await axe(page)).violations).toEqual([])

      await page.goto(`/${locale}/staff/cases?q=${latinTag()}${latinTag()}`)
      await expect(page.getByText(t('StaffCases.empty.filtered'))).toBeVisible()
      await expect(page.getByRole('table')).toHaveCount(0)
      expect((await axe(page)).violations).toEqual([])
    })
  })
}

test('the list needs a signed-in staff member', async ({ page }) => {
  await page.goto('/en/staff/cases')
  await expect(page).toHaveURL(/\/en\/staff\/login$/)
})
