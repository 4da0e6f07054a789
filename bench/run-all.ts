/**
 * Every benchmark, one after the other, then one report: npm run bench [-- --only a,b] [--rebuild|--no-build]
 * (--only writes bench/out/partial-report.md instead, so a partial run never replaces the report).
 * Builds the app once into its own folder (BENCH_DIST_DIR, default .next-bench) when that build is
 * missing or older than the sources, runs each bench/<name>.bench.ts against it (each writes
 * bench/out/<name>.json), starts a throwaway PostgreSQL for the benchmarks that need one, and
 * writes docs/benchmarks/latest.md with every figure, its target, pass/fail and the machine.
 * Exit code 1 when a target is missed or a benchmark fails. Noisy while others build: run it on
 * a quiet machine.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { figuresOf, verdict } from './lib/figures'
import { renderReport, type BenchRun } from './lib/report'

const ROOT = path.resolve(import.meta.dirname, '..')
const DIST = process.env.BENCH_DIST_DIR || '.next-bench'
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
})

type Bench = { name: string; args?: string[]; needsBuild: boolean; needsPostgres?: boolean }
const BENCHES: Bench[] = [
  { name: 'assess', needsBuild: false },
  { name: 'page-weight', needsBuild: true },
  { name: 'lighthouse', needsBuild: true },
  { name: 'booking', needsBuild: true },
  { name: 'case-list', needsBuild: false, needsPostgres: true },
]
const only = values.only?.split(',').map((s) => s.trim())
const selected = BENCHES.filter((b) => !only || only.includes(b.name))

/** The newest modification time among the files a build is made from. */
function newestSource(): number {
  let newest = 0
  const walk = (p: string) => {
    if (!existsSync(p)) return
    const st = statSync(p)
    if (st.isDirectory()) for (const entry of readdirSync(p)) walk(path.join(p, entry))
    else newest = Math.max(newest, st.mtimeMs)
  }
  for (const p of [
    'app',
    'components',
    'lib',
    'messages',
    'generated',
    'proxy.ts',
    'instrumentation.ts',
    'next.config.mjs',
    'postcss.config.mjs',
    'package-lock.json',
  ]) {
    walk(path.join(ROOT, p))
  }
  return newest
}

function buildIfNeeded(): string {
  const buildId = path.join(ROOT, DIST, 'BUILD_ID')
  if (values['no-build']) {
    if (!existsSync(buildId)) throw new Error(`--no-build: there is no build in ${DIST}`)
    return `${DIST}, used as it was (--no-build)`
  }
  if (!values.rebuild && existsSync(buildId) && statSync(buildId).mtimeMs > newestSource()) return `${DIST}, up to date`
  console.log(`\n=== next build into ${DIST} ===`)
  // next build adds its dist folder to tsconfig.json's include; the project's file stays as committed.
  const tsconfig = readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8')
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1' },
    })
  } finally {
    writeFileSync(path.join(ROOT, 'tsconfig.json'), tsconfig)
  }
  return `${DIST}, built for this run`
}

/** A throwaway server from scripts/pg-test-server.sh on its own port; returns its URL and folder. */
function startPostgres(): { url: string; dir: string } {
  const out = execFileSync('bash', [path.join(ROOT, 'scripts/pg-test-server.sh'), 'start'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PG_TEST_PORT: process.env.BENCH_PG_PORT ?? '55439' },
  })
  const read = (name: string) => new RegExp(`^export ${name}=(.*)$`, 'm').exec(out)?.[1] ?? ''
  return { url: read('TEST_POSTGRES_URL'), dir: read('PG_TEST_DIR') }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '/').trim().slice(-300)

function runBench(bench: Bench, env: NodeJS.ProcessEnv): BenchRun {
  const file = `bench/${bench.name}.bench.ts`
  const command = `npx tsx ${file}${bench.args ? ` ${bench.args.join(' ')}` : ''}`
  if (!existsSync(path.join(ROOT, file))) {
    return { name: bench.name, command, seconds: 0, status: 'skipped', note: `${file} does not exist yet`, figures: [] }
  }
  const out = path.join(ROOT, 'bench/out', `${bench.name}.json`)
  // A figure from an earlier run must never pass for this one.
  rmSync(out, { force: true })
  console.log(`\n=== ${command} ===`)
  const started = performance.now()
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), file, ...(bench.args ?? [])],
    {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
    },
  )
  process.stderr.write(result.stderr ?? '')
  const seconds = (performance.now() - started) / 1000
  if (!existsSync(out)) {
    return {
      name: bench.name,
      command,
      seconds,
      status: 'failed',
      note: `no ${path.relative(ROOT, out)} (exit ${result.status}): ${oneLine(result.stderr ?? '')}`,
      figures: [],
    }
  }
  const figures = figuresOf(bench.name, JSON.parse(readFileSync(out, 'utf8')))
  // A bench that wrote figures but exited non-zero for another reason than a missed target failed.
  const missed = figures.some((f) => verdict(f) === 'FAIL')
  const failed = result.status !== 0 && !missed
  return {
    name: bench.name,
    command,
    seconds,
    status: failed ? 'failed' : 'ran',
    note: failed ? `exit ${result.status}: ${oneLine(result.stderr ?? '')}` : undefined,
    figures,
  }
}

const started = new Date()
const loadAtStart = os.loadavg()
const build = selected.some((b) => b.needsBuild) ? buildIfNeeded() : 'none needed'
mkdirSync(path.join(ROOT, 'bench/out'), { recursive: true })
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1' }
let postgres: { url: string; dir: string } | undefined
const runs: BenchRun[] = []
try {
  for (const bench of selected) {
    if (bench.needsPostgres && existsSync(path.join(ROOT, `bench/${bench.name}.bench.ts`)) && !postgres) {
      postgres = startPostgres()
      env.TEST_POSTGRES_URL = postgres.url
    }
    runs.push(runBench(bench, env))
  }
} finally {
  if (postgres)
    execFileSync('bash', [path.join(ROOT, 'scripts/pg-test-server.sh'), 'stop', postgres.dir], { cwd: ROOT })
}

const report = renderReport({ root: ROOT, started, loadAtStart, build, runs })
// A partial run (--only) never replaces the full report.
const reportFile = only ? 'bench/out/partial-report.md' : 'docs/benchmarks/latest.md'
mkdirSync(path.dirname(path.join(ROOT, reportFile)), { recursive: true })
writeFileSync(path.join(ROOT, reportFile), report)
const failing = runs.flatMap((r) => r.figures).filter((f) => verdict(f) === 'FAIL')
const missed = failing.filter((f) => f.op !== undefined)
console.log(
  `\nWrote ${reportFile}: ${missed.length} target(s) missed, ${runs.filter((r) => r.status === 'failed').length} benchmark(s) failed.`,
)
for (const f of missed) console.log(`  missed: ${f.bench} ${f.name} = ${f.value} (target ${f.op} ${f.target})`)
// A benchmark's own FAIL (e.g. booking rows that do not match the 201s) fails the run too.
process.exitCode = failing.length || runs.some((r) => r.status === 'failed') ? 1 : 0
