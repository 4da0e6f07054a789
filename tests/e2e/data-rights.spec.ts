import { expect, test } from '@playwright/test'
import { axe } from './support/axe'
import { translator } from './support/intake-driver'
import { submitIntakeViaApi } from './support/intake-api'
import { SITUATIONS } from './support/situations'
import { createStaff, signIn } from './support/staff'

for (const locale of ['ja', 'en'] as const) {
  test(`a client asks for deletion; an administrator exports, then erases the case (${locale}) @phone`, async ({ page, browser, request }) => {
    const t = translator(locale)
    const { token, reference } = await submitIntakeViaApi(request, locale, SITUATIONS['no ground at all']!)

    await page.goto(`/${locale}/case/${token}`)
    await page.getByRole('link', { name: t('Result.nav.privacy') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('Privacy.title'))
    expect((await axe(page)).violations).toEqual([])
    await page.getByRole('button', { name: t('Privacy.delete.submit') }).click()
    await expect(page.locator('[role=alert][data-error-summary]')).toBeFocused()
    await page.getByLabel(t('Privacy.delete.confirmLabel')).check()
    await page.getByRole('button', { name: t('Privacy.delete.submit') }).click()
    // The confirmation names the office's phone number for a change of mind.
    await expect(page.getByRole('status').filter({ hasText: '045-000-0000' })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('button', { name: t('Privacy.delete.submit') })).toHaveCount(0)

    const admin = await createStaff('admin')
    const staffPage = await (await browser.newContext()).newPage()
    await signIn(staffPage, locale, admin)
    await staffPage.goto(`/${locale}/staff/data-requests`)
    const item = staffPage.getByRole('listitem').filter({ has: staffPage.getByRole('heading', { name: reference }) })
    await expect(item).toBeVisible()
    expect((await axe(staffPage)).violations).toEqual([])

    const exportHref = (await item.getByRole('link', { name: t('StaffDataRequests.export') }).getAttribute('href'))!
    const exported = await staffPage.request.get(exportHref)
    expect(exported.headers()['cache-control']).toBe('no-store')
    expect((await exported.json()).case.reference).toBe(reference)

    const label = t('StaffDataRequests.erase.label', { reference })
    await item.getByLabel(label).fill('WRONG-REF')
    await item.getByRole('button', { name: t('StaffDataRequests.erase.submit') }).click()
    await expect(item.getByRole('alert').filter({ hasText: t('StaffDataRequests.errors.referenceMismatch') })).toBeVisible()
    await item.getByLabel(label).fill(reference)
    await item.getByRole('button', { name: t('StaffDataRequests.erase.submit') }).click()
    await expect(staffPage.getByRole('status').filter({ hasText: reference })).toBeVisible()

    expect((await request.get(`/${locale}/case/${token}`)).status()).toBe(404)
    expect((await staffPage.request.get(exportHref)).status()).toBe(404)
  })
}
