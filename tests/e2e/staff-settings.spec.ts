import { randomBytes } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { axe } from './support/axe'
import { openReady } from './support/navigation'
import { createStaff, signIn, type StaffAccount } from './support/staff'

/**
 * Administrators' screens: office settings as the public booking page shows them, staff accounts
 * (a deactivated person's open session ends at once), the audit log; a staff member's own account;
 * and a 403 for staff on administrators' pages.
 */

type Slots = { slots: { date: string; slots: { start: string }[] }[] }

test('an administrator changes the consultation fee and the public booking page shows it (ja)', async ({ page }) => {
  const admin = await createStaff('admin')
  await signIn(page, 'ja', admin)
  await openReady(page, '/ja/staff/settings')
  const fees = page.getByRole('region', { name: '料金' })
  const fee = fees.getByLabel('1時間あたりの相談料（円）')
  // A wrong value is explained, and nothing is saved.
  await fee.fill('-5')
  await fees.getByRole('button', { name: '保存する' }).click()
  await expect(fees.getByRole('alert')).toBeFocused()
  await expect(fees.getByText('0～1,000,000の整数（円）で入力してください。').first()).toBeVisible()
  await fee.fill('6600')
  await fees.getByRole('button', { name: '保存する' }).click()
  await expect(fees.getByRole('status')).toHaveText('保存しました。')
  await page.goto('/ja/booking')
  await expect(page.getByText('￥6,600').first()).toBeVisible()
  // Put it back for the other tests.
  await openReady(page, '/ja/staff/settings')
  await page.getByRole('region', { name: '料金' }).getByLabel('1時間あたりの相談料（円）').fill('5400')
  await page.getByRole('region', { name: '料金' }).getByRole('button', { name: '保存する' }).click()
  await expect(page.getByRole('region', { name: '料金' }).getByRole('status')).toHaveText('保存しました。')
})

test('an administrator adds a closed day, clients can no longer book it, and removes it again (en)', async ({
  page,
  request,
}) => {
  const { slots } = (await (await request.get('/api/bookings/slots')).json()) as Slots
  const day = slots[0]!
  const admin = await createStaff('admin')
  await signIn(page, 'en', admin)
  await openReady(page, '/en/staff/settings')
  const closed = page.getByRole('region', { name: 'Office closed days' })
  await closed.getByLabel('Date').fill(day.date)
  await closed.getByLabel('Note').fill('Staff training')
  await closed.getByRole('button', { name: 'Add the closed day' }).click()
  await expect(closed.getByRole('status').first()).toContainText('The closed day was added')
  await expect(closed.getByRole('listitem').filter({ hasText: 'Staff training' })).toBeVisible()
  // The same day again is refused.
  await closed.getByLabel('Date').fill(day.date)
  await closed.getByRole('button', { name: 'Add the closed day' }).click()
  await expect(closed.getByRole('alert')).toContainText('That day is already a closed day.')
  expect((await axe(page)).violations).toEqual([])

  await page.goto('/en/booking')
  await expect(page.locator(`input[type=radio][value="${day.slots[0]!.start}"]`)).toHaveCount(0)

  await openReady(page, '/en/staff/settings')
  await page
    .getByRole('region', { name: 'Office closed days' })
    .getByRole('listitem')
    .filter({ hasText: 'Staff training' })
    .getByRole('button', { name: /^Remove/ })
    .click()
  await expect(
    page.getByRole('region', { name: 'Office closed days' }).getByText('The closed day was removed.'),
  ).toBeVisible()
  await page.goto('/en/booking')
  await expect(page.locator(`input[type=radio][value="${day.slots[0]!.start}"]`)).toHaveCount(1)
})

const accountText = {
  ja: {
    create: 'アカウントを作成する',
    name: '氏名',
    email: 'メールアドレス',
    password: '初期パスワード',
    deactivate: '利用を停止する',
    yes: 'はい、実行します',
    audit: '職員アカウントの作成',
    deactivated: '利用停止中',
    done: 'ログアウトさせました',
  },
  en: {
    create: 'Create the account',
    name: 'Name',
    email: 'Email',
    password: 'Initial password',
    deactivate: 'Deactivate',
    yes: 'Yes, do it',
    audit: 'Staff account created',
    deactivated: 'Deactivated',
    done: 'is deactivated and signed out',
  },
} as const

for (const locale of ['ja', 'en'] as const) {
  test(`an administrator creates an account, and deactivating it ends that person's session at once (${locale})`, async ({
    page,
    browser,
  }) => {
    const t = accountText[locale]
    const admin = await createStaff('admin')
    await signIn(page, locale, admin)
    await openReady(page, `/${locale}/staff/settings/staff`)
    const tag = randomBytes(4).toString('hex')
    const person: StaffAccount = {
      id: '',
      name: `New Person ${tag}`,
      email: `new-${tag}@example.jp`,
      password: `initial-${tag}-password`,
      role: 'staff',
    }
    const form = page.getByRole('region', { name: locale === 'ja' ? 'アカウントを作成' : 'Create an account' })
    await form.getByLabel(t.name).fill(person.name)
    await form.getByLabel(t.email).fill(person.email)
    await form.getByLabel(t.password).fill(person.password)
    await form.getByRole('button', { name: t.create }).click()
    await expect(form.getByRole('status')).toContainText(person.name)
    const account = page.getByRole('article').filter({ has: page.getByRole('heading', { name: person.name }) })
    await expect(account).toBeVisible()
    expect((await axe(page)).violations).toEqual([])

    // The new person signs in in another browser.
    const other = await browser.newContext()
    const theirs = await other.newPage()
    await signIn(theirs, locale, person)

    await account.getByRole('button', { name: t.deactivate }).click()
    await account.getByRole('button', { name: t.yes }).click()
    // The write is done once the result is announced.
    await expect(account.getByRole('status')).toContainText(t.done)
    await expect(account.getByText(t.deactivated, { exact: true })).toBeVisible()

    await theirs.reload()
    await expect(theirs).toHaveURL(new RegExp(`/${locale}/staff/login`))
    await other.close()

    // The audit log shows who did it, with no personal data.
    await page.goto(`/${locale}/staff/audit?action=staff.create`)
    const row = page.getByRole('row').filter({ hasText: admin.name }).first()
    await expect(row).toContainText(t.audit)
    await expect(page.getByRole('table')).not.toContainText(person.email)
    expect((await axe(page)).violations).toEqual([])
  })
}

test('a staff member gets a 403 page on the administrators’ pages', async ({ page }) => {
  const staff = await createStaff('staff')
  await signIn(page, 'en', staff)
  for (const path of ['/en/staff/settings', '/en/staff/settings/staff', '/en/staff/audit']) {
    const response = await page.goto(path)
    expect(response?.status()).toBe(403)
    await expect(page.getByRole('heading', { name: 'This page is for administrators' })).toBeVisible()
  }
  await openReady(page, '/ja/staff/settings')
  await expect(page.getByRole('heading', { name: 'このページは管理者専用です' })).toBeVisible()
})

test('a staff member changes their password; their other browser is signed out @phone', async ({ page, browser }) => {
  const staff = await createStaff('staff')
  const other = await browser.newContext()
  const second = await other.newPage()
  await signIn(second, 'ja', staff)
  await signIn(page, 'ja', staff)
  await openReady(page, '/ja/staff/account')
  await expect(page.getByText('ほかに1つのブラウザでログインしています。')).toBeVisible()
  expect((await axe(page)).violations).toEqual([])
  const form = page.getByRole('region', { name: 'パスワードの変更' })
  await form.getByLabel('現在のパスワード').fill('not my password at all')
  await form.getByLabel(/^新しいパスワード \(/).fill('a brand new long password')
  await form.getByLabel('新しいパスワード（確認）').fill('a brand new long password')
  await form.getByRole('button', { name: 'パスワードを変更する' }).click()
  await expect(form.getByRole('alert')).toContainText('パスワードが正しくありません')
  await form.getByLabel('現在のパスワード').fill(staff.password)
  await form.getByRole('button', { name: 'パスワードを変更する' }).click()
  await expect(form.getByRole('status')).toHaveText('パスワードを変更しました。ほかのブラウザはログアウトされました。')
  await second.reload()
  await expect(second).toHaveURL(/\/ja\/staff\/login/)
  await other.close()
  // This browser stays signed in, and the new password is the one that works.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'アカウント' })).toBeVisible()
  staff.password = 'a brand new long password'
  const third = await browser.newContext()
  await signIn(await third.newPage(), 'en', staff)
  await third.close()
})

test('wrong current passwords lock the password check as they would the sign-in page (en)', async ({ page }) => {
  const staff = await createStaff('staff')
  await signIn(page, 'en', staff)
  await openReady(page, '/en/staff/account')
  const form = page.getByRole('region', { name: 'Change your password' })
  const attempt = async (current: string) => {
    await form.getByLabel('Current password').fill(current)
    await form.getByLabel(/^New password(?! again)/).fill('a brand new long password')
    await form.getByLabel('New password again').fill('a brand new long password')
    await form.getByRole('button', { name: 'Change the password' }).click()
  }
  for (let i = 1; i <= 4; i++) {
    await attempt(`wrong password number ${i}`)
    await expect(form.getByRole('alert')).toContainText('password is not correct')
  }
  await attempt('wrong password number 5')
  await expect(form.getByRole('alert')).toContainText('Too many wrong passwords')
  // The right password now waits out the lock too, and the password is unchanged.
  await attempt(staff.password)
  await expect(form.getByRole('alert')).toContainText('Too many wrong passwords')
})
