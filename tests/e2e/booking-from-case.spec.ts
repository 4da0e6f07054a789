import { expect, test } from '@playwright/test'
import { axe } from './support/axe'
import { e2eDb } from './support/e2e-db'
import { translator } from './support/intake-driver'
import { submitIntakeViaApi } from './support/intake-api'
import { SITUATIONS } from './support/situations'

/** A client books from the result page of their case: the booking is linked to the case. */
for (const [index, locale] of (['ja', 'en'] as const).entries()) {
  test(`book a consultation from the case result page (${locale})`, async ({ page, request }) => {
    const t = translator(locale)
    const { token, reference } = await submitIntakeViaApi(request, locale, SITUATIONS['overstayer married to a Japanese national']!)
    await page.goto(`/${locale}/case/${token}`)
    await page.getByRole('link', { name: t('Result.book.button') }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/booking\\?case=${token}$`))
    await expect(page.getByRole('status').filter({ hasText: reference })).toBeVisible()
    expect((await axe(page)).violations).toEqual([])

    // A day of its own per locale, away from the other booking tests' days.
    const radio = page.locator('form fieldset fieldset').nth(4 + index).locator('input[type=radio]').last()
    const start = (await radio.getAttribute('value'))!
    await radio.check()
    await page.getByRole('radio', { name: t('Booking.kinds.in-person') }).check()
    // The contact details come from the case: the client only confirms them.
    await expect(page.getByLabel(t('Booking.form.name'))).not.toHaveValue('')
    await page.getByLabel(t('Booking.form.phone')).fill('+81 90 0000 0000')
    await page.getByRole('button', { name: t('Booking.form.submit') }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/booking/[A-Za-z0-9_-]{43}$`))

    const db = e2eDb()
    try {
      const row = db
        .prepare('SELECT b.status, c.reference FROM Booking b JOIN "Case" c ON c.id = b.caseId WHERE b.slotKey = ?')
        .get(start) as { status: string; reference: string } | undefined
      expect(row).toEqual({ status: 'awaiting-payment', reference })
    } finally {
      db.close()
    }
  })
}
