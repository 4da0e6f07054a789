import { describe, expect, it } from 'vitest'
import { assess } from './assess'
import type { Facts } from './facts-schema'
import { abroad, atPort, inJapan } from './test-facts'

const urgency = (facts: Facts, asOf = '2025-07-01') => assess(facts, { asOf }).urgency

describe('urgency', () => {
  it.each<[string, Facts, string]>([
    ['detained', inJapan({ custody: 'detained' }), 'critical'],
    ['detained abroad-answer still critical', abroad({ custody: 'detained' }), 'critical'],
    [
      'open deadline',
      inJapan({ residence: 'valid', proceedings: { stage: 'special-inquiry-decision', noticeDate: '2025-06-30' } }),
      'critical',
    ],
    ['open objection at a port', atPort(), 'critical'],
    [
      'deadline stage without a notice date',
      inJapan({ proceedings: { stage: 'inspector-finding', noticeDate: null } }),
      'critical',
    ],
    [
      'passed deadline',
      inJapan({ residence: 'valid', proceedings: { stage: 'inspector-finding', noticeDate: '2025-06-01' } }),
      'high',
    ],
    ['deportation order issued', inJapan({ proceedings: { stage: 'deportation-order', noticeDate: null } }), 'high'],
    [
      'landing proceedings, deadline passed',
      atPort({ proceedings: { stage: 'landing-finding', noticeDate: '2025-06-01' } }),
      'high',
    ],
    ['on provisional release, not detained', inJapan({ custody: 'provisional-release' }), 'medium'],
    ['overstay', inJapan(), 'medium'],
    ['illegal entry', inJapan({ residence: 'illegal-entry' }), 'medium'],
    ['in Japan, residence unknown', inJapan({ residence: null }), 'medium'],
    ['in Japan, valid status', inJapan({ residence: 'valid' }), 'low'],
    ['abroad', abroad(), 'low'],
  ])('%s -> %s', (_name, facts, expected) => {
    expect(urgency(facts)).toBe(expected)
  })
})
