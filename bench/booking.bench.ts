/**
 * Booking throughput against the production server: npx tsx bench/booking.bench.ts [--seconds 10] [--clients 20]
 * Expects a build in NEXT_DIST_DIR (or .next); builds nothing. Starts `next start` on a fresh migrated and
 * seeded SQLite file on a free port, runs N concurrent clients posting to /api/bookings over random open
 * slots (a 409 answer carries fresh slots, which the client then picks from), and prints requests and
 * bookings per second, p50/p99 latency, duplicates in the database and the server's peak memory
 * (VmHWM of the next-server process). Writes bench/out/booking.json.
 * Targets: 0 duplicates, p99 < 100 ms, peak server memory < 400 MB.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'

const ROOT = path.resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, clients: { type: 'string', default: '20' } },
})
const SECONDS = Number(values.seconds)
const CLIENTS = Number(values.clients)
const distDir = process.env.NEXT_DIST_DIR || '.next'
if (!existsSync(path.join(ROOT, distDir, 'BUILD_ID')))
  throw new Error(`No build in ${distDir}: run \`NEXT_DIST_DIR=${distDir} npx next build\` first.`)

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port
      srv.close(() => resolve(port))
    })
  })

const port = await freePort()
const dir = path.join(ROOT, `tmp/bench-booking-${port}`)
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
const dbFile = path.join(dir, 'bench.db')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: `file:${dbFile}`,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  NEXT_DIST_DIR: distDir,
}
delete env.SMTP_URL
execFileSync(process.execPath, [path.join(ROOT, 'scripts/setup.mjs')], { cwd: ROOT, env, stdio: 'ignore' })

const server = spawn(
  process.execPath,
  [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
  {
    cwd: ROOT,
    env,
    stdio: 'ignore',
  },
)
const base = `http://127.0.0.1:${port}`

/** The spawned process and all its descendants (next start may fork the actual server). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // gone meanwhile
    }
  }
  const out = [root]
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []))
  return out
}

function status(pid: number): { name: string; hwmKb: number; rssKb: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8')
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0)
    return { name: /^Name:\s+(.*)$/m.exec(text)?.[1] ?? '?', hwmKb: field('VmHWM'), rssKb: field('VmRSS') }
  } catch {
    return null
  }
}

/** The process that serves HTTP: the largest in the tree (next-server when next start forks). */
function serverProcess() {
  const procs = processTree(server.pid!)
    .map((pid) => ({ pid, ...status(pid)! }))
    .filter((p) => p.name !== '?')
  return procs.sort((a, b) => b.rssKb - a.rssKb)[0]!
}

async function waitReady() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('server did not start')
}

type Slots = { slots: { slots: { start: string }[] }[] }
const flat = (s: Slots) => s.slots.flatMap((d) => d.slots.map((x) => x.start))

try {
  await waitReady()
  let open = flat((await (await fetch(`${base}/api/bookings/slots`)).json()) as Slots)
  const initialSlots = open.length
  const allSlots = [...open]
  const body = (start: string, i: number) =>
    JSON.stringify({
      start,
      kind: 'in-person',
      name: `Bench ${i}`,
      email: `bench${i}@example.com`,
      phone: '03-0000-0000',
      locale: i % 2 ? 'en' : 'ja',
    })
  // Warm-up on invalid input (no booking made): compiles the route and the schema path.
  for (let i = 0; i < 50; i++)
    await fetch(`${base}/api/bookings`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })

  const latencies: number[] = []
  const counts = { created: 0, taken: 0, other: 0 }
  let rssPeakKb = 0
  const sampler = setInterval(() => (rssPeakKb = Math.max(rssPeakKb, serverProcess().rssKb)), 100)
  const started = performance.now()
  const deadline = started + SECONDS * 1000
  let n = 0
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        // Once every slot is booked, clients keep asking for taken ones: contention, answered with 409.
        const pool = open.length ? open : allSlots
        const start = pool[Math.floor(Math.random() * pool.length)]!
        const t0 = performance.now()
        const response = await fetch(`${base}/api/bookings`, {
          method: 'POST',
          body: body(start, n++),
          headers: { 'content-type': 'application/json' },
        })
        const json = (await response.json()) as Partial<Slots>
        latencies.push(performance.now() - t0)
        if (response.status === 201) {
          counts.created++
          open = open.filter((s) => s !== start)
        } else if (response.status === 409) {
          counts.taken++
          if (json.slots) open = flat(json as Slots)
        } else counts.other++
      }
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  clearInterval(sampler)
  const proc = serverProcess()

  const db = new Database(dbFile, { readonly: true })
  const duplicates = (
    db
      .prepare(
        `SELECT COUNT(*) AS n FROM (SELECT startsAt FROM "Booking" WHERE status <> 'cancelled' GROUP BY startsAt HAVING COUNT(*) > 1)`,
      )
      .get() as {
      n: number
    }
  ).n
  const rows = (db.prepare(`SELECT COUNT(*) AS n FROM "Booking"`).get() as { n: number }).n
  db.close()

  latencies.sort((a, b) => a - b)
  const pct = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]! * 10) / 10
  const result = {
    clients: CLIENTS,
    seconds: Math.round(elapsed * 10) / 10,
    initialOpenSlots: initialSlots,
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / elapsed),
    bookings: counts.created,
    bookingsPerSecond: Math.round((counts.created / elapsed) * 10) / 10,
    taken: counts.taken,
    other: counts.other,
    rowsInDatabase: rows,
    duplicates,
    p50Ms: pct(50),
    p99Ms: pct(99),
    server: {
      pid: proc.pid,
      name: proc.name,
      peakMemoryMb: Math.round(proc.hwmKb / 102.4) / 10,
      sampledRssPeakMb: Math.round(rssPeakKb / 102.4) / 10,
    },
    targets: { duplicates: 0, p99Ms: 100, peakMemoryMb: 400 },
  }
  const pass =
    duplicates === 0 &&
    counts.other === 0 &&
    result.p99Ms < 100 &&
    result.server.peakMemoryMb < 400 &&
    rows === counts.created
  console.log(
    `bookings: ${result.bookings} (${result.bookingsPerSecond}/s of ${initialSlots} open slots), requests: ${result.requests} (${result.requestsPerSecond}/s)`,
  )
  console.log(
    `201: ${counts.created}  409/refused: ${counts.taken}  other: ${counts.other}  rows: ${rows}  duplicates: ${duplicates}`,
  )
  console.log(
    `latency p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms; server ${proc.name} (pid ${proc.pid}) peak ${result.server.peakMemoryMb} MB`,
  )
  console.log(pass ? 'PASS' : 'FAIL')
  mkdirSync(path.join(ROOT, 'bench/out'), { recursive: true })
  writeFileSync(path.join(ROOT, 'bench/out/booking.json'), JSON.stringify({ ...result, pass }, null, 2) + '\n')
  process.exitCode = pass ? 0 : 1
} finally {
  for (const pid of processTree(server.pid!).reverse()) {
    try {
      process.kill(pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  rmSync(dir, { recursive: true, force: true })
}
