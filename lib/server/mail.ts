import 'server-only'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import type { BuiltEmail } from '@/lib/mail/booking-email'
import * as core from './mail-core'

/** The mail settings from the environment: SMTP_URL (optional) and MAIL_FROM. */
export const mailConfig: core.MailConfig = { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }

export const sendEmail = (email: BuiltEmail) => core.sendEmail(db, email, mailConfig)
