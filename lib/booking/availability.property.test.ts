import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { OfficeHours } from '@/lib/settings/schema'
import { checkSlot, listOpenSlots } from './availability'
import { bookingDeadline, consultationDay, isBusinessDay, slotsForDay } from './slots'
import { HOURS, useHostZone } from './test-support'
import { addDays, daysBetween, instantToTokyo, minutesToTime, tokyoDate, tokyoToInstant } from './tokyo-time'

const FROM = Date.UTC(2025, 11, 1)
const TO = Date.UTC(2028, 0, 31)

// Whole-minute nows, nudged by a millisecond either way, so "now == deadline" actually comes up.
const nowArb = fc
  .tuple(fc.integer({ min: FROM / 60_000, max: TO / 60_000 }), fc.constantFrom(-1, 0, 0, 0, 1))
  .map(([minute, nudge]) => new Date(minute * 60_000 + nudge))

const openingArb = fc
  .tuple(fc.integer({ min: 0, max: 23 * 60 }), fc.integer({ min: 15, max: 14 * 60 }))
  .map(([open, length]) => ({ open: minutesToTime(open), close: minutesToTime(Math.min(open + length, 1439)) }))

const hoursArb: fc.Arbitrary<OfficeHours> = fc.record({
  phone: fc.constant(HOURS.phone),
  consultationWeekday: openingArb,
  consultationSaturday: fc.option(openingArb, { nil: null }),
  timeZone: fc.constant('Asia/Tokyo' as const),
})

const rulesArb = fc.record({
  slotMinutes: fc.integer({ min: 15, max: 240 }),
  weekdayLeadHours: fc.integer({ min: 0, max: 288 }).map((q) => q / 4),
  saturdayCutoff: fc.integer({ min: 0, max: 1439 }).map(minutesToTime),
  horizonDays: fc.integer({ min: 1, max: 120 }),
})

const scenarioArb = fc.record({
  now: nowArb,
  fromOffset: fc.integer({ min: -3, max: 10 }),
  days: fc.integer({ min: 0, max: 21 }),
  hours: hoursArb,
  rules: rulesArb,
  closedOffsets: fc.uniqueArray(fc.integer({ min: -10, max: 40 }), { maxLength: 15 }),
  takenPicks: fc.uniqueArray(fc.nat(300), { maxLength: 20 }),
})

describe.each(['UTC', 'America/Los_Angeles'] as const)('listOpenSlots properties with the host in %s', (zone) => {
  useHostZone(zone)

  it('offers only slots checkSlot accepts, outside the lead time, and every such slot', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const today = tokyoDate(s.now)
        const fromDate = addDays(today, s.fromOffset)
        const closedDates = s.closedOffsets.map((i) => addDays(today, i))
        const dates = Array.from({ length: s.days }, (_, i) => addDays(fromDate, i))
        const grid = dates.flatMap((date) =>
          slotsForDay(date, s.hours, s.rules, closedDates).map((t) => tokyoToInstant(date, t)!.toISOString()),
        )
        const taken = new Set(s.takenPicks.flatMap((i) => (grid.length ? [grid[i % grid.length]!] : [])))
        const input = { hours: s.hours, rules: s.rules, closedDates, now: s.now }
        const days = listOpenSlots({ ...input, fromDate, days: s.days, taken })

        const listed = days.flatMap((d) => d.slots.map((slot) => ({ date: d.date, weekday: d.weekday, slot })))
        const starts = listed.map((l) => Date.parse(l.slot.start))
        expect(starts).toEqual([...starts].sort((a, b) => a - b))
        expect(new Set(starts).size).toBe(starts.length)

        for (const { date, weekday, slot } of listed) {
          const check = checkSlot({ ...input, start: slot.start })
          expect(check).toEqual({ ok: true, date, slot })
          expect(taken.has(slot.start)).toBe(false)
          const start = new Date(slot.start)
          expect(instantToTokyo(start)).toEqual({ date, time: slot.tokyoTime, weekday })
          expect(consultationDay(date, s.hours, closedDates)).not.toBeNull()
          expect(daysBetween(today, date)).toBeLessThanOrEqual(s.rules.horizonDays)
          expect(start.getTime()).toBeGreaterThan(s.now.getTime())
          expect(s.now.getTime()).toBeLessThanOrEqual(bookingDeadline(start, s.rules, closedDates)!.getTime())
          if (weekday !== 6) {
            // Never inside the lead time.
            expect(start.getTime() - s.now.getTime()).toBeGreaterThanOrEqual(s.rules.weekdayLeadHours * 3_600_000)
          } else {
            // Booked no later than the cutoff on some business day before the Saturday, with no business
            // day in between (so it is the previous one).
            const cutoff = instantToTokyo(bookingDeadline(start, s.rules, closedDates)!)
            expect(cutoff.time).toBe(s.rules.saturdayCutoff)
            expect(isBusinessDay(cutoff.date, closedDates)).toBe(true)
            for (let d = addDays(cutoff.date, 1); d < date; d = addDays(d, 1)) {
              expect(isBusinessDay(d, closedDates)).toBe(false)
            }
          }
        }

        // Completeness: every open, untaken grid slot in the range is listed.
        const listedStarts = new Set(listed.map((l) => l.slot.start))
        for (const start of grid) {
          const ok = checkSlot({ ...input, start }).ok
          expect(listedStarts.has(start)).toBe(ok && !taken.has(start))
        }
      }),
      { numRuns: 100 },
    )
  })
})
