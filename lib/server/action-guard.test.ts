import { describe, expect, it } from 'vitest'
import { isMalformedActionPayload } from './action-guard'

describe('the server-action envelope check', () => {
  it.each([
    ['[{"email":"a@b.jp","password":"x"}]', false],
    ['[{"note":"$$ costs","value":"$undefined","n":"$NaN","d":"$D2026-12-01T00:00:00.000Z"}]', false],
    ['[]', false],
    ['{"email":"a"}', true],
    ['"string"', true],
    ['{not json', true],
    ['[{"":["$"]}]', true],
    ['["$1"]', true],
    ['[{"a":{"b":"$@0"}}]', true],
    ['[{"a":"$Q1"}]', true],
  ])('%s → malformed: %s', (body, malformed) => {
    expect(isMalformedActionPayload(body)).toBe(malformed)
  })
})
