import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { INTAKE_ERROR_KEYS } from './error-keys'
import { looseKit } from './fields'
import { INTAKE_NOTE_IDS } from './notes'
import { sectionShapes } from './schemas'
import { SECTION_IDS } from './sections'

type Tree = { [key: string]: string | Tree }
const dir = path.resolve(import.meta.dirname, '../../messages')
const load = (locale: string) => (JSON.parse(readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as { Intake: Tree }).Intake

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

function icuArguments(message: string): string {
  const names = new Set<string>()
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue
      if ('value' in el && typeof el.value === 'string') names.add(el.value)
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value)
    }
  }
  walk(parse(message))
  return [...names].sort().join()
}

interface Def {
  type: string
  innerType?: z.ZodType
  element?: z.ZodType
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def
function unwrap(schema: z.ZodType): z.ZodType {
  const def = defOf(schema)
  if (def.type === 'optional' || def.type === 'nullable') return unwrap(def.innerType!)
  if (def.type === 'array') return unwrap(def.element!)
  return schema
}

/** Every message key a question needs: label, and a label per option (booleans: true/false). */
function requiredKeys(prefix: string, shape: Record<string, z.ZodType>): string[] {
  const keys: string[] = []
  for (const [field, schema] of Object.entries(shape)) {
    const inner = unwrap(schema)
    const def = defOf(inner)
    keys.push(`${prefix}.${field}.label`)
    if (def.type === 'enum') for (const option of (inner as z.ZodEnum).options) keys.push(`${prefix}.${field}.options.${String(option)}`)
    if (def.type === 'boolean') keys.push(`${prefix}.${field}.options.true`, `${prefix}.${field}.options.false`)
    if (def.type === 'object') {
      keys.push(`${prefix}.${field}.itemTitle`)
      keys.push(...requiredKeys(`${prefix}.${field}.fields`, (inner as z.ZodObject).shape))
    }
  }
  return keys
}

describe('intake messages', () => {
  const ja = flatten(load('ja'))
  const en = flatten(load('en'))

  it('has the same keys and ICU arguments in both languages, all parseable', () => {
    expect([...ja.keys()].filter((k) => !en.has(k))).toEqual([])
    expect([...en.keys()].filter((k) => !ja.has(k))).toEqual([])
    expect([...ja.keys()].filter((k) => icuArguments(ja.get(k)!) !== icuArguments(en.get(k)!))).toEqual([])
  })

  it('labels every section, question and option the schemas use', () => {
    const shapes = sectionShapes(looseKit())
    const needed = SECTION_IDS.flatMap((id) => [
      `sections.${id}.title`,
      `sections.${id}.intro`,
      ...requiredKeys(`questions.${id}`, shapes[id].shape as Record<string, z.ZodType>),
    ])
    expect(needed.length).toBeGreaterThan(150)
    expect(needed.filter((k) => !ja.has(k) || !en.has(k))).toEqual([])
  })

  it('has every error key and staff note', () => {
    const missing = [...INTAKE_ERROR_KEYS.map((k) => k.replace(/^Intake\./, '')), ...INTAKE_NOTE_IDS.map((id) => `notes.${id}`)]
    expect(missing.filter((k) => !ja.has(k) || !en.has(k))).toEqual([])
  })

  it('writes long Japanese sentences in the polite style', () => {
    expect([...ja].filter(([, v]) => v.length > 40 && /(だ|である)。/.test(v)).map(([k]) => k)).toEqual([])
  })
})
