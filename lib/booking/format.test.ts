import { describe, expect, it } from 'vitest'
import { formatBesideJapanTime, formatInZone, isValidTimeZone } from './format'
import { HOST_ZONES, useHostZone } from './test-support'

const SLOT = '2026-12-01T01:00:00.000Z' // Tue 2026-12-01 10:00 in Japan
const CLOCK: Intl.DateTimeFormatOptions = {
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
}

describe.each(HOST_ZONES)('format with the host in %s', (zone) => {
  useHostZone(zone)

  it.each([
    ['Asia/Tokyo', '12/01, 10:00'],
    ['UTC', '12/01, 01:00'],
    ['America/Los_Angeles', '11/30, 17:00'],
    ['Europe/London', '12/01, 01:00'],
    ['Asia/Kolkata', '12/01, 06:30'],
  ])('formatInZone(slot, %s)', (timeZone, expected) => {
    expect(formatInZone(SLOT, timeZone, 'en-US', CLOCK)).toBe(expected)
  })

  it('shows date, weekday, time and zone by default, in either language', () => {
    const ja = formatInZone(SLOT, 'Asia/Tokyo', 'ja')
    expect(ja).toContain('2026年12月1日')
    expect(ja).toContain('火')
    expect(ja).toContain('10:00')
    expect(ja).toContain('JST')
    const en = formatInZone(new Date(SLOT), 'America/Los_Angeles', 'en')
    expect(en).toContain('Mon')
    expect(en).toContain('Nov 30, 2026')
    expect(en).toContain('05:00')
    expect(en).toContain('PST')
  })

  it('puts the client time beside Japan time', () => {
    const la = formatBesideJapanTime(SLOT, 'America/Los_Angeles', 'en-US', CLOCK)
    expect(la).toEqual({ japan: '12/01, 10:00', local: '11/30, 17:00', sameAsJapan: false })
    // Seoul shares Japan's offset: the page can show one time.
    expect(formatBesideJapanTime(SLOT, 'Asia/Seoul', 'en-US', CLOCK).sameAsJapan).toBe(true)
  })

  it('rejects unknown zones and bad instants', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus')).toBe(false)
    expect(() => formatInZone(SLOT, 'Mars/Olympus', 'en')).toThrow(RangeError)
    expect(() => formatInZone('2026-12-01T10:00', 'Asia/Tokyo', 'en')).toThrow(RangeError)
  })
})
