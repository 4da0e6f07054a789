import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'
import { completeIntake, pageTitle, startIntake, translator, type Locale } from './support/intake-driver'
import { SITUATIONS } from './support/situations'

for (const locale of ['ja', 'en'] as Locale[]) {
  test(`every step, its errors and the result are accessible (${locale}) @phone`, async ({ page }) => {
    const t = translator(locale)
    await page.goto(`/${locale}/intake`)
    await expectNoAxeViolations(page, 'start')
    // Errors shown: the summary takes focus and links to the field.
    await startIntake(page, locale)
    await page.getByRole('button', { name: t('Intake.nav.next'), exact: true }).click()
    const summary = page.getByRole('alert').filter({ hasText: t('Intake.errors.required') })
    await expect(summary).toBeFocused()
    await expectNoAxeViolations(page, 'errors')

    await completeIntake(page, locale, SITUATIONS['deportee abroad with a ban']!, {
      onStep: (section) => expectNoAxeViolations(page, section),
    })
    await expectNoAxeViolations(page, 'result')
    await page.getByRole('link', { name: t('Result.nav.status') }).click()
    await expect(page).toHaveTitle(pageTitle(locale, t('CaseStatus.title')))
    await expectNoAxeViolations(page, 'status')
  })
}

test('a whole interview can be completed with the keyboard alone (en, with a list)', async ({ page }) => {
  await completeIntake(page, 'en', SITUATIONS['deportee abroad with a ban']!, { mode: 'keyboard' })
  await expect(page.locator('[data-ground="deportation-first-5y"]')).toBeVisible()
})

test('a whole interview can be completed with the keyboard alone (ja, detained)', async ({ page }) => {
  await completeIntake(page, 'ja', SITUATIONS['detained with an open deadline']!, { mode: 'keyboard' })
  await expect(page.locator('[data-deadline="oral-hearing-request"]')).toBeVisible()
})
