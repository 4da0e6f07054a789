import { expect, test } from '@playwright/test'
import { startProductionServer, type BenchServer } from '@/bench/lib/server'
import { createStaffAccount } from '@/lib/auth/staff-accounts-core'
import { createDb } from '@/lib/db'
import { createStaff, enterPassword, freshCode, signIn, type StaffAccount } from './support/staff'

/**
 * Session ends: the idle timeout, on a server of its own started with a 4-second idle timeout
 * (SESSION_IDLE_SECONDS, the same setting production uses), and sign-out, which ends the session
 * everywhere at once because every request reads the session row.
 */
const IDLE_SECONDS = 4
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

test.describe('idle timeout', () => {
  let server: BenchServer
  test.beforeAll(async () => {
    server = await startProductionServer('idle-session', { SESSION_IDLE_SECONDS: String(IDLE_SECONDS) })
  })
  test.afterAll(async () => server?.stop())

  test('a session ends after the idle time, and activity keeps it alive', async ({ browser }) => {
    const db = createDb(`file:${server.dbFile}`)
    const account: StaffAccount = { id: '', email: 'idle-staff@example.jp', password: 'a-long-idle-password', role: 'staff', name: 'Idle Staff' }
    const created = await createStaffAccount(db, account)
    await db.$disconnect()
    expect(created).not.toBe('email-taken')

    const context = await browser.newContext({ baseURL: server.url })
    const page = await context.newPage()
    await signIn(page, 'en', account)
    // Active: a request every second for twice the idle time keeps the session.
    for (let i = 0; i < IDLE_SECONDS * 2; i++) {
      await sleep(1000)
      const response = await page.request.get('/en/staff/cases', { maxRedirects: 0 })
      expect(response.status(), `request ${i}`).toBe(200)
    }
    // Idle: longer than the timeout without a request ends it.
    await sleep((IDLE_SECONDS + 1.5) * 1000)
    await page.reload()
    await expect(page).toHaveURL(/\/en\/staff\/login/)
    await context.close()
  })
})

test('signing out in one browser ends that session; another session of the same person goes on', async ({ browser }) => {
  const staff = await createStaff('staff')
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()])
  const [pa, pb] = await Promise.all([a.newPage(), b.newPage()])
  await signIn(pa, 'ja', staff)
  await signIn(pb, 'ja', staff)
  const cookies = await a.cookies()
  await pa.getByRole('button', { name: 'ログアウト' }).click()
  await expect(pa).toHaveURL(/\/ja\/staff\/login\?reason=signed-out/)
  // The old cookie is now worthless, even replayed.
  const replay = await browser.newContext()
  await replay.addCookies(cookies)
  const response = await replay.request.get('/ja/staff/cases', { maxRedirects: 0 })
  expect(response.headers()['location']).toContain('/ja/staff/login')
  await pb.reload()
  await expect(pb).toHaveURL(/\/ja\/staff\/cases/)
  await Promise.all([a.close(), b.close(), replay.close()])
})

test('a wrong code at the second step is refused and the sign-in can be finished with a right one', async ({ page }) => {
  const admin = await createStaff('admin')
  await signIn(page, 'en', admin) // sets up two-factor
  await page.getByRole('button', { name: 'Sign out' }).click()
  await enterPassword(page, 'en', admin)
  await expect(page).toHaveURL(/\/en\/staff\/login\/verify/)
  await page.getByLabel('Code').fill('000000')
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.locator('[role=alert][data-error-summary]')).toContainText('The code is not correct')
  await expect(page.locator('[role=alert][data-error-summary]')).toBeFocused()
  const code = await freshCode(admin.totpSecret!, admin.lastCode)
  await page.getByRole('textbox', { name: 'Code' }).fill(code)
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page).toHaveURL(/\/en\/staff\/cases/)
})
