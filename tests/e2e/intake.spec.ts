import { expect, test } from '@playwright/test'
import { answersToFacts, makeCompleteAnswersSchema } from '@/lib/intake'
import { assess } from '@/lib/rules'
import { todayInJapan } from '@/lib/time/tokyo'
import { completeIntake, type Locale } from './support/intake-driver'
import { SITUATIONS } from './support/situations'

/** What the rules say for the same answers, computed in the test from the library itself. */
function expected(answers: Parameters<typeof answersToFacts>[0] | object) {
  const today = todayInJapan()
  const complete = makeCompleteAnswersSchema({ today }).parse(answers)
  return assess(answersToFacts(complete).facts, { asOf: today })
}

for (const locale of ['en', 'ja'] as Locale[]) {
  for (const [name, answers] of Object.entries(SITUATIONS)) {
    test(`${name} (${locale}): the result page shows what the rules give`, async ({ page }) => {
      const assessment = expected(answers)
      await completeIntake(page, locale, answers)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByTestId('case-reference')).toHaveText(/^\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
      await expect(page.getByTestId('rules-version')).toContainText(assessment.rulesVersion)

      const paths = await page.locator('[data-path]').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')))
      expect(paths).toEqual(assessment.paths)
      if (assessment.recommendedPath) {
        await expect(page.locator('[data-recommended="true"]')).toHaveAttribute('data-path', assessment.recommendedPath)
      }
      const grounds = await page
        .locator('[data-ground]')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('data-ground'), e.getAttribute('data-last-barred-day'), e.getAttribute('data-first-eligible-day')]))
      expect(grounds).toEqual(assessment.grounds.map((g) => [g.id, g.lastBarredDay ?? '', g.firstEligibleDay ?? '']))
      const deadlines = await page
        .locator('[data-deadline]')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('data-deadline'), e.getAttribute('data-due')]))
      expect(deadlines.sort()).toEqual(assessment.deadlines.map((d) => [d.id, d.due]).sort())
    })
  }
}
