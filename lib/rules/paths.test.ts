import { describe, expect, it } from 'vitest'
import { addDays, addYears } from './calendar-date'
import { findDeadlines } from './deadlines'
import type { Facts } from './facts-schema'
import { findGrounds } from './grounds'
import { findPaths } from './paths'
import {
  abroad,
  atPort,
  child,
  conviction,
  departureOrder,
  deportation,
  inJapan,
  married,
  undatedItem9Dash2Conviction,
} from './test-facts'

const AS_OF = '2025-07-01'
function paths(facts: Facts, asOf = AS_OF) {
  return findPaths(facts, findGrounds(facts, asOf), findDeadlines(facts, asOf), asOf)
}

describe('paths in Japan', () => {
  it('an overstayer who wants to stay: special permission first, the departure order second', () => {
    expect(paths(inJapan())).toEqual(['special-permission-to-stay', 'departure-order'])
  })

  it.each(['leave', 'return'] as const)('goal %s puts the departure order first', (goal) => {
    expect(paths(inJapan({ goal }))).toEqual(['departure-order', 'special-permission-to-stay'])
  })

  it('without the departure order, goal leave still gets special permission', () => {
    expect(paths(inJapan({ goal: 'leave', residence: 'illegal-entry' }))).toEqual(['special-permission-to-stay'])
  })

  it.each([
    ['illegal entry', { residence: 'illegal-entry' as const }],
    ['already in proceedings', { proceedings: { stage: 'inspector-finding' as const, noticeDate: '2025-06-30' } }],
    ['did not come forward and wants to stay', { voluntaryAppearance: false }],
    ['cannot leave promptly', { canDepartPromptly: false }],
    ['deported before', { departures: [deportation('2010-01-01')] }],
    ['left under a departure order before', { departures: [departureOrder('2015-01-01')] }],
    [
      'sentenced to imprisonment for theft, suspended',
      { convictions: [conviction({ offence: 'theft', termMonths: 6, suspended: true })] },
    ],
    [
      'sentenced to imprisonment for life',
      { convictions: [conviction({ life: true, termMonths: null, suspended: false })] },
    ],
    [
      'sentenced to life, recorded as another penalty',
      { convictions: [conviction({ penalty: 'other', life: true, termMonths: null })] },
    ],
    ['a Japanese drug fine', { convictions: [conviction({ offence: 'drugs', penalty: 'fine', termMonths: null })] }],
    ['13 months unsuspended, other offence', { convictions: [conviction({ termMonths: 13 })] }],
    ['unknown term unsuspended', { convictions: [conviction({ termMonths: null })] }],
    ['prostitution work', { prostitutionWork: 'yes' as const }],
    ['trafficked others', { traffickedOthers: true }],
  ])('no departure order: %s', (_name, overrides) => {
    expect(paths(inJapan(overrides))).not.toContain('departure-order')
  })

  it.each([
    ['a theft fine', { convictions: [conviction({ offence: 'theft', penalty: 'fine', termMonths: null })] }],
    ['a foreign theft sentence', { convictions: [conviction({ offence: 'theft', country: 'other', termMonths: 24 })] }],
    ['12 months unsuspended, other offence', { convictions: [conviction({ termMonths: 12 })] }],
    ['3 years suspended, other offence', { convictions: [conviction({ termMonths: 36, suspended: true })] }],
    ['a traffic "other" penalty', { convictions: [conviction({ offence: 'traffic', penalty: 'other' })] }],
    [
      'a fine also marked life (contradictory; read as a fine, as for item 4)',
      { convictions: [conviction({ penalty: 'fine', life: true, termMonths: null })] },
    ],
    ['readiness unknown', { canDepartPromptly: null }],
    [
      'did not come forward but wants to leave (declaration before the finding)',
      { voluntaryAppearance: false, goal: 'leave' as const },
    ],
    ['a trafficking victim', { prostitutionWork: 'yes-as-trafficking-victim' as const }],
  ])('departure order still open: %s', (_name, overrides) => {
    expect(paths(inJapan(overrides))).toContain('departure-order')
  })

  it('no special permission once the deportation order is issued', () => {
    expect(paths(inJapan({ proceedings: { stage: 'deportation-order', noticeDate: '2025-06-01' } }))).toEqual([])
  })

  it('valid status in deportation proceedings can seek special permission', () => {
    expect(
      paths(
        inJapan({ residence: 'valid', proceedings: { stage: 'special-inquiry-decision', noticeDate: '2025-06-30' } }),
      ),
    ).toEqual(['special-permission-to-stay'])
  })

  it('valid status and no proceedings: the ordinary procedure, outside this intake', () => {
    expect(paths(inJapan({ residence: 'valid' }))).toEqual(['regular-status-procedure'])
  })

  it('unknown residence and no proceedings: no path is assumed', () => {
    expect(paths(inJapan({ residence: null }))).toEqual([])
  })
})

describe('paths at a port', () => {
  it('objection while the deadline is open, including the due day', () => {
    expect(paths(atPort())).toEqual(['landing-objection'])
    expect(paths(atPort(), '2025-07-04')).toEqual(['landing-objection'])
    expect(paths(atPort(), '2025-07-05')).toEqual([])
  })

  it('with no notice date the path stays listed', () => {
    expect(paths(atPort({ proceedings: { stage: 'landing-finding', noticeDate: null } }))).toEqual([
      'landing-objection',
    ])
  })

  it('nothing before a finding', () => {
    expect(paths(atPort({ proceedings: { stage: 'none', noticeDate: null } }))).toEqual([])
  })
})

describe('paths abroad', () => {
  it('no active ground: the ordinary COE', () => {
    expect(paths(abroad())).toEqual(['standard-coe'])
    expect(paths(abroad({ departures: [departureOrder('2024-02-29')] }))).toEqual(['standard-coe'])
  })

  it('time-limited grounds without a tie: wait', () => {
    expect(paths(abroad({ departures: [deportation('2021-03-15')] }))).toEqual(['wait-for-ban-expiry'])
  })

  it('a permanent ground without a tie: nothing', () => {
    expect(paths(abroad({ prostitutionWork: 'yes' }))).toEqual([])
  })

  describe('item 9-2 with the date of finality unknown: the ban cannot be dated', () => {
    const undated = undatedItem9Dash2Conviction()

    it('without a tie: neither the ordinary COE nor waiting for a date nobody knows', () => {
      expect(paths(abroad({ convictions: [undated] }))).toEqual([])
    })

    it('with a tie: special landing only, no waiting', () => {
      expect(paths(abroad({ convictions: [undated], spouse: married('japanese') }))).toEqual([
        'special-landing-permission',
      ])
    })

    it('beside a dated ban that ends soon: still no waiting', () => {
      const facts = abroad({
        convictions: [undated],
        departures: [departureOrder('2024-08-20')],
        spouse: married('japanese'),
      })
      expect(paths(facts)).toEqual(['special-landing-permission'])
      expect(paths(abroad({ convictions: [undated], departures: [departureOrder('2024-08-20')] }))).toEqual([])
    })
  })

  it('a permanent ground with a tie: special landing only', () => {
    expect(paths(abroad({ prostitutionWork: 'yes', spouse: married('permanent-resident') }))).toEqual([
      'special-landing-permission',
    ])
  })

  it.each([
    ['married to a Japanese national', { spouse: married('japanese') }, true],
    ['married to a special permanent resident', { spouse: married('special-permanent-resident') }, true],
    ['married to a long-term resident', { spouse: married('long-term-resident') }, true],
    ['married to someone with another status', { spouse: married('other') }, false],
    ['spouse status unknown', { spouse: married(null) }, false],
    ['engaged to a Japanese national', { spouse: married('japanese', { relationship: 'engaged' }) }, false],
    ['the child of a Japanese national', { isChildOfJapanese: true }, true],
    [
      'custodial parent of a minor child of a permanent resident',
      { children: [child({ parentStatus: 'permanent-resident' })] },
      true,
    ],
    ['parent without custody', { children: [child({ custody: false })] }, false],
    ['parent of an adult child', { children: [child({ minor: false })] }, false],
    ['parent of a child of a foreigner with other status', { children: [child({ parentStatus: 'other' })] }, false],
  ])('qualifying tie: %s -> %s', (_name, overrides, tie) => {
    expect(
      paths(abroad({ departures: [deportation('2021-03-15')], ...overrides })).includes('special-landing-permission'),
    ).toBe(tie)
  })

  describe('the 180-day rule', () => {
    // The ban's first eligible day is asOf + N days.
    const withBanEndingIn = (days: number) => {
      const firstEligibleDay = addDays(AS_OF, days)
      const departureDay = addYears(addDays(firstEligibleDay, -1), -5)
      return abroad({ departures: [deportation(departureDay)], spouse: married('japanese') })
    }

    it.each([
      [179, 'wait-for-ban-expiry'],
      [180, 'wait-for-ban-expiry'],
      [181, 'special-landing-permission'],
    ])('first eligible day %i days ahead: %s first', (days, first) => {
      const result = paths(withBanEndingIn(days))
      expect(result).toHaveLength(2)
      expect(result[0]).toBe(first)
    })

    it('the latest ban decides', () => {
      const facts = abroad({
        departures: [deportation('2021-03-15')],
        landingRefusals: [{ date: '2025-01-10', reason: 'carrying-drugs' }],
        spouse: married('japanese'),
      })
      expect(paths(facts)).toEqual(['special-landing-permission', 'wait-for-ban-expiry'])
      expect(paths(facts, '2025-12-01')).toEqual(['wait-for-ban-expiry', 'special-landing-permission'])
      // Listed after the longer ban, a shorter one must not win.
      const shorterLast = abroad({
        landingRefusals: [{ date: '2025-01-10', reason: 'carrying-drugs' }],
        convictions: [
          conviction({
            offence: 'theft',
            termMonths: 6,
            statusAtTime: 'activity',
            leftBeforeFinal: true,
            finalOn: '2020-08-01',
          }),
        ],
        spouse: married('japanese'),
      })
      expect(findGrounds(shorterLast, AS_OF).map((g) => g.firstEligibleDay)).toEqual(['2026-01-11', '2025-08-02'])
      // 2026-01-11 is 180 days after 2025-07-15 and 181 after 2025-07-14.
      expect(paths(shorterLast, '2025-07-15')).toEqual(['wait-for-ban-expiry', 'special-landing-permission'])
      expect(paths(shorterLast, '2025-07-14')).toEqual(['special-landing-permission', 'wait-for-ban-expiry'])
    })
  })
})
