import { expect, test } from '@playwright/test'
import { answerSection, completeIntake, fillToReview, startIntake, translator } from './support/intake-driver'
import { casesForToken, draftAnswers } from './support/e2e-db'
import { SITUATIONS } from './support/situations'

const t = translator('en')

test('half-filled answers survive a reload and reopen from the private link in a new browser', async ({ page, browser }) => {
  const token = await startIntake(page, 'en')
  await answerSection(page, 'en', 'respondent', { respondent: { respondent: 'self' } }, {})
  await expect(page).toHaveURL(/\/contact$/)
  await page.locator('#f-name').fill('Maria Santos')
  await page.locator('#f-email').fill('maria@exa')
  await expect(page.getByRole('status').filter({ hasText: t('IntakeUi.autosave.saved') })).toBeVisible()

  await page.reload()
  await expect(page.locator('#f-name')).toHaveValue('Maria Santos')
  await expect(page.locator('#f-email')).toHaveValue('maria@exa')

  const other = await browser.newContext()
  const fresh = await other.newPage()
  await fresh.goto(`/en/intake/${token}`)
  await expect(fresh).toHaveURL(new RegExp(`/en/intake/${token}/contact$`))
  await expect(fresh.locator('#f-name')).toHaveValue('Maria Santos')
  await expect(fresh.locator('#f-email')).toHaveValue('maria@exa')
  await fresh.getByRole('link', { name: t('Intake.nav.back') }).click()
  await expect(fresh.getByRole('radio', { name: t('Intake.questions.respondent.respondent.options.self') })).toBeChecked()
  await other.close()
})

test('a network error on "Next" loses nothing, and the retry goes through', async ({ page }) => {
  const token = await startIntake(page, 'en')
  await answerSection(page, 'en', 'respondent', { respondent: { respondent: 'self' } }, {})
  await page.locator('#f-name').fill('Maria Santos')
  await page.locator('#f-email').fill('maria@example.com')
  await page.getByRole('radio', { name: 'English' }).check()
  await page.route(`**/intake/${token}/contact`, (route) => (route.request().method() === 'POST' ? route.abort('failed') : route.continue()))
  await page.getByRole('button', { name: t('Intake.nav.next'), exact: true }).click()
  await expect(page.getByRole('alert').filter({ hasText: t('Common.errors.unexpected') })).toBeVisible()
  await expect(page.locator('#f-name')).toHaveValue('Maria Santos')
  await page.unroute(`**/intake/${token}/contact`)
  await page.getByRole('button', { name: t('Intake.nav.next'), exact: true }).click()
  await expect(page).toHaveURL(/\/situation$/)
  expect(draftAnswers(token)).toMatchObject({ contact: { name: 'Maria Santos', email: 'maria@example.com', preferredLanguage: 'en' } })
})

test('sending again over the API after the page sent it returns the same case', async ({ page, request }) => {
  const token = await completeIntake(page, 'en', SITUATIONS['no ground at all']!)
  const reference = await page.getByTestId('case-reference').textContent()
  const retries = await Promise.all([1, 2, 3].map(() => request.post(`/api/intake/${token}/submit`)))
  for (const response of retries) {
    expect(response.status()).toBe(200)
    expect(await response.json()).toEqual({ reference })
  }
  expect(casesForToken(token)).toBe(1)
})

test('a double click on "Send answers" makes one case', async ({ page }) => {
  const token = await fillToReview(page, 'en', SITUATIONS['no ground at all']!)
  await page.getByRole('button', { name: t('Intake.review.submit') }).dblclick()
  await expect(page).toHaveURL(new RegExp(`/en/case/${token}$`))
  expect(casesForToken(token)).toBe(1)
})
