import { describe, expect, it } from 'vitest'
import { assess } from './assess'
import type { Facts } from './facts-schema'
import { abroad, atPort, child, conviction, departureOrder, deportation, inJapan, married } from './test-facts'

const AS_OF = '2025-07-01'
const flags = (facts: Facts, asOf = AS_OF) => assess(facts, { asOf }).flags.map((f) => f.id)

describe('flags', () => {
  it('in custody: critical, with supervisory measures as info', () => {
    expect(assess(inJapan({ custody: 'detained' }), { asOf: AS_OF }).flags).toEqual([
      { id: 'in-custody', severity: 'critical' },
      { id: 'leaving-triggers-ban', severity: 'medium' },
      { id: 'supervisory-measures', severity: 'info' },
    ])
  })

  it.each([
    ['provisional-release', ['supervisory-measures']],
    ['supervisory-measures', []],
  ] as const)('custody %s', (custody, expected) => {
    expect(flags(abroad({ custody }))).toEqual(expected)
  })

  it('deadline open until the due day, passed after it', () => {
    const facts = inJapan({ residence: 'valid', proceedings: { stage: 'inspector-finding', noticeDate: '2025-06-28' } })
    expect(flags(facts, '2025-07-01')).toEqual(['deadline-open'])
    expect(assess(facts, { asOf: '2025-07-02' }).flags).toEqual([{ id: 'deadline-passed', severity: 'high' }])
  })

  it.each([
    ['life', { life: true, termMonths: null }, true],
    ['13 months, not suspended', { termMonths: 13 }, true],
    ['exactly 12 months, not suspended', { termMonths: 12 }, false],
    ['13 months, wholly suspended', { termMonths: 13, suspended: true }, false],
    ['13 months abroad', { termMonths: 13, country: 'other' as const }, true],
    ['term unknown', { termMonths: null }, false],
    ['a fine', { penalty: 'fine' as const, termMonths: 24 }, false],
    ['another penalty for 24 months', { penalty: 'other' as const, termMonths: 24 }, false],
    ['life recorded as another penalty', { penalty: 'other' as const, life: true }, true],
  ])('serious-sentence-proviso: %s -> %s', (_name, overrides, expected) => {
    const facts = inJapan({ convictions: [conviction(overrides)] })
    expect(flags(facts).includes('serious-sentence-proviso')).toBe(expected)
  })

  it('low possibility: a permanent ground and no qualifying tie, wherever the person is', () => {
    expect(assess(abroad({ prostitutionWork: 'yes' }), { asOf: AS_OF }).flags).toEqual([
      { id: 'low-possibility', severity: 'high' },
    ])
    expect(flags(inJapan({ residence: 'valid', traffickedOthers: true }))).toEqual(['low-possibility', 'no-route52'])
    expect(flags(abroad({ prostitutionWork: 'yes', isChildOfJapanese: true }))).toEqual([])
    expect(flags(abroad({ departures: [deportation('2021-03-15')] }))).toEqual([])
  })

  it.each([
    ['overstay', { residence: 'overstay' as const }, true],
    ['illegal entry', { residence: 'illegal-entry' as const }, true],
    ['valid status', { residence: 'valid' as const }, false],
    ['unknown', { residence: null }, false],
  ])('leaving-triggers-ban in Japan with %s', (_name, overrides, expected) => {
    expect(flags(inJapan(overrides)).includes('leaving-triggers-ban')).toBe(expected)
  })

  it.each([
    ['engaged', 'engaged', true],
    ['cohabiting', 'cohabiting', true],
    ['married', 'married', false],
    ['unknown', null, false],
  ] as const)('marriage-not-registered when %s', (_name, relationship, expected) => {
    const facts = abroad({ spouse: married('japanese', { relationship }) })
    expect(flags(facts).includes('marriage-not-registered')).toBe(expected)
  })

  describe('early-application (special landing only)', () => {
    const withSpouse = (marriedOn: string | null, departures = [deportation('2021-03-15')]) =>
      abroad({ departures, spouse: married('japanese', { marriedOn }) })

    it.each([
      ['deported 2 years ago less a day', [deportation('2023-07-02')], '2020-01-01', true],
      [
        'the latest of two deportations decides',
        [deportation('2023-07-02'), deportation('2015-01-01')],
        '2020-01-01',
        true,
      ],
      ['deported exactly 2 years ago', [deportation('2023-07-01')], '2020-01-01', false],
      ['married less than a year ago', [deportation('2021-03-15')], '2024-07-02', true],
      ['married exactly a year ago', [deportation('2021-03-15')], '2024-07-01', false],
      ['marriage date unknown', [deportation('2021-03-15')], null, false],
      [
        'only a departure order, 10 months ago',
        [departureOrder('2024-09-01'), deportation('2015-01-01')],
        '2020-01-01',
        false,
      ],
    ])('%s -> %s', (_name, departures, marriedOn, expected) => {
      expect(flags(withSpouse(marriedOn, departures)).includes('early-application')).toBe(expected)
    })

    it('not without the special landing path, nor for an unregistered partner', () => {
      expect(flags(abroad({ departures: [deportation('2024-01-01')] }))).toEqual([])
      const engaged = abroad({
        departures: [deportation('2024-01-01')],
        children: [child()],
        spouse: married('japanese', { relationship: 'engaged', marriedOn: '2025-06-01' }),
      })
      expect(flags(engaged)).toEqual(['marriage-not-registered', 'early-application'])
      const partnerOnly = abroad({
        departures: [deportation('2015-01-01')],
        children: [child()],
        spouse: married('japanese', { relationship: 'engaged', marriedOn: '2025-06-01' }),
      })
      expect(flags(partnerOnly)).toEqual(['marriage-not-registered'])
    })
  })

  it.each([
    ['public-security deportation', { departures: [deportation('2020-01-01', { ground: 'public-security' })] }, true],
    ['trafficking others', { traffickedOthers: true }, true],
    ['drug conviction', { convictions: [conviction({ offence: 'drugs' })] }, false],
  ])('no-route52: %s -> %s', (_name, overrides, expected) => {
    const facts = abroad({ ...overrides, spouse: married('japanese') })
    expect(flags(facts).includes('no-route52')).toBe(expected)
  })

  it('flags at a port: open objection deadline', () => {
    expect(flags(atPort())).toEqual(['deadline-open'])
  })
})
