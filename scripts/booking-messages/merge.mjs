// Merges the Booking namespace (kept here) into messages/{ja,en}.json, leaving every other
// namespace as it is, so the booking work never overwrites another feature's messages.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
for (const locale of ['ja', 'en']) {
  const target = path.join(root, 'messages', `${locale}.json`)
  const current = existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : {}
  const mine = JSON.parse(readFileSync(path.join(import.meta.dirname, `${locale}.json`), 'utf8'))
  current.Booking = mine.Booking
  writeFileSync(target, JSON.stringify(current, null, 2) + '\n')
}
console.log('merged booking messages')
