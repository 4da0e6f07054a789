import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import cases from '../../tests/fixtures/cases.json'
import { assess } from './assess'
import { addDays, isCalendarDate } from './calendar-date'
import type { Facts } from './facts-schema'
import { FLAG_SEVERITY } from './ids'
import * as api from './index'
import { AssessmentSchema } from './result-schema'
import { dateArb, factsArb } from './test-arbitraries'
import { abroad } from './test-facts'

const asOfArb = dateArb

describe('assess', () => {
  it('rejects an asOf that is not a real date', () => {
    expect(() => assess(abroad(), { asOf: '2025-02-30' })).toThrow(RangeError)
    expect(() => assess(abroad(), { asOf: '1 July 2025' })).toThrow('errors.invalidDate')
  })

  it('records the rules version and the day', () => {
    const result = assess(abroad(), { asOf: '2025-07-01' })
    expect(result.rulesVersion).toBe(api.RULES_VERSION)
    expect(result.rulesVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/)
    expect(result.asOf).toBe('2025-07-01')
  })

  it('the public API exports what the app uses', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'ARTICLES',
        'AssessmentSchema',
        'DEADLINE_ARTICLES',
        'DEADLINE_IDS',
        'DOCUMENT_IDS',
        'FACTOR_IDS',
        'FACTS_ERROR_KEYS',
        'FEE_CASES',
        'FEE_SERVICES',
        'FLAG_IDS',
        'FLAG_SEVERITY',
        'FactsSchema',
        'GROUND_ARTICLES',
        'GROUND_IDS',
        'NEGATIVE_FACTOR_IDS',
        'PATH_ARTICLES',
        'PATH_IDS',
        'POSITIVE_FACTOR_IDS',
        'REFUND_POLICIES',
        'REVIEW_NOTE_IDS',
        'RULES_VERSION',
        'SEVERITIES',
        'URGENCY_LEVELS',
        'assess',
        'isCalendarDate',
      ].sort(),
    )
  })

  it('always returns a result the schema accepts, with consistent parts', () => {
    fc.assert(
      fc.property(factsArb, asOfArb, (facts, asOf) => {
        const result = assess(facts, { asOf })
        expect(AssessmentSchema.safeParse(result).success).toBe(true)
        expect(result.recommendedPath).toBe(result.paths[0] ?? null)
        expect(new Set(result.paths).size).toBe(result.paths.length)
        for (const flag of result.flags) expect(flag.severity).toBe(FLAG_SEVERITY[flag.id])
        for (const ground of result.grounds) {
          if (ground.permanent) {
            expect([ground.lastBarredDay, ground.firstEligibleDay, ground.active]).toEqual([null, null, true])
          } else {
            expect(ground.firstEligibleDay).toBe(addDays(ground.lastBarredDay!, 1))
            expect(ground.lastBarredDay! > ground.event!).toBe(true)
            expect(ground.active).toBe(asOf <= ground.lastBarredDay!)
          }
        }
        for (const deadline of result.deadlines) expect(deadline.open).toBe(asOf <= deadline.due)
        if (result.flags.some((f) => f.id === 'deadline-open' || f.id === 'in-custody'))
          expect(result.urgency).toBe('critical')
        expect(result.documents.every((d) => typeof d === 'string')).toBe(true)
        expect(isCalendarDate(result.asOf)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('is deterministic and never mutates its input', () => {
    fc.assert(
      fc.property(factsArb, asOfArb, (facts, asOf) => {
        const before = structuredClone(facts)
        const first = assess(facts, { asOf })
        const second = assess(facts, { asOf })
        expect(second).toEqual(first)
        expect(facts).toEqual(before)
        // The result shares no mutable structure with the facts.
        expect(JSON.parse(JSON.stringify(first))).toEqual(first)
      }),
      { numRuns: 500 },
    )
  })

  it('does not depend on the order of the facts lists', () => {
    fc.assert(
      fc.property(factsArb, asOfArb, (facts, asOf) => {
        const reversed: Facts = {
          ...facts,
          departures: sameDayFree(facts.departures) ? [...facts.departures].reverse() : facts.departures,
          landingRefusals: [...facts.landingRefusals].reverse(),
          convictions: [...facts.convictions].reverse(),
          children: [...facts.children].reverse(),
        }
        expect(assess(reversed, { asOf })).toEqual(assess(facts, { asOf }))
      }),
      { numRuns: 500 },
    )
  })

  describe('does not depend on the process time zone', () => {
    const original = process.env.TZ
    afterAll(() => {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    })

    it('gives the same results under UTC, UTC+14 and UTC-8/-7', () => {
      const inputs = [
        ...cases.map((c) => ({ facts: c.facts as Facts, asOf: c.asOf })),
        ...fc.sample(fc.record({ facts: factsArb, asOf: asOfArb }), { numRuns: 300, seed: 20261122 }),
      ]
      const results: Record<string, unknown[]> = {}
      const offsets: Record<string, number> = {}
      for (const zone of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = zone
        // Proves the switch took effect: the local offset differs per zone.
        offsets[zone] = new Date(Date.UTC(2025, 0, 1, 12)).getTimezoneOffset()
        results[zone] = inputs.map(({ facts, asOf }) => assess(facts, { asOf }))
      }
      expect(offsets).toEqual({ UTC: 0, 'Pacific/Kiritimati': -840, 'America/Los_Angeles': 480 })
      expect(results['Pacific/Kiritimati']).toEqual(results.UTC)
      expect(results['America/Los_Angeles']).toEqual(results.UTC)
    })
  })
})

/** Two departures on one day are told apart by list order (a stable, documented tie-break), so skip those here. */
function sameDayFree(departures: readonly Facts['departures'][number][]): boolean {
  return new Set(departures.map((d) => d.date)).size === departures.length
}
