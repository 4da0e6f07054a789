import { randomBytes } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { axe } from './support/axe'
import { bookViaApi } from './support/booking-api'
import { createStaff, signIn } from './support/staff'

/**
 * Staff run the consultations: a booking made through the public API is marked paid, another is
 * cancelled with a message (its time is offered to clients again and the email is in the outbox).
 */

const text = {
  ja: {
    markPaid: '入金済みにする',
    paid: '入金済み',
    cancel: 'この予約をキャンセルする…',
    message: 'ご相談者へのメッセージ',
    confirmCancel: '予約をキャンセルしてメールを送る',
    cancelledNotice: '予約をキャンセルし、この時間は再び予約できるようになりました',
    cancelled: 'キャンセル',
    messageRequired: 'ご相談者へのメッセージを入力してください。',
    showText: '本文を表示',
    outboxHeading: '送信メール',
    week: '週',
    nextWeek: '次の週',
    video: 'ビデオ通話（Zoom、ID：',
    cancelSubject: (reference: string) => `【キャンセル】ご相談のご予約 ${reference}`,
  },
  en: {
    markPaid: 'Mark as paid',
    paid: 'Paid',
    cancel: 'Cancel this booking…',
    message: 'Message to the client',
    confirmCancel: 'Cancel the booking and email the client',
    cancelledNotice: 'The booking is cancelled and the time is open again',
    cancelled: 'Cancelled',
    messageRequired: 'Write a message to the client.',
    showText: 'Show the text',
    outboxHeading: 'Emails',
    week: 'Week',
    nextWeek: 'Next week',
    video: 'Video call on Zoom, ID:',
    cancelSubject: (reference: string) => `Consultation cancelled, ${reference}`,
  },
} as const

const card = (page: Page, name: string) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { name }) })

for (const locale of ['ja', 'en'] as const) {
  test(`staff mark a booking paid and cancel another with a message (${locale})`, async ({ page, request }) => {
    const t = text[locale]
    const tag = randomBytes(3).toString('hex')
    const lane = locale === 'ja' ? 'staffCancelJa' : 'staffCancelEn'
    const paid = await bookViaApi(request, { locale, name: `Paid Client ${tag}`, lane })
    const other = await bookViaApi(request, { locale, name: `Cancel Client ${tag}`, lane })
    const staff = await createStaff('staff')
    await signIn(page, locale, staff)

    await page.goto(`/${locale}/staff/bookings?view=day&date=${paid.date}`)
    const paidCard = card(page, `Paid Client ${tag}`)
    await expect(paidCard).toContainText(paid.reference)
    await expect(paidCard).toContainText(t.video)
    await paidCard.getByRole('button', { name: t.markPaid }).click()
    await expect(paidCard.getByRole('status')).toBeFocused()
    await expect(paidCard.getByRole('button', { name: t.markPaid })).toHaveCount(0)
    await expect(paidCard.getByText(t.paid, { exact: true })).toBeVisible()

    await page.goto(`/${locale}/staff/bookings?view=day&date=${other.date}`)
    const otherCard = card(page, `Cancel Client ${tag}`)
    await otherCard.getByRole('button', { name: t.cancel }).click()
    // An empty message is refused before anything is sent.
    await otherCard.getByRole('button', { name: t.confirmCancel }).click()
    await expect(otherCard.getByRole('alert')).toBeFocused()
    await expect(otherCard.getByText(t.messageRequired).first()).toBeVisible()
    expect((await axe(page)).violations).toEqual([])
    const message = `Sorry ${tag}: the office must close that day. Please book another time.`
    await otherCard.getByLabel(t.message).fill(message)
    await otherCard.getByRole('button', { name: t.confirmCancel }).click()
    await expect(otherCard.getByRole('status')).toContainText(t.cancelledNotice)
    await expect(otherCard.getByText(t.cancelled, { exact: true })).toBeVisible()
    await expect(otherCard).toContainText(message)

    // The time is offered to clients again; the paid one is still held.
    await page.goto(`/${locale}/booking`)
    await expect(page.locator(`input[type=radio][value="${other.start}"]`)).toHaveCount(1)
    await expect(page.locator(`input[type=radio][value="${paid.start}"]`)).toHaveCount(0)

    // The cancellation email, in the client's language, with the message.
    await page.goto(`/${locale}/staff/outbox`)
    await expect(page.getByRole('heading', { level: 1, name: t.outboxHeading })).toBeVisible()
    const email = page.getByRole('article', { name: t.cancelSubject(other.reference) })
    await email.getByText(t.showText).click()
    await expect(email).toContainText(message)
  })
}

test('the week view, the day view and the outbox are accessible and work on a phone @phone', async ({
  page,
  request,
}) => {
  const tag = randomBytes(3).toString('hex')
  const booked = await bookViaApi(request, { locale: 'en', name: `Week Client ${tag}`, lane: 'staffWeekView' })
  const staff = await createStaff('staff')
  await signIn(page, 'ja', staff)
  await page.goto(`/ja/staff/bookings?view=week&date=${booked.date}`)
  await expect(card(page, `Week Client ${tag}`)).toBeVisible()
  await expect(page.getByRole('link', { name: text.ja.week, exact: true })).toHaveAttribute('aria-current', 'page')
  expect((await axe(page)).violations).toEqual([])
  // Next week no longer lists it; the address says which week is shown.
  await page.getByRole('link', { name: text.ja.nextWeek }).click()
  await expect(page).toHaveURL(/view=week&date=\d{4}-\d{2}-\d{2}/)
  await expect(card(page, `Week Client ${tag}`)).toHaveCount(0)
  await page.goto(`/en/staff/bookings?view=day&date=${booked.date}`)
  await expect(card(page, `Week Client ${tag}`)).toBeVisible()
  expect((await axe(page)).violations).toEqual([])
  await page.goto('/en/staff/outbox')
  expect((await axe(page)).violations).toEqual([])
  // Nothing on these pages is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
})
