import { expect, test } from '@playwright/test'
import { axe } from './support/axe'
import { createStaff, enterPassword, freshCode } from './support/staff'

/**
 * The sign-in pages pass axe in both languages, on desktop and phone: the sign-in form (also with
 * its error summary), both steps of an administrator's two-factor set-up, and the code step of a
 * later sign-in. The other dashboard pages are checked in their own tests.
 */

const T = {
  ja: {
    email: 'メールアドレス',
    password: 'パスワード',
    signIn: 'ログイン',
    setupPassword: '現在のパスワード',
    next: '次へ',
    code: '3. アプリに表示されたコード',
    confirmSetup: '2段階認証を有効にする',
  },
  en: {
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    setupPassword: 'Your password',
    next: 'Continue',
    code: '3. Code from the app',
    confirmSetup: 'Turn on two-factor sign-in',
  },
}

for (const locale of ['ja', 'en'] as const) {
  test(`sign-in, two-factor set-up and the code step are accessible (${locale}) @phone`, async ({ page, browser }) => {
    const t = T[locale]
    await page.goto(`/${locale}/staff/login`)
    expect((await axe(page)).violations).toEqual([])
    // With the error summary after a wrong password.
    const admin = await createStaff('admin')
    await page.getByLabel(t.email).fill(admin.email)
    await page.getByLabel(t.password, { exact: false }).first().fill('not the password')
    await page.getByRole('button', { name: t.signIn, exact: true }).click()
    await expect(page.getByRole('alert').first()).toBeVisible()
    expect((await axe(page)).violations).toEqual([])

    // An administrator's first sign-in: both steps of the set-up.
    await enterPassword(page, locale, admin)
    await page.waitForURL(/\/staff\/two-factor-setup/)
    expect((await axe(page)).violations).toEqual([])
    await page.getByLabel(t.setupPassword).fill(admin.password)
    await page.getByRole('button', { name: t.next }).click()
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim()
    expect((await axe(page)).violations).toEqual([])
    const code = await freshCode(secret)
    await page.getByLabel(t.code).fill(code)
    await page.getByRole('button', { name: t.confirmSetup }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/staff/cases`))

    // The next sign-in, in another browser, asks for the code.
    const other = await browser.newContext()
    const second = await other.newPage()
    await enterPassword(second, locale, { ...admin, totpSecret: secret })
    await second.waitForURL(/\/staff\/login\/verify/)
    expect((await axe(second)).violations).toEqual([])
    await other.close()
  })
}
