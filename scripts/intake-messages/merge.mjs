// Merges the Intake namespace into messages/{ja,en}.json. Only data.Intake is replaced;
// every other namespace (app, Rules, ...) is kept as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
for (const locale of ['ja', 'en']) {
  const target = path.join(root, 'messages', `${locale}.json`)
  const data = existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : {}
  const mine = JSON.parse(readFileSync(path.join(import.meta.dirname, `${locale}.json`), 'utf8'))
  if (!mine.Intake || typeof mine.Intake !== 'object') throw new Error(`${locale}.json has no Intake namespace`)
  data.Intake = mine.Intake
  writeFileSync(target, JSON.stringify(data, null, 2) + '\n')
}
console.log('merged Intake messages')
