import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import cases from '../../tests/fixtures/cases.json'
import { FACTS_ERROR_KEYS } from './error-keys'
import { FactsSchema } from './facts-schema'
import { abroad, conviction, deportation, married } from './test-facts'
import { factsArb } from './test-arbitraries'

/** Parse and return [path, message] pairs, the shape the app shows to staff. */
function issuesOf(input: unknown): Array<[string, string]> {
  const result = FactsSchema.safeParse(input)
  if (result.success) return []
  return result.error.issues.map((issue) => [issue.path.join('.'), issue.message])
}

function withField(path: Array<string | number>, value: unknown): Record<string, unknown> {
  const facts = structuredClone(
    abroad({ departures: [deportation('2021-03-15')], convictions: [conviction()], spouse: married('japanese') }),
  ) as unknown as Record<string, unknown>
  let target: Record<string | number, unknown> = facts
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>
  const last = path[path.length - 1] as string | number
  if (value === undefined) delete target[last]
  else target[last] = value
  return facts
}

describe('FactsSchema', () => {
  it('accepts every acceptance case and keeps it unchanged', () => {
    for (const { facts } of cases) expect(FactsSchema.parse(facts)).toEqual(facts)
  })

  it('accepts any facts the generator makes', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        expect(FactsSchema.safeParse(facts).success).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it.each([
    [['departures', 0, 'date'], '2025-02-30', 'departures.0.date', 'errors.invalidDate'],
    [['departures', 0, 'date'], '2023-02-29', 'departures.0.date', 'errors.invalidDate'],
    [['departures', 0, 'date'], '2025/01/01', 'departures.0.date', 'errors.invalidDate'],
    [['departures', 0, 'date'], '1899-12-31', 'departures.0.date', 'errors.dateOutOfRange'],
    [['departures', 0, 'date'], '3000-01-01', 'departures.0.date', 'errors.dateOutOfRange'],
    [['departures', 0, 'date'], 20250101, 'departures.0.date', 'errors.invalidType'],
    [['departures', 0, 'date'], undefined, 'departures.0.date', 'errors.required'],
    [['departures', 0, 'kind'], 'expulsion', 'departures.0.kind', 'errors.invalidOption'],
    [['departures', 0, 'kind'], undefined, 'departures.0.kind', 'errors.required'],
    [['departures', 0, 'reducedBanDecision'], 'yes', 'departures.0.reducedBanDecision', 'errors.invalidType'],
    [['convictions', 0, 'termMonths'], -1, 'convictions.0.termMonths', 'errors.negativeNumber'],
    [['convictions', 0, 'termMonths'], Number.POSITIVE_INFINITY, 'convictions.0.termMonths', 'errors.notFinite'],
    [['convictions', 0, 'termMonths'], Number.NaN, 'convictions.0.termMonths', 'errors.notFinite'],
    [['convictions', 0, 'termMonths'], '12', 'convictions.0.termMonths', 'errors.invalidType'],
    [['convictions', 0, 'finalOn'], '2024-02-30', 'convictions.0.finalOn', 'errors.invalidDate'],
    [['yearsInJapan'], -0.5, 'yearsInJapan', 'errors.negativeNumber'],
    [['spouse', 'marriedOn'], '2023-02-29', 'spouse.marriedOn', 'errors.invalidDate'],
    [['spouse', 'status'], 'citizen', 'spouse.status', 'errors.invalidOption'],
    [['version'], 2, 'version', 'errors.unsupportedVersion'],
    [['version'], '1', 'version', 'errors.unsupportedVersion'],
    [['version'], undefined, 'version', 'errors.required'],
    [['location'], 'japan', 'location', 'errors.invalidOption'],
    [['departures'], {}, 'departures', 'errors.invalidType'],
    [['spouse'], 'married', 'spouse', 'errors.invalidType'],
    [['proceedings'], undefined, 'proceedings', 'errors.required'],
    [['extra'], true, '', 'errors.unknownField'],
    [['spouse', 'age'], 30, 'spouse', 'errors.unknownField'],
  ])('rejects %j = %j at %s with %s', (path, value, at, key) => {
    expect(issuesOf(withField(path, value))).toEqual([[at, key]])
  })

  it('reports several problems at once, each at its own path', () => {
    const facts = withField(['departures', 0, 'date'], '2025-02-30')
    ;(facts.convictions as Array<Record<string, unknown>>)[0]!.offence = 'piracy'
    expect(issuesOf(facts)).toEqual([
      ['departures.0.date', 'errors.invalidDate'],
      ['convictions.0.offence', 'errors.invalidOption'],
    ])
  })

  it('rejects a non-object and uses only message keys the messages define', () => {
    expect(issuesOf(null)).toEqual([['', 'errors.invalidType']])
    expect(issuesOf(undefined)).toEqual([['', 'errors.required']])
    const messages = FactsSchema.safeParse({
      version: 3,
      location: 1,
      departures: [{}],
      spouse: { x: 1 },
    }).error!.issues.map((issue) => issue.message)
    for (const message of messages) expect(FACTS_ERROR_KEYS).toContain(message)
  })
})
