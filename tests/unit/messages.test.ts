import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'

type Tree = { [key: string]: string | Tree }
const root = path.resolve(import.meta.dirname, '../..')
const load = (locale: string): Tree => JSON.parse(readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8'))

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

/** The ICU arguments a message uses, from a real ICU parse (nested plural/select branches included). */
function icuArguments(message: string): string[] {
  const names = new Set<string>()
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue
      if ('value' in el && typeof el.value === 'string') names.add(el.value)
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value)
      if (el.type === TYPE.tag) walk(el.children)
    }
  }
  walk(parse(message, { ignoreTag: false }))
  return [...names].sort()
}

describe('messages', () => {
  const ja = flatten(load('ja'))
  const en = flatten(load('en'))

  it('has the same keys in Japanese and English', () => {
    expect([...ja.keys()].filter((k) => !en.has(k))).toEqual([])
    expect([...en.keys()].filter((k) => !ja.has(k))).toEqual([])
  })

  it('uses the same ICU arguments in both languages', () => {
    const mismatches = [...ja.keys()]
      .filter((k) => en.has(k))
      .filter((k) => icuArguments(ja.get(k)!).join() !== icuArguments(en.get(k)!).join())
    expect(mismatches).toEqual([])
  })

  it('has no empty messages', () => {
    expect([...ja, ...en].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([])
  })

  it('writes Japanese in the polite style in long sentences', () => {
    // Plain-form endings in full sentences read as curt to clients; labels and headings are exempt.
    const curt = [...ja].filter(([, v]) => v.length > 40 && /(だ|である)。/.test(v)).map(([k]) => k)
    expect(curt).toEqual([])
  })

  it('finds ICU arguments', () => {
    expect(icuArguments('fee {fee} per {unit, select, h {hour} other {day}}')).toEqual(['fee', 'unit'])
  })
})
