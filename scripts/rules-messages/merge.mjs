#!/usr/bin/env node
// Writes the "Rules" namespace of messages/{ja,en}.json from scripts/rules-messages/{ja,en}.json.
// Only `Rules` is touched: the rest of each file belongs to other parts of the app and may change
// while this runs, so each file is read right before it is written, never from a stale copy.
//   node scripts/rules-messages/merge.mjs          write
//   node scripts/rules-messages/merge.mjs --check  exit 1 if messages/*.json are out of date
import { readFile, writeFile } from 'node:fs/promises'

const here = new URL('./', import.meta.url)
const messagesDir = new URL('../../messages/', import.meta.url)
const check = process.argv.includes('--check')

async function readJson(url) {
  try {
    return JSON.parse(await readFile(url, 'utf8'))
  } catch (error) {
    if (error.code === 'ENOENT') return null
    throw error
  }
}

let stale = false
for (const locale of ['ja', 'en']) {
  const source = await readJson(new URL(`${locale}.json`, here))
  const target = new URL(`${locale}.json`, messagesDir)
  const data = (await readJson(target)) ?? {}
  if (JSON.stringify(data.Rules) === JSON.stringify(source)) continue
  if (check) {
    console.error(`messages/${locale}.json: Rules is out of date; run node scripts/rules-messages/merge.mjs`)
    stale = true
    continue
  }
  data.Rules = source
  await writeFile(target, `${JSON.stringify(data, null, 2)}\n`)
  console.log(`messages/${locale}.json: Rules updated`)
}
process.exit(stale ? 1 : 0)
