import { describe, expect, it } from 'vitest'
import { assess } from './assess'
import type { Facts } from './facts-schema'
import {
  abroad,
  atPort,
  conviction,
  departureOrder,
  deportation,
  inJapan,
  married,
  undatedItem9Dash2Conviction,
} from './test-facts'

const fee = (facts: Facts, asOf = '2025-07-01') => assess(facts, { asOf }).fee

describe('fee', () => {
  it.each<[string, Facts, ReturnType<typeof fee>]>([
    [
      'special permission to stay',
      inJapan(),
      { service: 'special-permission-to-stay', case: 'quote-at-consultation', refundPolicy: 'full-refund-if-denied' },
    ],
    [
      'special permission to stay, detained at intake',
      inJapan({ custody: 'detained' }),
      {
        service: 'special-permission-to-stay',
        case: 'quote-at-consultation',
        refundPolicy: 'no-refund-detained-at-intake',
      },
    ],
    [
      'special permission to stay, on provisional release',
      inJapan({ custody: 'provisional-release' }),
      { service: 'special-permission-to-stay', case: 'quote-at-consultation', refundPolicy: 'full-refund-if-denied' },
    ],
    [
      'special landing, item 9 only',
      abroad({ departures: [deportation('2021-03-15')], spouse: married('japanese') }),
      { service: 'special-landing-permission', case: 'standard', refundPolicy: null },
    ],
    [
      'special landing, item 9 and an expired item 9-2',
      abroad({
        departures: [deportation('2021-03-15')],
        convictions: [
          conviction({
            offence: 'theft',
            termMonths: 6,
            statusAtTime: 'activity',
            leftBeforeFinal: true,
            finalOn: '2015-01-01',
          }),
        ],
        spouse: married('japanese'),
      }),
      { service: 'special-landing-permission', case: 'standard', refundPolicy: null },
    ],
    [
      'special landing, active item 9-2',
      abroad({
        convictions: [
          conviction({
            offence: 'theft',
            termMonths: 6,
            statusAtTime: 'activity',
            leftBeforeFinal: true,
            finalOn: '2024-01-01',
          }),
        ],
        spouse: married('japanese'),
      }),
      { service: 'special-landing-permission', case: 'individual-estimate', refundPolicy: null },
    ],
    [
      'special landing, item 9-2 with the date of finality unknown',
      abroad({
        convictions: [undatedItem9Dash2Conviction()],
        spouse: married('japanese'),
      }),
      { service: 'special-landing-permission', case: 'individual-estimate', refundPolicy: null },
    ],
    [
      'item 9-2 with the date of finality unknown, no tie: no path, no service',
      abroad({
        convictions: [undatedItem9Dash2Conviction()],
      }),
      { service: 'none', case: 'none', refundPolicy: null },
    ],
    [
      'special landing, a permanent ground',
      abroad({ prostitutionWork: 'yes', spouse: married('japanese') }),
      { service: 'special-landing-permission', case: 'individual-estimate', refundPolicy: null },
    ],
    [
      'waiting first, special landing prepared meanwhile',
      abroad({ departures: [deportation('2024-10-01', { reducedBanDecision: true })], spouse: married('japanese') }),
      { service: 'special-landing-permission', case: 'standard', refundPolicy: null },
    ],
    [
      'waiting only',
      abroad({ departures: [departureOrder('2024-08-20')] }),
      { service: 'other-procedure', case: 'quote-at-consultation', refundPolicy: null },
    ],
    ['ordinary COE', abroad(), { service: 'other-procedure', case: 'quote-at-consultation', refundPolicy: null }],
    [
      'departure order first',
      inJapan({ goal: 'leave' }),
      { service: 'other-procedure', case: 'quote-at-consultation', refundPolicy: null },
    ],
    [
      'objection at a port',
      atPort(),
      { service: 'other-procedure', case: 'quote-at-consultation', refundPolicy: null },
    ],
    ['outside this intake', inJapan({ residence: 'valid' }), { service: 'none', case: 'none', refundPolicy: null }],
    ['no path at all', abroad({ prostitutionWork: 'yes' }), { service: 'none', case: 'none', refundPolicy: null }],
  ])('%s', (_name, facts, expected) => {
    expect(fee(facts)).toEqual(expected)
  })
})
