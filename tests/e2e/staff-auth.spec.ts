import { randomInt } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import fc from 'fast-check'
import { builtAction, callAction } from './support/actions'
import { e2eDb } from './support/e2e-db'
import { createStaff, enterPassword, signIn } from './support/staff'

const summary = (page: Page) => page.locator('[role=alert][data-error-summary]')

/**
 * Tests that fail sign-ins on purpose come from an address of their own (the server reads it from
 * X-Forwarded-For, as behind a proxy), so they never lock the address the other tests share.
 */
const ownAddress = () => ({ 'X-Forwarded-For': `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` })

test('an administrator sets up two-factor at the first sign-in, then signs in with a code', async ({ page }) => {
  const admin = await createStaff('admin')
  await signIn(page, 'en', admin)
  expect(admin.totpSecret).toMatch(/^[A-Z2-7]+=*$/)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/en\/staff\/login\?reason=signed-out/)
  await expect(page.getByText('You have signed out.')).toBeVisible()
  await signIn(page, 'ja', admin)
})

test('wrong passwords are refused, then the account is locked even for the right password', async ({ browser }) => {
  const page = await (await browser.newContext({ extraHTTPHeaders: ownAddress() })).newPage()
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

test('many failures from one address lock that address, for every account', async ({ browser }) => {
  const page = await (await browser.newContext({ extraHTTPHeaders: ownAddress() })).newPage()
  const staff = await createStaff('staff')
  // 20 wrong attempts spread over 5 accounts: no account reaches its own limit of 5.
  const others = Array.from({ length: 5 }, (_, i) => ({ ...staff, email: `nobody-${i}-${staff.email}`, password: 'wrong-password' }))
  for (let i = 0; i < 20; i++) {
    await enterPassword(page, 'ja', others[i % 5]!)
    await expect(summary(page)).toContainText(i < 19 ? 'メールアドレスまたはパスワードが正しくありません。' : '（日本時間）までログインを停止しています')
  }
  await enterPassword(page, 'ja', staff)
  await expect(summary(page)).toContainText('（日本時間）までログインを停止しています')
  // The same account from another address is not affected.
  const elsewhere = await (await browser.newContext({ extraHTTPHeaders: ownAddress() })).newPage()
  await signIn(elsewhere, 'ja', staff)
})

test('random and hostile payloads to the sign-in actions never cause a 500 and never sign anyone in', async ({ request }) => {
  const staff = await createStaff('staff')
  const actions = [builtAction('app/[locale]/staff/login/actions.ts', 'signInAction'), builtAction('app/[locale]/staff/login/actions.ts', 'secondFactorAction')]
  const payload = fc.oneof(
    fc.anything(),
    fc.record({ email: fc.oneof(fc.string(), fc.constant(staff.email), fc.constant(`<script>${staff.email}`)), password: fc.oneof(fc.string({ maxLength: 300 }), fc.constant("' OR 1=1 --")) }),
    fc.record({ code: fc.oneof(fc.string(), fc.stringMatching(/^\d{6}$/)) }, { requiredKeys: [] }),
  )
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...actions), payload, fc.boolean(), async (action, value, asList) => {
      const { status, body } = await callAction(request, action, asList ? [value] : JSON.stringify(value) + '\u0000', 'en', ownAddress())
      expect(status).not.toBe(500)
      expect(status === 200 || status === 400, `${status} ${body.slice(0, 200)}`).toBe(true)
      expect(body).not.toContain('"ok":true')
    }),
    { numRuns: 80 },
  )
  const db = e2eDb()
  try {
    expect((db.prepare('SELECT COUNT(*) AS n FROM Session WHERE userId = ?').get(staff.id) as { n: number }).n).toBe(0)
  } finally {
    db.close()
  }
})
