import type { BookingRules, OfficeHours } from '@/lib/settings/schema'
import { bookingDeadline, consultationDay, slotsForDay, type ClosedDates } from './slots'
import {
  addDays,
  daysBetween,
  instantToTokyo,
  isCalendarDate,
  parseInstant,
  tokyoDate,
  tokyoToInstant,
  weekdayOf,
  type Weekday,
} from './tokyo-time'

/**
 * Whether one slot can be booked now, and the list of bookable slots. checkSlot is the single judge:
 * listOpenSlots only offers what checkSlot accepts, so the list and the server-side check never disagree.
 */

/** Ids, not words: messages/ translates them. */
export type SlotRejection = 'invalid' | 'past' | 'closed-day' | 'not-a-slot' | 'too-late' | 'beyond-horizon'

export interface OpenSlot {
  /** Normalized ISO instant in UTC ('...T01:00:00.000Z'): store this, not what the client sent. */
  start: string
  /** Japan wall time of the start, 'HH:mm'. */
  tokyoTime: string
  /** start + slotMinutes, ISO instant in UTC. */
  end: string
}

export interface DaySlots {
  /** Japan date, 'YYYY-MM-DD'. */
  date: string
  weekday: Weekday
  slots: OpenSlot[]
}

export type SlotCheck = { ok: true; date: string; slot: OpenSlot } | { ok: false; reason: SlotRejection }

type SlotRules = Pick<BookingRules, 'slotMinutes' | 'weekdayLeadHours' | 'saturdayCutoff' | 'horizonDays'>

export interface CheckSlotInput {
  /** ISO instant with an explicit offset, as the client sent it. */
  start: string
  now: Date
  hours: OfficeHours
  rules: SlotRules
  closedDates: ClosedDates
}

function reject(reason: SlotRejection): SlotCheck {
  return { ok: false, reason }
}

/**
 * Checks in this order, first failure wins: invalid, past (start <= now), closed-day, not-a-slot (not on
 * the grid, or with seconds), too-late (now > bookingDeadline), beyond-horizon (Japan date more than
 * horizonDays after today's Japan date).
 */
export function checkSlot({ start, now, hours, rules, closedDates }: CheckSlotInput): SlotCheck {
  const startAt = parseInstant(start)
  if (!startAt || Number.isNaN(now.getTime())) return reject('invalid')
  if (startAt.getTime() <= now.getTime()) return reject('past')

  const wall = instantToTokyo(startAt)
  if (!consultationDay(wall.date, hours, closedDates)) return reject('closed-day')
  const onGrid = slotsForDay(wall.date, hours, rules, closedDates).includes(wall.time)
  // WallTime drops seconds, so compare instants to reject 10:00:30 and 10:00:00.001.
  if (!onGrid || tokyoToInstant(wall.date, wall.time)?.getTime() !== startAt.getTime()) return reject('not-a-slot')

  const deadline = bookingDeadline(startAt, rules, closedDates)
  if (!deadline || now.getTime() > deadline.getTime()) return reject('too-late')
  if (daysBetween(tokyoDate(now), wall.date) > rules.horizonDays) return reject('beyond-horizon')

  const end = new Date(startAt.getTime() + rules.slotMinutes * 60_000)
  return {
    ok: true,
    date: wall.date,
    slot: { start: startAt.toISOString(), tokyoTime: wall.time, end: end.toISOString() },
  }
}

export interface ListOpenSlotsInput {
  now: Date
  /** First Japan date to list; defaults to today in Japan. */
  fromDate?: string
  /** Number of calendar days to cover, starting at fromDate. */
  days: number
  hours: OfficeHours
  rules: SlotRules
  closedDates: ClosedDates
  /** Starts already booked, as ISO instants in any offset; compared as instants. */
  taken?: Iterable<string>
}

/** Bookable slots grouped by Japan date, dates and times ascending. Days with nothing bookable are left out. */
export function listOpenSlots(input: ListOpenSlotsInput): DaySlots[] {
  const { now, days, hours, rules, closedDates } = input
  if (Number.isNaN(now.getTime())) throw new RangeError('Invalid now')
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Invalid days: ${days}`)
  const today = tokyoDate(now)
  const fromDate = input.fromDate ?? today
  if (!isCalendarDate(fromDate)) throw new RangeError(`Invalid fromDate: ${fromDate}`)

  const taken = new Set<number>()
  for (const iso of input.taken ?? []) {
    const at = parseInstant(iso)
    // A malformed stored booking is a bug upstream; skipping it would offer a possibly taken slot.
    if (!at) throw new RangeError(`Invalid taken start: ${iso}`)
    taken.add(at.getTime())
  }

  const result: DaySlots[] = []
  for (let i = 0; i < days; i++) {
    const date = addDays(fromDate, i)
    // Every later date is beyond the horizon too.
    if (daysBetween(today, date) > rules.horizonDays) break
    const slots: OpenSlot[] = []
    for (const time of slotsForDay(date, hours, rules, closedDates)) {
      const at = tokyoToInstant(date, time)
      if (!at || taken.has(at.getTime())) continue
      const check = checkSlot({ start: at.toISOString(), now, hours, rules, closedDates })
      if (check.ok) slots.push(check.slot)
    }
    if (slots.length) result.push({ date, weekday: weekdayOf(date), slots })
  }
  return result
}
