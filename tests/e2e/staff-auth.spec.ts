import { expect, test, type Page } from '@playwright/test'
import { createStaff, enterPassword, signIn } from './support/staff'

const summary = (page: Page) => page.locator('[role=alert][aria-labelledby=error-summary-title]')

test('an administrator sets up two-factor at the first sign-in, then signs in with a code', async ({ page }) => {
  const admin = await createStaff('admin')
  await signIn(page, 'en', admin)
  expect(admin.totpSecret).toMatch(/^[A-Z2-7]+=*$/)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/en\/staff\/login\?reason=signed-out/)
  await expect(page.getByText('You have signed out.')).toBeVisible()
  await signIn(page, 'ja', admin)
})

test('wrong passwords are refused, then the account is locked even for the right password', async ({ page }) => {
  const staff = await createStaff('staff')
  const right = staff.password
  staff.password = 'not-the-password'
  for (let i = 1; i <= 4; i++) {
    await enterPassword(page, 'en', staff)
    await expect(summary(page)).toContainText('The email address or the password is not correct.')
  }
  await enterPassword(page, 'en', staff)
  await expect(summary(page)).toContainText('sign-in is paused until')
  staff.password = right
  await enterPassword(page, 'en', staff)
  await expect(summary(page)).toContainText('sign-in is paused until')
  await expect(page).toHaveURL(/\/en\/staff\/login/)
})
