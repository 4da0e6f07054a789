import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ARTICLES, DEADLINE_ARTICLES, GROUND_ARTICLES, PATH_ARTICLES } from '../rules'
import { getStatute, listStatutes, STATUTE_IDS } from './index'
import { VERBATIM_JA } from './verbatim-ja'

const SEED = new URL('../../../shared/seeds/003_d4de32051d91e8fc.txt', import.meta.url)

describe('statutes', () => {
  it('has an entry for every article any result can cite', () => {
    const cited = new Set<string>([
      ...ARTICLES,
      ...Object.values(GROUND_ARTICLES),
      ...Object.values(DEADLINE_ARTICLES),
      ...Object.values(PATH_ARTICLES).filter((a): a is NonNullable<typeof a> => a !== null),
    ])
    for (const article of cited) expect(getStatute(article), article).toBeDefined()
    expect(new Set(STATUTE_IDS)).toEqual(new Set(ARTICLES))
  })

  it('returns undefined for an unknown article', () => {
    expect(getStatute('99')).toBeUndefined()
  })

  it.each(listStatutes().map((entry) => [entry.id, entry] as const))(
    '%s is complete and honestly labelled',
    (id, entry) => {
      expect(entry.article).toBe(id)
      expect(entry.heading.ja).toMatch(/^第/)
      expect(entry.heading.en).toMatch(/^Article /)
      expect(entry.ja.text).toMatch(/\S/)
      expect(entry.en.text).toMatch(/\S/)
      expect(entry.ja.source).toMatch(/\S/)
      expect(entry.ja.note).toMatch(/\S/)
      expect(entry.en.note).toMatch(/\S/)
      expect(entry.ja.versionDate).toMatch(/^(before )?\d{4}-\d{2}-\d{2}$/)
      expect(entry.en.versionDate).toBe(entry.ja.versionDate)
      if (entry.ja.kind === 'verbatim') {
        // Verbatim text is the seed's pre-2023 text, English is a translation of that same text.
        expect(entry.ja.versionDate).toBe('before 2024-06-10')
        expect(entry.ja.note).toContain('2023年改正')
        expect(entry.en.kind).toBe('unofficial-translation')
      } else {
        expect(entry.ja.text.startsWith('【要約】')).toBe(true)
        expect(entry.en.text.startsWith('[Summary]')).toBe(true)
        expect(entry.en.kind).toBe('summary')
      }
    },
  )

  it('only Arts. 5, 7-2, 11 and 12 (the seed) are verbatim', () => {
    const verbatim = listStatutes()
      .filter((e) => e.ja.kind === 'verbatim')
      .map((e) => e.id)
    expect(verbatim.sort()).toEqual(
      [
        '11(1)',
        '12',
        '5(1)(iv)',
        '5(1)(ix)',
        '5(1)(ix-2)',
        '5(1)(v)',
        '5(1)(vii)',
        '5(1)(vii-2)',
        '5(1)(x)',
        '7-2',
      ].sort(),
    )
  })

  it.runIf(existsSync(SEED))('every verbatim text is word for word in the seed', () => {
    const seed = readFileSync(SEED, 'utf8')
      .split(/\r?\n/)
      .map((line) => line.replace(/\s+$/, ''))
      .join('\n')
    for (const [id, text] of Object.entries(VERBATIM_JA)) expect(seed.includes(text), id).toBe(true)
  })
})
