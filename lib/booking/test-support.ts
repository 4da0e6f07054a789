import { afterAll, beforeAll, expect } from 'vitest'
import { DEFAULT_OFFICE_SETTINGS } from '@/lib/settings/schema'

/**
 * Test helpers. The host zones cover UTC, a DST zone behind UTC, Japan itself, and UTC+14 (whose
 * calendar date differs from Japan's for part of every day).
 */

export const HOST_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'] as const

// Offsets (Date#getTimezoneOffset) on 2026-01-01, to prove the zone switch really happened.
const JANUARY_OFFSET: Record<(typeof HOST_ZONES)[number], number> = {
  UTC: 0,
  'America/Los_Angeles': 480,
  'Asia/Tokyo': -540,
  'Pacific/Kiritimati': -840,
}

/** Runs the enclosing describe with process.env.TZ set to `zone` (Node applies runtime changes). */
export function useHostZone(zone: (typeof HOST_ZONES)[number]): void {
  const previous = process.env.TZ
  beforeAll(() => {
    process.env.TZ = zone
    expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(JANUARY_OFFSET[zone])
  })
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ
    else process.env.TZ = previous
  })
}

export const HOURS = DEFAULT_OFFICE_SETTINGS.hours
export const RULES = DEFAULT_OFFICE_SETTINGS.booking

/** The instant of a Japan wall time, written the way a reader checks it against a calendar. */
export function jst(date: string, time: string): string {
  return new Date(`${date}T${time}:00+09:00`).toISOString()
}

/** Every date from `from` to `to` inclusive, e.g. an office's year-end closure from settings. */
export function dateRange(from: string, to: string): string[] {
  const out: string[] = []
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += 86_400_000) {
    out.push(new Date(ms).toISOString().slice(0, 10))
  }
  return out
}

export const YEAR_END_2026 = dateRange('2026-12-29', '2027-01-03')

/** An instant `plusMs` after an ISO instant: boundaries are written as deadline + 1 ms. */
export function at(iso: string, plusMs = 0): Date {
  return new Date(new Date(iso).getTime() + plusMs)
}
