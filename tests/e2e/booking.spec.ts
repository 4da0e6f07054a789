import { expect, test, type Page } from '@playwright/test'
import { axe } from './support/axe'
import { bookViaApi, laneDay, type Slots } from './support/booking-api'

/**
 * Consultation booking in both languages. Slots come from what the page (or the slots endpoint)
 * offers on the day the tests run; each test uses its own day so parallel tests never collide.
 */

const text = {
  ja: {
    kind: '事務所で面談',
    name: 'お名前',
    email: 'メールアドレス',
    phone: '電話番号',
    submit: 'この日時で予約する',
    reference: '予約番号',
    ics: 'カレンダーに追加（.ics ファイル）',
    cancel: 'この予約をキャンセルする',
    cancelYes: 'はい、キャンセルします',
    cancelled: 'このご予約はキャンセルされました。',
    taken: 'この日時はたった今ほかの方のご予約で埋まりました',
    required: '入力してください。',
    card: 'クレジットカードでのお支払いには、まだ対応していません',
  },
  en: {
    kind: 'At the office',
    name: 'Full name',
    email: 'Email',
    phone: 'Phone',
    submit: 'Book this time',
    reference: 'Booking reference',
    ics: 'Add to your calendar (.ics file)',
    cancel: 'Cancel this booking',
    cancelYes: 'Yes, cancel it',
    cancelled: 'This booking has been cancelled.',
    taken: 'someone else has just booked this time',
    required: 'Please fill this in.',
    card: 'Card payment is not available yet',
  },
} as const

/** The first radio of the Nth open day on the page. */
const slotOfDay = (page: Page, day: number) =>
  page.locator('form fieldset fieldset').nth(day).locator('input[type=radio]').first()

async function fillContact(page: Page, locale: 'ja' | 'en', email: string) {
  const t = text[locale]
  await page.getByRole('radio', { name: t.kind }).check()
  await page.getByLabel(t.name).fill('Maria Santos')
  await page.keyboard.press('Tab')
  await page.keyboard.type(email)
  await page.getByLabel(t.phone).fill('+63 912 345 6789')
}

for (const [index, locale] of (['ja', 'en'] as const).entries()) {
  test.describe(`booking in ${locale}`, () => {
    test.use({ timezoneId: locale === 'ja' ? 'Asia/Tokyo' : 'Europe/London' })

    test('book, download the calendar file, cancel, and the slot opens again', async ({ page }) => {
      const t = text[locale]
      await page.goto(`/${locale}/booking`)
      await expect(page.getByText(t.card).first()).toBeVisible()
      const radio = slotOfDay(page, index)
      const start = (await radio.getAttribute('value'))!
      if (locale === 'en') await expect(page.locator(`label:has(input[value="${start}"])`)).toContainText('your time')
      await radio.focus()
      await page.keyboard.press('Space')
      await expect(radio).toBeChecked()
      await fillContact(page, locale, `${locale}-flow@example.com`)
      await page.getByRole('button', { name: t.submit }).click()

      await expect(page).toHaveURL(new RegExp(`/${locale}/booking/[A-Za-z0-9_-]{43}$`))
      await expect(page.getByText(/^B-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)).toBeVisible()
      await expect(page.getByText('デモ銀行')).toBeVisible()
      await expect(page.getByText('0000000')).toBeVisible()

      const href = (await page.getByRole('link', { name: t.ics }).getAttribute('href'))!
      const ics = await page.request.get(href)
      expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8')
      expect(ics.headers()['cache-control']).toBe('no-store')
      const startUtc = start.replace(/[-:]/g, '').replace('.000', '')
      expect(await ics.text()).toContain(`DTSTART:${startUtc}`)

      await page.getByRole('button', { name: t.cancel }).click()
      await page.getByRole('button', { name: t.cancelYes }).click()
      await expect(page.getByText(t.cancelled)).toBeVisible()

      await page.goto(`/${locale}/booking`)
      await expect(page.locator(`input[type=radio][value="${start}"]`)).toHaveCount(1)
    })

    test(`the booking page, the form with errors and the private page are accessible @phone`, async ({
      page,
      request,
    }) => {
      const t = text[locale]
      await page.goto(`/${locale}/booking`)
      expect((await axe(page)).violations).toEqual([])

      await page.getByRole('button', { name: t.submit }).click()
      const summary = page.getByRole('alert').first()
      await expect(summary).toBeFocused()
      await expect(page.getByText(t.required).first()).toBeVisible()
      await expect(page.getByLabel(t.name)).toHaveAttribute('aria-invalid', 'true')
      // Each entry of the summary takes the keyboard to its field.
      await summary.getByRole('link', { name: new RegExp(`^${t.name}`) }).click()
      await expect(page.getByLabel(t.name)).toBeFocused()
      expect((await axe(page)).violations).toEqual([])

      const booked = await bookViaApi(request, { locale, name: 'Maria', lane: 'clientManagePage' })
      const response = await page.goto(new URL(booked.manageUrl).pathname)
      expect(response?.headers()['cache-control']).toContain('no-store')
      await expect(page.getByText(booked.reference)).toBeVisible()
      expect((await axe(page)).violations).toEqual([])
    })
  })
}

test('a slot taken meanwhile gives a clear message and fresh slots', async ({ browser }) => {
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()])
  const [pa, pb] = await Promise.all([a.newPage(), b.newPage()])
  await Promise.all([pa.goto('/en/booking'), pb.goto('/en/booking')])
  const start = (await slotOfDay(pa, 2).getAttribute('value'))!
  for (const [page, who] of [
    [pa, 'a'],
    [pb, 'b'],
  ] as const) {
    await page.locator(`input[type=radio][value="${start}"]`).check()
    await fillContact(page, 'en', `${who}@example.com`)
  }
  await pa.getByRole('button', { name: text.en.submit }).click()
  await expect(pa).toHaveURL(/\/en\/booking\/[A-Za-z0-9_-]{43}$/)
  await pb.getByRole('button', { name: text.en.submit }).click()
  await expect(pb.getByRole('alert').first()).toContainText(text.en.taken)
  await expect(pb.getByRole('alert').first()).toBeFocused()
  await expect(pb.locator(`input[type=radio][value="${start}"]`)).toHaveCount(0)
  await Promise.all([a.close(), b.close()])
})

test('50 simultaneous HTTP requests for one slot give one booking and 49 clean 409s', async ({ request }) => {
  const { slots } = (await (await request.get('/api/bookings/slots')).json()) as Slots
  const start = laneDay(slots, 'concurrency').slots[0]!.start
  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      request.post('/api/bookings', {
        data: {
          start,
          kind: 'in-person',
          name: `Client ${i}`,
          email: `c${i}@example.com`,
          phone: '03-0000-0000',
          locale: 'en',
        },
      }),
    ),
  )
  const statuses = responses.map((r) => r.status())
  expect(statuses.filter((s) => s === 201)).toHaveLength(1)
  expect(statuses.filter((s) => s === 409)).toHaveLength(49)
  const conflict = await responses.find((r) => r.status() === 409)!.json()
  expect(conflict.error).toBe('Booking.errors.taken')
  expect(JSON.stringify(conflict.slots)).not.toContain(start)
})

test('bad input gives a clear 4xx and books nothing', async ({ request }) => {
  const { slots } = (await (await request.get('/api/bookings/slots')).json()) as Slots
  const start = laneDay(slots, 'badInput').slots[0]!.start
  const base = { start, kind: 'in-person', name: 'Maria', email: 'm@example.com', phone: '03-0000-0000', locale: 'en' }
  const post = (data: unknown, headers: Record<string, string> = {}) =>
    request.post('/api/bookings', {
      data: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)),
      headers: { 'Content-Type': 'application/json', ...headers },
    })

  expect((await post('{not json')).status()).toBe(400)
  expect((await post({ ...base, note: 'x'.repeat(30_000) })).status()).toBe(413)
  const past = await post({ ...base, start: '2020-01-06T01:00:00.000Z' })
  expect(past.status()).toBe(422)
  expect((await past.json()).error).toBe('Booking.errors.slot.past')
  const kind = await post({ ...base, kind: 'phone' }, { 'Accept-Language': 'ja' })
  expect(kind.status()).toBe(422)
  expect((await kind.json()).fieldErrors.kind.error).toBe('Booking.errors.chooseKind')
  expect((await post({ ...base, name: 'x'.repeat(500) })).status()).toBe(422)
  const extra = await post({ ...base, admin: true })
  expect(extra.status()).toBe(422)
  expect((await extra.json()).fieldErrors._form.error).toBe('Common.errors.invalidInput')
  // Nothing was booked: the slot is still offered.
  const after = (await (await request.get('/api/bookings/slots')).json()) as Slots
  expect(JSON.stringify(after.slots)).toContain(start)

  expect((await request.get('/api/bookings/not-a-token/ics')).status()).toBe(404)
  expect((await request.get(`/api/bookings/${'A'.repeat(43)}/ics`)).status()).toBe(404)
  expect((await request.get(`/en/booking/${'A'.repeat(43)}`)).status()).toBe(404)
})
