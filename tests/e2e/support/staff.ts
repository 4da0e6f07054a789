import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { expect, type Page } from '@playwright/test'
import { createStaffAccount } from '@/lib/auth/staff-accounts-core'
import { createDb } from '@/lib/db'
import { totp } from './totp'

/**
 * Staff accounts for the browser tests, created in the test server's database with the same code
 * the administrators' screen and the create-admin command use, and signed in through the real
 * sign-in pages (password, then the authenticator code computed from the key the set-up page shows).
 */
export type StaffAccount = { id: string; email: string; password: string; role: 'admin' | 'staff'; name: string; totpSecret?: string; lastCode?: string }

export const e2eDatabaseUrl = () => `file:${path.resolve(import.meta.dirname, `../../../tmp/e2e-${process.env.E2E_PORT ?? '3210'}/e2e.db`)}`

export async function createStaff(role: 'admin' | 'staff', name = role === 'admin' ? 'Aiko Admin' : 'Sota Staff'): Promise<StaffAccount> {
  const email = `${role}-${randomBytes(5).toString('hex')}@example.jp`
  const password = `pass-${randomBytes(9).toString('base64url')}`
  const db = createDb(e2eDatabaseUrl())
  try {
    const created = await createStaffAccount(db, { email, password, role, name })
    if (created === 'email-taken') throw new Error('email taken')
    return { id: created.id, email, password, role, name }
  } finally {
    await db.$disconnect()
  }
}

const LABELS = {
  ja: { email: 'メールアドレス', password: 'パスワード', signIn: 'ログイン', code: '確認コード', confirm: '確認する' },
  en: { email: 'Email', password: 'Password', signIn: 'Sign in', code: 'Code', confirm: 'Confirm' },
} as const

/** A code from the next 30-second step if this one is about to end (the server allows no reuse). */
export async function freshCode(secret: string, used?: string): Promise<string> {
  for (;;) {
    const remaining = 30_000 - (Date.now() % 30_000)
    const code = totp(secret)
    if (remaining > 3000 && code !== used) return code
    await new Promise((r) => setTimeout(r, remaining + 200))
  }
}

export async function enterPassword(page: Page, locale: 'ja' | 'en', account: StaffAccount) {
  const t = LABELS[locale]
  await page.goto(`/${locale}/staff/login`)
  await page.getByLabel(t.email).fill(account.email)
  await page.getByLabel(t.password, { exact: false }).first().fill(account.password)
  await page.getByRole('button', { name: t.signIn, exact: true }).click()
}

/**
 * Signs in. An account without two-factor yet is taken through set-up when the server asks for it
 * (administrators always), and the key is kept on the account for later sign-ins.
 */
export async function signIn(page: Page, locale: 'ja' | 'en', account: StaffAccount): Promise<void> {
  const t = LABELS[locale]
  await enterPassword(page, locale, account)
  await page.waitForURL(/\/staff\/(cases|login\/verify|two-factor-setup)/)
  if (page.url().includes('/login/verify')) {
    const code = await freshCode(account.totpSecret!, account.lastCode)
    account.lastCode = code
    await page.getByLabel(t.code).fill(code)
    await page.getByRole('button', { name: t.confirm }).click()
  } else if (page.url().includes('/two-factor-setup')) {
    await setUpTwoFactor(page, locale, account)
  }
  await expect(page).toHaveURL(new RegExp(`/${locale}/staff/cases`))
}

export async function setUpTwoFactor(page: Page, locale: 'ja' | 'en', account: StaffAccount): Promise<void> {
  const setup = {
    ja: { password: '現在のパスワード', next: '次へ', code: '3. アプリに表示されたコード', confirm: '2段階認証を有効にする' },
    en: { password: 'Your password', next: 'Continue', code: '3. Code from the app', confirm: 'Turn on two-factor sign-in' },
  }[locale]
  await page.getByLabel(setup.password).fill(account.password)
  await page.getByRole('button', { name: setup.next }).click()
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim()
  account.totpSecret = secret
  const code = await freshCode(secret)
  await page.getByLabel(setup.code).fill(code)
  await page.getByRole('button', { name: setup.confirm }).click()
  await expect(page).toHaveURL(new RegExp(`/${locale}/staff/cases`))
  // Remembered so the next sign-in waits for a new code rather than replaying this one.
  account.lastCode = code
}
