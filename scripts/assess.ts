/**
 * Prints the assessment for a facts file, for staff and for tests:
 *   npm run assess -- FACTS.json --as-of YYYY-MM-DD
 *   npm run assess -- FACTS.json --as-of today     (today in Asia/Tokyo)
 * Exit 0 with the result JSON on stdout; exit 2 with a message on stderr for a
 * missing or bad argument, an unreadable file, or facts that fail FactsSchema.
 * --as-of is required: a silent default would make two runs disagree.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { assess, FactsSchema, isCalendarDate } from '../lib/rules/index'

const USAGE = 'usage: npm run assess -- FACTS.json --as-of YYYY-MM-DD|today'

function fail(message: string): never {
  process.stderr.write(`assess: ${message}\n${USAGE}\n`)
  process.exit(2)
}

/** The calendar day in Asia/Tokyo, from Intl: the machine's own zone must not matter. */
function todayInTokyo(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date())
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** English text for an error key, so staff at a terminal read words, not only keys. */
function describeKey(key: string): string {
  try {
    const messages = JSON.parse(readFileSync(new URL('../messages/en.json', import.meta.url), 'utf8'))
    const text = messages.Rules?.errors?.[key.replace(/^errors\./, '')]
    return typeof text === 'string' ? ` (${text})` : ''
  } catch {
    return ''
  }
}

function parseCommandLine(): { file: string; asOf: string } {
  let parsed
  try {
    parsed = parseArgs({ options: { 'as-of': { type: 'string' } }, allowPositionals: true, strict: true })
  } catch (error) {
    fail((error as Error).message)
  }
  const [file, ...extra] = parsed.positionals
  if (file === undefined) fail('missing the facts file')
  if (extra.length > 0) fail(`unexpected arguments: ${extra.join(' ')}`)
  const given = parsed.values['as-of']
  if (given === undefined) fail('missing --as-of')
  const asOf = given === 'today' ? todayInTokyo() : given
  if (!isCalendarDate(asOf)) fail(`--as-of must be a real date YYYY-MM-DD or "today", got "${given}"`)
  return { file, asOf }
}

function main(): void {
  const { file, asOf } = parseCommandLine()
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`)
  }
  let input: unknown
  try {
    input = JSON.parse(text)
  } catch (error) {
    fail(`${file} is not valid JSON: ${(error as Error).message}`)
  }
  const facts = FactsSchema.safeParse(input)
  if (!facts.success) {
    const lines = facts.error.issues.map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : '(root)'
      const keys = 'keys' in issue && Array.isArray(issue.keys) ? ` [${issue.keys.join(', ')}]` : ''
      return `  ${path}: ${issue.message}${keys}${describeKey(issue.message)}`
    })
    fail(`invalid facts in ${file}:\n${lines.join('\n')}`)
  }
  process.stdout.write(`${JSON.stringify(assess(facts.data, { asOf }), null, 2)}\n`)
}

main()
