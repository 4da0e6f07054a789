import { describe, expect, it } from 'vitest'
import { findFactors } from './factors'
import type { Facts } from './facts-schema'
import { abroad, child, conviction, departureOrder, deportation, inJapan, married } from './test-facts'

describe('positive factors', () => {
  it.each<[string, Partial<Facts>, string[]]>([
    ['married to a Japanese national', { spouse: married('japanese') }, ['spouse-japanese']],
    ['married to a special permanent resident', { spouse: married('special-permanent-resident') }, ['spouse-japanese']],
    ['married to a permanent resident', { spouse: married('permanent-resident') }, ['spouse-resident']],
    ['married to a long-term resident', { spouse: married('long-term-resident') }, ['spouse-resident']],
    ['engaged to a Japanese national', { spouse: married('japanese', { relationship: 'engaged' }) }, []],
    ['married, status unknown', { spouse: married(null) }, []],
    ['child of a Japanese national', { isChildOfJapanese: true }, ['child-japanese']],
    ['raises a minor Japanese child', { children: [child()] }, ['raising-japanese-child']],
    [
      'raises a minor child of a special permanent resident',
      { children: [child({ parentStatus: 'special-permanent-resident' })] },
      ['raising-japanese-child'],
    ],
    ['child of a permanent resident', { children: [child({ parentStatus: 'permanent-resident' })] }, []],
    ['no custody', { children: [child({ custody: false })] }, []],
    ['adult child', { children: [child({ minor: false })] }, []],
    [
      'child in a Japanese school',
      { children: [child({ parentStatus: 'other', japaneseSchool: true })] },
      ['child-in-japanese-school'],
    ],
    ['10 years in Japan', { yearsInJapan: 10 }, ['long-residence']],
    ['9.9 years in Japan', { yearsInJapan: 9.9 }, []],
    ['came forward', { voluntaryAppearance: true }, ['voluntary-appearance']],
    ['medical need', { medicalNeed: true }, ['medical-need']],
    ['community ties', { communityTies: true }, ['community-ties']],
  ])('%s', (_name, overrides, expected) => {
    expect(findFactors(abroad(overrides))).toEqual({ positive: expected, negative: [] })
  })
})

describe('negative factors', () => {
  it.each<[string, Partial<Facts>, string[]]>([
    [
      'any imprisonment, even short and suspended',
      { convictions: [conviction({ termMonths: 1, suspended: true })] },
      ['serious-crime'],
    ],
    ['a fine only', { convictions: [conviction({ penalty: 'fine', termMonths: null })] }, []],
    [
      'a life sentence recorded as another penalty',
      { convictions: [conviction({ penalty: 'other', life: true })] },
      ['serious-crime'],
    ],
    ['a drug fine', { convictions: [conviction({ offence: 'drugs', penalty: 'fine' })] }, ['drug-or-weapon-crime']],
    [
      'refused landing for carrying weapons',
      { landingRefusals: [{ date: '2024-01-01', reason: 'carrying-weapons' }] },
      ['drug-or-weapon-crime'],
    ],
    ['refused landing for another reason', { landingRefusals: [{ date: '2024-01-01', reason: 'other' }] }, []],
    ['deported before', { departures: [deportation('2015-01-01')] }, ['prior-deportation']],
    ['a departure order only', { departures: [departureOrder('2015-01-01')] }, []],
    ['5 years without status', { illegalStayYears: 5 }, ['long-illegal-stay']],
    ['4 years without status', { illegalStayYears: 4 }, []],
    ['illegal entry', { residence: 'illegal-entry' }, ['illegal-entry']],
    [
      'married after proceedings began',
      { spouse: married('other', { marriedAfterProceedings: true }) },
      ['sham-marriage-risk'],
    ],
    ['married, not living together', { spouse: married('other', { cohabitingYears: 0 }) }, ['sham-marriage-risk']],
    [
      'married, cohabitation unknown',
      { spouse: married('other', { cohabitingYears: null, marriedAfterProceedings: null }) },
      [],
    ],
    ['engaged, not living together', { spouse: married('other', { relationship: 'engaged', cohabitingYears: 0 }) }, []],
    ['prostitution work', { prostitutionWork: 'yes' }, ['prostitution-or-trafficking']],
    ['trafficked others', { traffickedOthers: true }, ['prostitution-or-trafficking']],
    ['a trafficking victim', { prostitutionWork: 'yes-as-trafficking-victim' }, []],
  ])('%s', (_name, overrides, expected) => {
    expect(findFactors(abroad(overrides)).negative).toEqual(expected)
  })
})

it('lists factors in ids.ts order', () => {
  const facts = inJapan({
    spouse: married('japanese'),
    communityTies: true,
    yearsInJapan: 12,
    illegalStayYears: 8,
    convictions: [conviction({ offence: 'drugs' })],
  })
  expect(findFactors(facts)).toEqual({
    positive: ['spouse-japanese', 'long-residence', 'voluntary-appearance', 'community-ties'],
    negative: ['serious-crime', 'drug-or-weapon-crime', 'long-illegal-stay'],
  })
})
