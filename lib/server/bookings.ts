import 'server-only'
import { after } from 'next/server'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import * as core from './bookings-core'
import { mailConfig } from './mail'

/**
 * Bookings for pages, actions and route handlers: the core bound to the one database, the
 * environment's mail settings and the current time. The private token is the only credential
 * and is checked inside each call; emails are delivered after the response.
 */
// Settings and closed days are re-read at most every 2 s under load; a staff change applies within that.
const ctx: core.BookingContext = { mail: mailConfig, appUrl: env.APP_URL, defer: (task) => after(task), settingsTtlMs: 2000 }

export type { BookingView, CreateResult, CancelResult, MoveResult } from './bookings-core'
export { feeFor } from './bookings-core'

export const openSlots = (now = new Date()) => core.openSlots(db, now)
export const createBooking = (input: unknown, now = new Date()) => core.createBooking(db, input, now, ctx)
export const getBookingByToken = (token: unknown, now = new Date()) => core.getBookingByToken(db, token, now)
export const cancelBooking = (token: unknown, now = new Date()) => core.cancelBooking(db, token, now, ctx)
export const moveBooking = (token: unknown, start: unknown, now = new Date()) =>
  core.moveBooking(db, token, start, now, ctx)
export const caseForBooking = (caseToken: unknown) => core.caseForBooking(db, caseToken)
export const calendarForToken = (token: unknown) => core.calendarForToken(db, token, env.APP_URL, new Date())
export const manageUrl = (locale: string, token: string) => core.manageUrl(env.APP_URL, locale, token)
