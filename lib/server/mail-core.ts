import nodemailer from 'nodemailer'
import type { Db } from '@/lib/db'
import type { BuiltEmail } from '@/lib/mail/booking-email'

/**
 * Every email is first kept in the OutboxEmail table, so staff can always read what was sent.
 * With an SMTP URL it is then sent through nodemailer and marked 'sent' or 'failed'; without one
 * it stays 'kept'. A failed send never throws: the booking it belongs to is already made.
 */

export interface MailConfig {
  /** smtp:// or smtps:// URL; undefined keeps emails in the outbox only. */
  smtpUrl?: string
  from: string
}

export type OutboxStatus = 'kept' | 'sending' | 'sent' | 'failed'

/** Inserts the outbox row. Returns its id and whether it still has to be delivered. */
export async function keepEmail(
  db: Db,
  email: BuiltEmail,
  config: MailConfig,
): Promise<{ id: string; deliver: boolean }> {
  const row = await db.outboxEmail.create({
    data: {
      to: email.to,
      subject: email.subject,
      text: email.text,
      ics: email.ics,
      locale: email.locale,
      status: config.smtpUrl ? 'sending' : 'kept',
    },
    select: { id: true },
  })
  return { id: row.id, deliver: Boolean(config.smtpUrl) }
}

const transports = new Map<string, nodemailer.Transporter>()

function transportFor(smtpUrl: string): nodemailer.Transporter {
  let transport = transports.get(smtpUrl)
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl)
    transports.set(smtpUrl, transport)
  }
  return transport
}

/**
 * Sends a kept email and records the outcome. Never throws. `keptAfterSending`, when given,
 * replaces the kept text and calendar file once the email is sent (a copy without the client's
 * private link).
 */
export async function deliverEmail(
  db: Db,
  id: string,
  email: BuiltEmail,
  config: MailConfig,
  keptAfterSending?: Pick<BuiltEmail, 'text' | 'ics'>,
): Promise<OutboxStatus> {
  if (!config.smtpUrl) return 'kept'
  let status: OutboxStatus = 'sent'
  let error: string | null = null
  try {
    await transportFor(config.smtpUrl).sendMail({
      from: config.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      attachments: [
        { filename: 'booking.ics', content: email.ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' },
      ],
    })
  } catch (e) {
    status = 'failed'
    error = e instanceof Error ? e.message.slice(0, 500) : 'unknown error'
  }
  try {
    await db.outboxEmail.update({
      where: { id },
      data: {
        status,
        error,
        sentAt: status === 'sent' ? new Date() : null,
        ...(status === 'sent' && keptAfterSending ? { text: keptAfterSending.text, ics: keptAfterSending.ics } : {}),
      },
    })
  } catch {
    // The row stays 'sending'; staff still see the email.
  }
  return status
}

/** Keeps and (with SMTP) delivers one email. */
export async function sendEmail(db: Db, email: BuiltEmail, config: MailConfig): Promise<OutboxStatus> {
  const { id, deliver } = await keepEmail(db, email, config)
  return deliver ? deliverEmail(db, id, email, config) : 'kept'
}
