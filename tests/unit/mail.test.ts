import path from 'node:path'
import type { AddressInfo } from 'node:net'
import ICAL from 'ical.js'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import { createBooking, openSlots, privateLinkPlaceholder, type BookingContext } from '@/lib/server/bookings-core'
import { sendEmail } from '@/lib/server/mail-core'
import { seed } from '@/prisma/seed'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshSqlite, type TestDatabase } from '@/tests/support/databases'

const root = path.resolve(import.meta.dirname, '../..')
const NOW = new Date('2027-02-01T09:00:00+09:00')

describe('booking emails through a real SMTP listener', () => {
  let database: TestDatabase
  let db: Db
  let server: SMTPServer
  let smtpUrl: string
  const received: ParsedMail[] = []

  beforeAll(async () => {
    database = freshSqlite()
    await migrate(database.url, { root, log: () => {} })
    db = createDb(database.url)
    await seed(db)
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => received.push(mail))
          .then(() => callback(), callback)
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await db.$disconnect()
    await database.drop()
  })

  const book = async (ctx: BookingContext, locale: 'ja' | 'en', index: number) => {
    const start = (await openSlots(db, NOW)).flatMap((d) => d.slots)[index]!.start
    const result = await createBooking(
      db,
      {
        start,
        kind: index % 2 ? 'video' : 'in-person',
        videoPlatform: 'Zoom',
        videoId: 'maria.santos',
        name: 'Maria Santos',
        email: `${locale}@example.com`,
        phone: '+63 912 345 6789',
        locale,
      },
      NOW,
      ctx,
    )
    if (!result.ok) throw new Error(result.reason)
    return { start, result }
  }

  it.each([
    ['ja', /【予約受付】.*ご相談 B-2027-/, ['様', '予約番号', 'お振込み', 'デモ銀行']],
    [
      'en',
      /^Consultation booked for .* \(Japan time\), B-2027-/,
      ['Dear Maria Santos', 'Booking reference', 'bank transfer', 'デモ銀行'],
    ],
  ] as const)('sends the confirmation in %s with a valid calendar file', async (locale, subject, phrases) => {
    const ctx: BookingContext = {
      mail: { smtpUrl, from: 'Office <office@example.jp>' },
      appUrl: 'http://localhost:3000',
    }
    const { start, result } = await book(ctx, locale, locale === 'ja' ? 0 : 1)
    const mail = received.find((m) => m.to && !Array.isArray(m.to) && m.to.text === `${locale}@example.com`)
    expect(mail).toBeDefined()
    expect(mail!.subject).toMatch(subject)
    for (const phrase of phrases) expect(mail!.text).toContain(phrase)
    expect(mail!.text).toContain(`http://localhost:3000/${locale}/booking/${result.token}`)

    const calendars = mail!.attachments.filter((a) => a.contentType === 'text/calendar')
    expect(calendars).toHaveLength(1)
    const component = new ICAL.Component(ICAL.parse(calendars[0]!.content.toString('utf8')))
    const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!)
    expect(event.startDate.toJSDate().toISOString()).toBe(start)
    expect(event.uid).toBe(`${result.booking.id}@localhost`)
    expect(event.summary).toContain(locale === 'ja' ? 'ご相談' : 'Consultation with')
    expect(event.location).toBe(locale === 'ja' ? '神奈川県横浜市中区架空町1-2-3 デモビル5階' : 'Video call (Zoom)')

    const row = await db.outboxEmail.findFirstOrThrow({ where: { to: `${locale}@example.com` } })
    expect(row).toMatchObject({ status: 'sent', locale, error: null })
    // Once sent, only the email itself carries the private link; the kept copy has a placeholder.
    expect(JSON.stringify(row)).not.toContain(result.token)
    expect(row.text).toContain(privateLinkPlaceholder(locale))
    expect(row.ics!.replace(/\r\n[ \t]/g, '')).toContain(locale === 'ja' ? 'お客様専用のリンク' : 'Private link')
    expect(row.sentAt).not.toBeNull()
  })

  it('keeps the email in the outbox when no SMTP is configured', async () => {
    await book({ mail: { from: 'Office <office@example.jp>' }, appUrl: 'http://localhost:3000' }, 'en', 2)
    const rows = await db.outboxEmail.findMany({ where: { status: 'kept' } })
    expect(rows).toHaveLength(1)
    expect(rows[0]!.ics).toContain('BEGIN:VCALENDAR')
  })

  it('marks a failed send and does not throw', async () => {
    const status = await sendEmail(
      db,
      { to: 'x@example.com', subject: 's', text: 't', ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', locale: 'en' },
      { smtpUrl: 'smtp://127.0.0.1:1', from: 'o@example.jp' },
    )
    expect(status).toBe('failed')
    expect((await db.outboxEmail.findFirstOrThrow({ where: { to: 'x@example.com' } })).status).toBe('failed')
  })
})
