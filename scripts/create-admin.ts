/**
 * Creates an administrator (the first one, or another):
 *   npm run staff:create-admin -- --email you@example.jp --name "Your Name"
 * The password is asked for on the terminal (not echoed), or read from STAFF_PASSWORD when there is
 * no terminal (scripts, tests). The administrator sets up two-factor sign-in at the first sign-in.
 * Exit 2 for bad input or an email that already has an account.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createInterface } from 'node:readline'
import { createStaffAccount, NewStaffSchema } from '@/lib/auth/staff-accounts-core'
import { createDb } from '@/lib/db'

function fail(message: string): never {
  process.stderr.write(`create-admin: ${message}\nusage: npm run staff:create-admin -- --email EMAIL --name NAME [--role admin|staff]\n`)
  process.exit(2)
}

async function askPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) fail('no terminal to ask the password on: set STAFF_PASSWORD')
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true })
  // Print the prompt, then swallow the echo of what is typed.
  const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput
  process.stdout.write(prompt)
  ;(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {}
  const answer = await new Promise<string>((resolve) => rl.question('', resolve))
  ;(rl as unknown as { _writeToOutput: typeof write })._writeToOutput = write
  rl.close()
  process.stdout.write('\n')
  return answer
}

const { values } = (() => {
  try {
    return parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'admin' } } })
  } catch (error) {
    fail((error as Error).message)
  }
})()

let password = process.env.STAFF_PASSWORD
if (!password) {
  password = await askPassword('Password (12 characters or more): ')
  if ((await askPassword('Password again: ')) !== password) fail('the two passwords differ')
}
const parsed = NewStaffSchema.safeParse({ email: values.email ?? '', name: values.name ?? '', role: values.role, password })
if (!parsed.success) {
  // Schema messages are message keys; say them in English here.
  const en = JSON.parse(readFileSync(new URL('../messages/en.json', import.meta.url), 'utf8'))
  const words = (key: string) => key.split('.').reduce((node, part) => node?.[part], en) ?? key
  fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${words(i.message)}`).join('; '))
}

const db = createDb()
const result = await createStaffAccount(db, parsed.data)
await db.$disconnect()
if (result === 'email-taken') fail(`an account with ${parsed.data.email} already exists`)
console.log(`Created ${parsed.data.role} ${parsed.data.email}. Sign in at /ja/staff/login (or /en/staff/login).`)
