import { describe, expect, it } from 'vitest'
import cases from '../../tests/fixtures/cases.json'
import { assess } from './assess'
import { FactsSchema } from './facts-schema'
import { AssessmentSchema } from './result-schema'

/** The acceptance cases of shared/domain/cases.json (copied to tests/fixtures). Every `expect` key is checked. */
interface Expectation {
  grounds?: Array<Record<string, unknown> & { id: string }>
  recommendedPath?: string | null
  pathsInclude?: string[]
  pathsExclude?: string[]
  flagsInclude?: string[]
  factorsPositiveInclude?: string[]
  factorsNegativeInclude?: string[]
  deadlines?: Array<Record<string, unknown> & { id: string }>
  urgency?: string
}

const KNOWN_KEYS = new Set([
  'grounds',
  'recommendedPath',
  'pathsInclude',
  'pathsExclude',
  'flagsInclude',
  'factorsPositiveInclude',
  'factorsNegativeInclude',
  'deadlines',
  'urgency',
])

describe.each(cases)('$name', ({ facts, asOf, expect: expected }) => {
  const result = assess(FactsSchema.parse(facts), { asOf })
  const want = expected as Expectation

  it('uses only expectation keys this test knows how to check', () => {
    expect(Object.keys(want).filter((key) => !KNOWN_KEYS.has(key))).toEqual([])
  })

  it('produces a result the result schema accepts', () => {
    expect(AssessmentSchema.parse(result)).toEqual(result)
    expect(result.asOf).toBe(asOf)
  })

  it('meets every expectation', () => {
    if (want.grounds !== undefined) {
      expect(result.grounds.map((g) => g.id)).toEqual(want.grounds.map((g) => g.id))
      for (const ground of want.grounds) expect(result.grounds.find((g) => g.id === ground.id)).toMatchObject(ground)
    }
    if (want.deadlines !== undefined) {
      expect(result.deadlines.map((d) => d.id)).toEqual(want.deadlines.map((d) => d.id))
      for (const deadline of want.deadlines)
        expect(result.deadlines.find((d) => d.id === deadline.id)).toMatchObject(deadline)
    }
    if ('recommendedPath' in want) expect(result.recommendedPath).toBe(want.recommendedPath)
    expect(result.recommendedPath).toBe(result.paths[0] ?? null)
    for (const path of want.pathsInclude ?? []) expect(result.paths).toContain(path)
    for (const path of want.pathsExclude ?? []) expect(result.paths).not.toContain(path)
    for (const flag of want.flagsInclude ?? []) expect(result.flags.map((f) => f.id)).toContain(flag)
    for (const factor of want.factorsPositiveInclude ?? []) expect(result.factors.positive).toContain(factor)
    for (const factor of want.factorsNegativeInclude ?? []) expect(result.factors.negative).toContain(factor)
    if (want.urgency !== undefined) expect(result.urgency).toBe(want.urgency)
  })
})
