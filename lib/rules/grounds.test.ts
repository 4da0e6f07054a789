import { describe, expect, it } from 'vitest'
import type { Facts } from './facts-schema'
import { isUndatedGround } from './ground'
import { findGrounds } from './grounds'
import { abroad, conviction, departureOrder, deportation } from './test-facts'

const AS_OF = '2025-07-01'
const ids = (facts: Facts, asOf = AS_OF) => findGrounds(facts, asOf).map((g) => g.id)
const only = (facts: Facts, asOf = AS_OF) => {
  const grounds = findGrounds(facts, asOf)
  expect(grounds).toHaveLength(1)
  return grounds[0]!
}

describe('Art. 5(1)(iv) imprisonment of a year or more', () => {
  it.each([
    ['exactly 12 months', { termMonths: 12 }, true],
    ['11 months', { termMonths: 11 }, false],
    ['11.9 months', { termMonths: 11.9 }, false],
    ['12 months, suspended', { termMonths: 12, suspended: true }, true],
    ['life', { termMonths: null, life: true }, true],
    ['abroad, 3 years', { country: 'other' as const, termMonths: 36 }, true],
    ['political offence, 5 years', { termMonths: 60, political: true }, false],
    ['fine', { penalty: 'fine' as const, termMonths: null }, false],
    ['term unknown', { termMonths: null }, false],
    ['other penalty', { penalty: 'other' as const, termMonths: 24 }, false],
  ])('%s -> %s', (_name, overrides, applies) => {
    expect(ids(abroad({ convictions: [conviction(overrides)] })).includes('imprisonment-1y-or-more')).toBe(applies)
  })

  it('is permanent, dated by the earliest qualifying judgment, one entry for several convictions', () => {
    const ground = only(
      abroad({
        convictions: [
          conviction({ termMonths: 24, finalOn: '2019-05-01' }),
          conviction({ termMonths: 12, finalOn: null }),
          conviction({ termMonths: 13, finalOn: '2015-02-01' }),
          conviction({ termMonths: 3, finalOn: '2010-01-01' }),
        ],
      }),
    )
    expect(ground).toEqual({
      id: 'imprisonment-1y-or-more',
      article: '5(1)(iv)',
      permanent: true,
      event: '2015-02-01',
      lastBarredDay: null,
      firstEligibleDay: null,
      active: true,
      route52: true,
    })
  })

  it('has no event when no judgment date is known', () => {
    expect(only(abroad({ convictions: [conviction({ termMonths: 24, finalOn: null })] })).event).toBeNull()
  })
})

describe('Art. 5(1)(v) drug conviction', () => {
  it.each([
    [
      'a fine abroad',
      { offence: 'drugs' as const, penalty: 'fine' as const, country: 'other' as const, termMonths: null },
    ],
    ['a short suspended term', { offence: 'drugs' as const, termMonths: 2, suspended: true }],
    ['a political case', { offence: 'drugs' as const, penalty: 'other' as const, political: true }],
  ])('any penalty counts: %s', (_name, overrides) => {
    expect(ids(abroad({ convictions: [conviction(overrides)] }))).toContain('drug-conviction')
  })

  it('is reported beside item 4 when the term is a year or more', () => {
    expect(ids(abroad({ convictions: [conviction({ offence: 'drugs', termMonths: 18 })] }))).toEqual([
      'imprisonment-1y-or-more',
      'drug-conviction',
    ])
  })
})

describe('Art. 5(1)(vii) and (vii-2)', () => {
  it('prostitution work is permanent with the Art. 5-2 route', () => {
    expect(only(abroad({ prostitutionWork: 'yes' }))).toMatchObject({
      id: 'prostitution-work',
      permanent: true,
      event: null,
      route52: true,
    })
  })

  it('a trafficking victim has no ground', () => {
    expect(ids(abroad({ prostitutionWork: 'yes-as-trafficking-victim' }))).toEqual([])
  })

  it('trafficking others is permanent without the Art. 5-2 route', () => {
    expect(only(abroad({ traffickedOthers: true }))).toMatchObject({
      id: 'human-trafficking',
      article: '5(1)(vii-2)',
      route52: false,
    })
  })
})

describe('Art. 5(1)(ix) refused landing', () => {
  it('one ground per refusal for drugs or weapons, oldest first, 1 year from the refusal', () => {
    const grounds = findGrounds(
      abroad({
        landingRefusals: [
          { date: '2025-01-10', reason: 'carrying-weapons' },
          { date: '2023-06-01', reason: 'carrying-drugs' },
          { date: '2025-01-10', reason: 'carrying-drugs' },
          { date: '2024-12-01', reason: 'other' },
        ],
      }),
      AS_OF,
    )
    expect(grounds.map((g) => [g.id, g.event, g.lastBarredDay, g.active])).toEqual([
      ['refused-landing-1y', '2023-06-01', '2024-06-01', false],
      ['refused-landing-1y', '2025-01-10', '2026-01-10', true],
    ])
  })
})

describe('Art. 5(1)(ix) departures: only the latest decides', () => {
  it.each([
    ['first deportation', [deportation('2021-03-15')], 'deportation-first-5y', '2026-03-15'],
    [
      'repeat deportation',
      [deportation('2012-01-01'), deportation('2020-05-05')],
      'deportation-repeat-10y',
      '2030-05-05',
    ],
    [
      'deportation after a departure order',
      [departureOrder('2015-01-01'), deportation('2020-05-05')],
      'deportation-repeat-10y',
      '2030-05-05',
    ],
    [
      'departure order after a deportation',
      [deportation('2010-01-01'), departureOrder('2024-08-20')],
      'departure-order-1y',
      '2025-08-20',
    ],
    [
      'listed newest first',
      [deportation('2020-05-05'), deportation('2012-01-01')],
      'deportation-repeat-10y',
      '2030-05-05',
    ],
    ['departure order on 29 Feb', [departureOrder('2024-02-29')], 'departure-order-1y', '2025-02-28'],
    ['deportation on 29 Feb', [deportation('2020-02-29')], 'deportation-first-5y', '2025-02-28'],
  ])('%s', (_name, departures, id, lastBarredDay) => {
    expect(only(abroad({ departures }))).toMatchObject({
      id,
      article: '5(1)(ix)',
      permanent: false,
      lastBarredDay,
      route52: true,
    })
  })

  describe('departures on the same day', () => {
    const both = (departures: Facts['departures']) =>
      [
        findGrounds(abroad({ departures }), '2025-09-01'),
        findGrounds(abroad({ departures: [...departures].reverse() }), '2025-09-01'),
      ] as const

    it('a deportation and a departure order on the latest day: the deportation decides, in either order', () => {
      const [listed, reversed] = both([deportation('2024-08-20'), departureOrder('2024-08-20')])
      expect(reversed).toEqual(listed)
      // The departure order on the same day is not an earlier departure, so this is a first deportation.
      expect(listed).toEqual([
        expect.objectContaining({ id: 'deportation-first-5y', event: '2024-08-20', lastBarredDay: '2029-08-20' }),
      ])
    })

    it('the same deportation entered twice counts once: 5 years, not 10', () => {
      expect(only(abroad({ departures: [deportation('2021-03-15'), deportation('2021-03-15')] }))).toMatchObject({
        id: 'deportation-first-5y',
        lastBarredDay: '2026-03-15',
      })
    })

    it('the same departure order entered twice counts once', () => {
      expect(only(abroad({ departures: [departureOrder('2024-08-20'), departureOrder('2024-08-20')] }))).toMatchObject({
        id: 'departure-order-1y',
        lastBarredDay: '2025-08-20',
      })
    })

    it('a departure strictly before the latest day still makes it a repeat', () => {
      const [listed, reversed] = both([deportation('2010-01-01'), deportation('2020-05-05'), deportation('2020-05-05')])
      expect(reversed).toEqual(listed)
      expect(listed).toEqual([
        expect.objectContaining({ id: 'deportation-repeat-10y', event: '2020-05-05', lastBarredDay: '2030-05-05' }),
      ])
    })

    it('a public-security deportation on the latest day is not an earlier deportation', () => {
      const [listed, reversed] = both([
        deportation('2020-01-01'),
        deportation('2020-01-01', { ground: 'public-security' }),
      ])
      expect(reversed).toEqual(listed)
      expect(listed.map((g) => g.id)).toEqual(['deportation-first-5y', 'public-security-deportation'])
    })

    it('two same-day deportations that disagree on the one-year decision: the longer ban, in either order', () => {
      const departures = [
        deportation('2024-10-01', { reducedBanDecision: true }),
        deportation('2024-10-01', { reducedBanDecision: false }),
      ]
      const [listed, reversed] = both(departures)
      expect(reversed).toEqual(listed)
      expect(listed).toEqual([expect.objectContaining({ id: 'deportation-first-5y', lastBarredDay: '2029-10-01' })])
    })
  })

  it('is active on the last barred day and not the day after', () => {
    const facts = abroad({ departures: [deportation('2021-03-15')] })
    expect(only(facts, '2026-03-15')).toMatchObject({ active: true, firstEligibleDay: '2026-03-16' })
    expect(only(facts, '2026-03-16').active).toBe(false)
  })

  it.each([
    ['with a decision, for family', { reducedBanDecision: true }, 'family', 'deportation-reduced-1y', '2025-10-01'],
    ['with a decision, purpose unknown', { reducedBanDecision: true }, null, 'deportation-reduced-1y', '2025-10-01'],
    [
      'with a decision, for short-term stay',
      { reducedBanDecision: true },
      'short-term',
      'deportation-first-5y',
      '2029-10-01',
    ],
    ['without a decision', { reducedBanDecision: false }, 'family', 'deportation-first-5y', '2029-10-01'],
    ['decision unknown', { reducedBanDecision: null }, 'family', 'deportation-first-5y', '2029-10-01'],
  ] as const)('Art. 52(5) decision %s', (_name, overrides, returnPurpose, id, lastBarredDay) => {
    const facts = abroad({ departures: [deportation('2024-10-01', overrides)], returnPurpose })
    expect(only(facts)).toMatchObject({ id, lastBarredDay })
  })

  it('the reduced ban also applies to a repeat deportation, but short-term stay brings back 10 years', () => {
    const departures = [deportation('2015-01-01'), deportation('2024-10-01', { reducedBanDecision: true })]
    expect(only(abroad({ departures })).id).toBe('deportation-reduced-1y')
    expect(only(abroad({ departures, returnPurpose: 'short-term' })).id).toBe('deportation-repeat-10y')
  })

  it('a decision before the provision came into force (2024-06-10) is not applied', () => {
    const on = abroad({ departures: [deportation('2024-06-10', { reducedBanDecision: true })] })
    const before = abroad({ departures: [deportation('2024-06-09', { reducedBanDecision: true })] })
    expect(only(on).id).toBe('deportation-reduced-1y')
    expect(only(before).id).toBe('deportation-first-5y')
  })

  it('an unknown deportation ground is counted as an ordinary deportation', () => {
    expect(only(abroad({ departures: [deportation('2021-03-15', { ground: 'unknown' })] })).id).toBe(
      'deportation-first-5y',
    )
  })
})

describe('Art. 5(1)(x) public-security deportation', () => {
  it('is permanent, has no Art. 5-2 route and is not an item-9 ban', () => {
    const ground = only(abroad({ departures: [deportation('2020-01-01', { ground: 'public-security' })] }))
    expect(ground).toEqual({
      id: 'public-security-deportation',
      article: '5(1)(x)',
      permanent: true,
      event: '2020-01-01',
      lastBarredDay: null,
      firstEligibleDay: null,
      active: true,
      route52: false,
    })
  })

  it('an earlier ordinary deportation keeps its own item-9 ban; the public-security one counts as a prior deportation', () => {
    const before = abroad({
      departures: [deportation('2016-01-01'), deportation('2022-01-01', { ground: 'public-security' })],
    })
    expect(findGrounds(before, AS_OF).map((g) => [g.id, g.event, g.active])).toEqual([
      ['deportation-first-5y', '2016-01-01', false],
      ['public-security-deportation', '2022-01-01', true],
    ])
    const after = abroad({
      departures: [
        deportation('2023-01-01', { ground: 'public-security' }),
        deportation('2018-01-01', { ground: 'public-security' }),
        deportation('2024-01-01'),
      ],
    })
    expect(findGrounds(after, AS_OF).map((g) => [g.id, g.event])).toEqual([
      ['deportation-repeat-10y', '2024-01-01'],
      ['public-security-deportation', '2018-01-01'],
    ])
  })

  it('a departure order is never a public-security deportation', () => {
    expect(only(abroad({ departures: [{ ...departureOrder('2024-08-20'), ground: 'public-security' }] })).id).toBe(
      'departure-order-1y',
    )
  })
})

describe('Art. 5(1)(ix-2) judgment final after departure', () => {
  const qualifying = {
    offence: 'theft' as const,
    termMonths: 6,
    suspended: true,
    statusAtTime: 'activity' as const,
    leftBeforeFinal: true,
    finalOn: '2022-03-01',
  }

  it('runs 5 years from finality, one entry per judgment', () => {
    const grounds = findGrounds(
      abroad({
        convictions: [conviction(qualifying), conviction({ ...qualifying, offence: 'fraud', finalOn: '2019-01-15' })],
      }),
      AS_OF,
    )
    expect(grounds.map((g) => [g.id, g.article, g.lastBarredDay, g.active, g.route52])).toEqual([
      ['conviction-final-after-departure-5y', '5(1)(ix-2)', '2024-01-15', false, true],
      ['conviction-final-after-departure-5y', '5(1)(ix-2)', '2027-03-01', true, true],
    ])
  })

  it.each([
    ['not a listed offence', { offence: 'traffic' as const }],
    ['a foreign court', { country: 'other' as const }],
    ['a fine', { penalty: 'fine' as const }],
    ['stayed until finality', { leftBeforeFinal: false }],
    ['family-based status', { statusAtTime: 'family' as const }],
    ['no status', { statusAtTime: 'none' as const }],
    ['status unknown', { statusAtTime: null }],
    ['status unknown and finality unknown', { statusAtTime: null, finalOn: null }],
    ['family-based status, finality unknown', { statusAtTime: 'family' as const, finalOn: null }],
  ])('no ground when %s', (_name, overrides) => {
    expect(ids(abroad({ convictions: [conviction({ ...qualifying, ...overrides })] }))).toEqual([])
  })

  it('tells an undated ground from a permanent one and a dated one (what the pages show as "dates unknown")', () => {
    const undated = only(abroad({ convictions: [conviction({ ...qualifying, finalOn: null })] }))
    const dated = only(abroad({ convictions: [conviction({ ...qualifying, finalOn: '2024-01-01' })] }))
    const permanent = only(abroad({ prostitutionWork: 'yes' }))
    expect([undated, dated, permanent].map(isUndatedGround)).toEqual([true, false, false])
  })

  it('finality unknown: still the ground, undated and treated as possibly running', () => {
    expect(only(abroad({ convictions: [conviction({ ...qualifying, finalOn: null })] }))).toEqual({
      id: 'conviction-final-after-departure-5y',
      article: '5(1)(ix-2)',
      permanent: false,
      event: null,
      lastBarredDay: null,
      firstEligibleDay: null,
      active: true,
      route52: true,
    })
  })

  it('undated judgments make one undated entry, after the dated ones, whatever the order of the facts', () => {
    const convictions = [
      conviction({ ...qualifying, finalOn: null }),
      conviction({ ...qualifying, finalOn: '2019-01-15' }),
      conviction({ ...qualifying, offence: 'fraud', finalOn: null }),
    ]
    const expected = [
      ['2019-01-15', '2024-01-15', false],
      [null, null, true],
    ]
    for (const list of [convictions, [...convictions].reverse()]) {
      expect(
        findGrounds(abroad({ convictions: list }), AS_OF).map((g) => [g.event, g.lastBarredDay, g.active]),
      ).toEqual(expected)
    }
  })
})

it('lists grounds in statute order whatever the order of the facts', () => {
  const facts = abroad({
    departures: [deportation('2023-01-01', { ground: 'public-security' }), deportation('2020-01-01')],
    landingRefusals: [{ date: '2019-01-01', reason: 'carrying-drugs' }],
    convictions: [
      conviction({
        offence: 'theft',
        statusAtTime: 'activity',
        leftBeforeFinal: true,
        finalOn: '2021-01-01',
        termMonths: 6,
      }),
      conviction({ offence: 'drugs', termMonths: 24 }),
    ],
    prostitutionWork: 'yes',
    traffickedOthers: true,
  })
  expect(ids(facts)).toEqual([
    'imprisonment-1y-or-more',
    'drug-conviction',
    'prostitution-work',
    'human-trafficking',
    'refused-landing-1y',
    'deportation-first-5y',
    'conviction-final-after-departure-5y',
    'public-security-deportation',
  ])
})
