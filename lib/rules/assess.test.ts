import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import cases from '../../tests/fixtures/cases.json'
import { assess } from './assess'
import { addDays, isCalendarDate } from './calendar-date'
import type { Facts } from './facts-schema'
import { FLAG_SEVERITY } from './ids'
import * as api from './index'
import { AssessmentSchema } from './result-schema'
import { dateArb, factsArb, factsWithSameDayDeparturesArb } from './test-arbitraries'
import { abroad, conviction, departureOrder, deportation, inJapan, undatedItem9Dash2Conviction } from './test-facts'

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
        'isUndatedGround',
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
          } else if (ground.event === null) {
            // A time-limited ground whose day is unknown (item 9-2 without the date of finality): no dates, possibly running.
            expect([ground.id, ground.lastBarredDay, ground.firstEligibleDay, ground.active]).toEqual([
              'conviction-final-after-departure-5y',
              null,
              null,
              true,
            ])
            expect(result.reviewNotes).toContain('incomplete-conviction')
            expect(result.paths).not.toContain('standard-coe')
            expect(result.paths).not.toContain('wait-for-ban-expiry')
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

  it('does not depend on the order of the facts lists, same-day departures included', () => {
    // Half the runs give departures that share days (exact duplicates, two kinds on one day).
    const reorderedArb = fc.oneof(factsArb, factsWithSameDayDeparturesArb).chain((facts) =>
      fc
        .shuffledSubarray(facts.departures, {
          minLength: facts.departures.length,
          maxLength: facts.departures.length,
        })
        .map((departures) => [facts, departures] as const),
    )
    fc.assert(
      fc.property(reorderedArb, asOfArb, ([facts, departures], asOf) => {
        const expected = assess(facts, { asOf })
        const reordered: Facts = {
          ...facts,
          departures,
          landingRefusals: [...facts.landingRefusals].reverse(),
          convictions: [...facts.convictions].reverse(),
          children: [...facts.children].reverse(),
        }
        expect(assess(reordered, { asOf })).toEqual(expected)
        expect(assess({ ...facts, departures: [...facts.departures].reverse() }, { asOf })).toEqual(expected)
      }),
      { numRuns: 1000 },
    )
  })

  it('raises same-day-departures exactly when two departures share a day', () => {
    fc.assert(
      fc.property(fc.oneof(factsArb, factsWithSameDayDeparturesArb), asOfArb, (facts, asOf) => {
        const days = facts.departures.map((d) => d.date)
        expect(assess(facts, { asOf }).reviewNotes.includes('same-day-departures')).toBe(
          new Set(days).size < days.length,
        )
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

/** The reproductions of the rules review (B1-B3), as whole assessments. */
describe('reviewed cases', () => {
  const pick = (facts: Facts, asOf: string) => {
    const r = assess(facts, { asOf })
    return { grounds: r.grounds, paths: r.paths, reviewNotes: r.reviewNotes, urgency: r.urgency }
  }

  it('B1: a Japanese life sentence recorded as penalty "other" closes the departure order', () => {
    const result = assess(
      inJapan({ goal: 'leave', convictions: [conviction({ penalty: 'other', life: true, termMonths: null })] }),
      { asOf: '2025-07-01' },
    )
    expect(result.paths).toEqual(['special-permission-to-stay'])
    expect(result.recommendedPath).toBe('special-permission-to-stay')
    expect(result.flags.map((f) => f.id)).toContain('serious-sentence-proviso')
  })

  it('B2: item 9-2 with the date of finality unknown is the ground, undated, and no route assumes it is over', () => {
    const facts = abroad({
      convictions: [undatedItem9Dash2Conviction()],
    })
    const result = assess(facts, { asOf: '2025-07-01' })
    expect(result.grounds).toEqual([
      {
        id: 'conviction-final-after-departure-5y',
        article: '5(1)(ix-2)',
        permanent: false,
        event: null,
        lastBarredDay: null,
        firstEligibleDay: null,
        active: true,
        route52: true,
      },
    ])
    expect(result.paths).toEqual([])
    expect(result.recommendedPath).toBeNull()
    expect(result.reviewNotes).toEqual(['incomplete-conviction'])
    expect(result.flags.map((f) => f.id)).not.toContain('low-possibility')
  })

  it('B3: a deportation and a departure order on one day give the same result in either order', () => {
    const departures = [deportation('2024-08-20'), departureOrder('2024-08-20')]
    const listed = pick(abroad({ departures }), '2025-09-01')
    expect(pick(abroad({ departures: [...departures].reverse() }), '2025-09-01')).toEqual(listed)
    expect(listed.grounds.map((g) => [g.id, g.lastBarredDay, g.active])).toEqual([
      ['deportation-first-5y', '2029-08-20', true],
    ])
    expect(listed.paths).toEqual(['wait-for-ban-expiry'])
    expect(listed.reviewNotes).toEqual(['same-day-departures'])
  })

  it('B3: the same deportation typed twice is one deportation, with a note to check the history', () => {
    const twice = pick(abroad({ departures: [deportation('2021-03-15'), deportation('2021-03-15')] }), '2025-07-01')
    const once = pick(abroad({ departures: [deportation('2021-03-15')] }), '2025-07-01')
    expect(twice.grounds).toEqual(once.grounds)
    expect(twice.grounds.map((g) => [g.id, g.lastBarredDay])).toEqual([['deportation-first-5y', '2026-03-15']])
    expect(twice.reviewNotes).toEqual(['same-day-departures'])
    expect(once.reviewNotes).toEqual([])
  })
})
