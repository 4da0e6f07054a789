// Merges the app's own namespaces into messages/{ja,en}.json, leaving other namespaces
// (for example Rules, kept in scripts/rules-messages) as they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
for (const locale of ['ja', 'en']) {
  const target = path.join(root, 'messages', `${locale}.json`)
  const current = existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : {}
  const mine = JSON.parse(readFileSync(path.join(import.meta.dirname, `${locale}.json`), 'utf8'))
  writeFileSync(target, JSON.stringify({ ...current, ...mine }, null, 2) + '\n')
}
console.log('merged app messages')
