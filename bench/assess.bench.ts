/**
 * Throughput of assess() on one core: npx tsx bench/assess.bench.ts [--seconds N]
 * 10,000 valid, varied fact sets from a seeded generator (the property tests'
 * arbitrary), assessed in a loop for a few seconds. Prints assessments/second
 * and peak memory, and writes bench/out/assess.json. Target: >= 20,000/s.
 */
import fc from 'fast-check'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { parseArgs } from 'node:util'
import { assess, FactsSchema, RULES_VERSION } from '../lib/rules/index'
import { factsArb } from '../lib/rules/test-arbitraries'

const SEED = 20261122
const FACT_SETS = 10_000
const TARGET_PER_SECOND = 20_000
const AS_OF = ['2025-07-01', '2024-02-29', '2026-03-16', '2030-12-31']

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' } } })
const seconds = Number(values.seconds)

const facts = fc.sample(factsArb, { seed: SEED, numRuns: FACT_SETS })
// Every generated set must be what the app would pass in: parsed facts.
for (const item of facts) FactsSchema.parse(item)

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
let peakHeap = process.memoryUsage().heapUsed
let checksum = 0

// Warm-up so the JIT has compiled the hot paths before timing.
for (let i = 0; i < FACT_SETS; i++) checksum += assess(facts[i]!, { asOf: AS_OF[i % AS_OF.length]! }).paths.length

let count = 0
const start = performance.now()
const deadline = start + seconds * 1000
while (performance.now() < deadline) {
  for (let i = 0; i < FACT_SETS; i++) {
    checksum += assess(facts[i]!, { asOf: AS_OF[(i + count) % AS_OF.length]! }).paths.length
  }
  count += FACT_SETS
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
}
const elapsed = (performance.now() - start) / 1000

const figures = {
  rulesVersion: RULES_VERSION,
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  factSets: FACT_SETS,
  seed: SEED,
  assessments: count,
  seconds: Math.round(elapsed * 100) / 100,
  assessmentsPerSecond: Math.round(count / elapsed),
  microsecondsPerAssessment: Math.round((elapsed / count) * 1e6 * 100) / 100,
  peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
  peakHeapUsedMb: mb(peakHeap),
  targetPerSecond: TARGET_PER_SECOND,
  meetsTarget: count / elapsed >= TARGET_PER_SECOND,
  checksum,
}

console.log(`assessments/second: ${figures.assessmentsPerSecond}`)
console.log(`microseconds/assessment: ${figures.microsecondsPerAssessment}`)
console.log(`peak RSS (MB): ${figures.peakRssMb}`)
console.log(`peak heap used (MB): ${figures.peakHeapUsedMb}`)
console.log(`target ${TARGET_PER_SECOND}/s: ${figures.meetsTarget ? 'met' : 'NOT met'}`)

const out = new URL('./out/', import.meta.url)
mkdirSync(out, { recursive: true })
writeFileSync(new URL('assess.json', out), `${JSON.stringify(figures, null, 2)}\n`)
