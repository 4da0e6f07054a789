import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  DEADLINE_IDS,
  DOCUMENT_IDS,
  FACTOR_IDS,
  FACTS_ERROR_KEYS,
  FEE_CASES,
  FEE_SERVICES,
  FLAG_IDS,
  GROUND_IDS,
  PATH_IDS,
  REFUND_POLICIES,
  REVIEW_NOTE_IDS,
  SEVERITIES,
  URGENCY_LEVELS,
} from '@/lib/rules'

type Tree = { [key: string]: string | Tree }
/** The Rules namespace: every label and explanation of an id the assessment returns. */
const load = (locale: string) =>
  (JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Tree).Rules as Tree
const ja = load('ja')
const en = load('en')

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

/** ICU argument names ({date}, {count, plural, ...}): both languages must use the same ones. */
function icuArguments(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1]!).sort()
}

function balanced(message: string): boolean {
  let depth = 0
  for (const char of message) {
    depth += char === '{' ? 1 : char === '}' ? -1 : 0
    if (depth < 0) return false
  }
  return depth === 0
}

const flatJa = flatten(ja)
const flatEn = flatten(en)

describe('Rules messages', () => {
  it('ja and en have identical key sets', () => {
    expect([...flatJa.keys()].sort()).toEqual([...flatEn.keys()].sort())
  })

  it.each([
    ['grounds', GROUND_IDS],
    ['paths', PATH_IDS],
    ['flags', FLAG_IDS],
    ['factors', FACTOR_IDS],
    ['deadlines', DEADLINE_IDS],
    ['documents', DOCUMENT_IDS],
    ['reviewNotes', REVIEW_NOTE_IDS],
  ] as const)('every id in %s has a label and an explanation in both languages, and nothing else', (group, ids) => {
    for (const [name, flat] of [
      ['ja', flatJa],
      ['en', flatEn],
    ] as const) {
      for (const id of ids) {
        expect(flat.get(`${group}.${id}.label`), `${name} ${group}.${id}.label`).toMatch(/\S/)
        expect(flat.get(`${group}.${id}.explanation`), `${name} ${group}.${id}.explanation`).toMatch(/\S/)
      }
      const extra = [...flat.keys()].filter((key) => key.startsWith(`${group}.`)).map((key) => key.split('.')[1])
      expect(new Set(extra)).toEqual(new Set(ids))
    }
  })

  it.each([
    ['urgency', URGENCY_LEVELS],
    ['severity', SEVERITIES],
    ['fee.services', FEE_SERVICES],
    ['fee.cases', FEE_CASES],
    ['fee.refundPolicies', REFUND_POLICIES],
    ['errors', FACTS_ERROR_KEYS.map((key) => key.replace(/^errors\./, ''))],
    ['statuteKinds', ['verbatim', 'summary', 'unofficial-translation']],
  ] as const)('every %s value has a string in both languages', (group, ids) => {
    for (const flat of [flatJa, flatEn]) for (const id of ids) expect(flat.get(`${group}.${id}`)).toMatch(/\S/)
  })

  it('uses the same ICU arguments in both languages, with balanced braces', () => {
    for (const [key, jaMessage] of flatJa) {
      const enMessage = flatEn.get(key)!
      expect(balanced(jaMessage), key).toBe(true)
      expect(balanced(enMessage), key).toBe(true)
      expect(icuArguments(jaMessage), key).toEqual(icuArguments(enMessage))
    }
  })

  it('has no ASCII apostrophes, which ICU treats as quoting', () => {
    for (const [key, message] of flatEn) expect(message.includes("'"), key).toBe(false)
  })

  it('Japanese is written in です・ます and uses the statute terms', () => {
    const text = [...flatJa.values()].join('\n')
    for (const term of [
      '在留特別許可',
      '上陸特別許可',
      '出国命令',
      '上陸拒否事由',
      '退去強制',
      '収容',
      '仮放免',
      '監理措置',
      '口頭審理',
      '異議の申出',
      '在留資格認定証明書',
      '拘禁刑',
    ]) {
      expect(text).toContain(term)
    }
    for (const [key, message] of flatJa) {
      if (key.endsWith('.explanation')) expect(message, key).toMatch(/(です|ます|ません|ください)(（[^）]*）)?。$/)
    }
  })
})
