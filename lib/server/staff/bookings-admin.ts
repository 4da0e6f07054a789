import 'server-only'
import { after } from 'next/server'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import type { StaffMark } from '@/lib/staff/booking-status'
import { mailConfig } from '@/lib/server/mail'
import * as core from './bookings-admin-core'

/**
 * The staff bookings core bound to the one database, the mail settings and the current time.
 * Callers (pages, actions) have already checked the staff session; emails go out after the response.
 */
const ctx: core.StaffMailContext = { mail: mailConfig, appUrl: env.APP_URL, defer: (task) => after(task) }

export type { StaffBookingView } from './bookings-admin-core'

export const listStaffBookings = (range: { from: Date; to: Date }) => core.listStaffBookings(db, range, new Date())
export const markBooking = (input: { bookingId: string; to: StaffMark; actorId: string }) =>
  core.markBooking(db, { ...input, now: new Date() })
export const staffCancelBooking = (input: { bookingId: string; message: string; actorId: string }) =>
  core.staffCancelBooking(db, { ...input, now: new Date() }, ctx)
