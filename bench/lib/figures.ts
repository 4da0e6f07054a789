/**
 * Reads each benchmark's bench/out/<name>.json into figures with their targets. The targets are
 * the ones each benchmark states in its header comment; a benchmark this file does not know is
 * read generically from its own `targets` object and `pass` flag.
 */

export type Figure = {
  bench: string
  name: string
  value: number | string
  unit?: string
  /** '>=' higher is better, '<=' lower is better, '=' exact; none: reported without a target. */
  op?: '>=' | '<=' | '='
  target?: number
}

export type Verdict = 'pass' | 'FAIL' | '—'

export function verdict(f: Figure): Verdict {
  if (f.value === 'pass' || f.value === 'FAIL') return f.value
  if (f.op === undefined || f.target === undefined || typeof f.value !== 'number') return '—'
  if (f.op === '>=') return f.value >= f.target ? 'pass' : 'FAIL'
  if (f.op === '<=') return f.value <= f.target ? 'pass' : 'FAIL'
  return f.value === f.target ? 'pass' : 'FAIL'
}

/** value ÷ target, when both are numbers and the target is not zero. */
export function ratio(f: Figure): string {
  if (typeof f.value !== 'number' || !f.target) return '—'
  return `${(f.value / f.target).toFixed(2)}×`
}

type Json = Record<string, unknown>
const num = (v: unknown): number | string => (typeof v === 'number' ? v : String(v))

function assess(j: Json): Figure[] {
  return [
    {
      bench: 'assess',
      name: 'assessments per second (one core)',
      value: num(j.assessmentsPerSecond),
      op: '>=',
      target: Number(j.targetPerSecond ?? 20_000),
    },
    { bench: 'assess', name: 'microseconds per assessment', value: num(j.microsecondsPerAssessment), unit: 'µs' },
    { bench: 'assess', name: 'peak RSS', value: num(j.peakRssMb), unit: 'MB' },
  ]
}

function pageWeight(j: Json): Figure[] {
  const kib = (v: unknown) => Math.round((Number(v) / 1024) * 10) / 10
  return [
    {
      bench: 'page-weight',
      name: 'first intake step JS ÷ bare page JS',
      value: num(j.ratio),
      op: '<=',
      target: Number(j.target ?? 1.35),
    },
    { bench: 'page-weight', name: 'landing page JS ÷ bare page JS', value: num(j.landingRatio) },
    { bench: 'page-weight', name: 'bare page JS (transferred)', value: kib(j.bareJsBytes), unit: 'KiB' },
    { bench: 'page-weight', name: 'first intake step JS (transferred)', value: kib(j.firstStepJsBytes), unit: 'KiB' },
    { bench: 'page-weight', name: 'landing page JS (transferred)', value: kib(j.landingJsBytes), unit: 'KiB' },
  ]
}

function lighthouse(j: Json): Figure[] {
  return Object.entries(j).flatMap(([page, raw]) => {
    const p = raw as Json
    return [
      { bench: 'lighthouse', name: `${page}: performance`, value: num(p.performance), op: '>=' as const, target: 0.9 },
      {
        bench: 'lighthouse',
        name: `${page}: accessibility`,
        value: num(p.accessibility),
        op: '>=' as const,
        target: 1,
      },
      {
        bench: 'lighthouse',
        name: `${page}: cumulative layout shift`,
        value: num(p.cls),
        op: '<=' as const,
        target: 0,
      },
      { bench: 'lighthouse', name: `${page}: largest contentful paint`, value: num(p.lcpMs), unit: 'ms' },
      { bench: 'lighthouse', name: `${page}: total blocking time`, value: num(p.tbtMs), unit: 'ms' },
      {
        bench: 'lighthouse',
        name: `${page}: this machine's benchmarkIndex (Lighthouse's throttling assumes 1000 or more)`,
        value: num(p.benchmarkIndex),
      },
    ]
  })
}

function booking(j: Json): Figure[] {
  const server = (j.server ?? {}) as Json
  const cold = (j.cold ?? {}) as Json
  const open = (j.openLoop ?? {}) as Json
  const floor = (j.floor ?? {}) as Json
  return [
    { bench: 'booking', name: 'double bookings in the database', value: num(j.duplicates), op: '=', target: 0 },
    { bench: 'booking', name: 'answers other than 201/409', value: num(j.other), op: '=', target: 0 },
    {
      bench: 'booking',
      name: `latency p99 (${num(j.clients)} closed-loop clients, warm; client: ${typeof j.client === 'string' ? j.client : 'fetch'})`,
      value: num(j.p99Ms),
      unit: 'ms',
      op: '<=',
      target: 100,
    },
    {
      bench: 'booking',
      name: `latency p99 of each of the ${num(j.rounds)} rounds (the median round is the figure above)`,
      value: Array.isArray(j.p99RoundsMs) ? j.p99RoundsMs.join(' / ') : 'n/a',
      unit: 'ms',
    },
    { bench: 'booking', name: 'latency p50', value: num(j.p50Ms), unit: 'ms' },
    {
      bench: 'booking',
      name: 'server peak memory (VmHWM)',
      value: num(server.peakMemoryMb),
      unit: 'MB',
      op: '<=',
      target: 400,
    },
    { bench: 'booking', name: `requests per second (${j.clients} clients)`, value: num(j.requestsPerSecond) },
    { bench: 'booking', name: 'bookings per second (while slots were open)', value: num(j.bookingsPerSecond) },
    { bench: 'booking', name: 'latency p99 of the 201s (bookings made)', value: num(j.p99CreatedMs), unit: 'ms' },
    {
      bench: 'booking',
      name: 'floor: latency p99 of GET /api/health under the same clients, after each round',
      value: Array.isArray(floor.p99RoundsMs) ? floor.p99RoundsMs.join(' / ') : 'n/a',
      unit: 'ms',
    },
    {
      bench: 'booking',
      name: 'floor: requests per second of GET /api/health (median round)',
      value: num(floor.requestsPerSecond),
    },
    {
      bench: 'booking',
      name: 'booking p99 ÷ floor p99 (the median of each)',
      value:
        typeof j.p99Ms === 'number' && typeof floor.p99Ms === 'number' && floor.p99Ms > 0
          ? Math.round((j.p99Ms / floor.p99Ms) * 100) / 100
          : 'n/a',
    },
    {
      bench: 'booking',
      name: `latency p99, first ${num(cold.seconds)} s after start (cold)`,
      value: num(cold.p99Ms),
      unit: 'ms',
    },
    {
      bench: 'booking',
      name: `latency p99, open loop at ${num(open.perSecond)} requests/s`,
      value: num(open.p99Ms),
      unit: 'ms',
    },
    { bench: 'booking', name: "the benchmark's own verdict", value: j.pass ? 'pass' : 'FAIL' },
  ]
}

/** Higher is better for rates and scores, lower for everything else (times, sizes, counts of errors). */
const higherIsBetter = (key: string) => /per ?second|throughput|score|rate$/i.test(key)

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [[prefix, value]]
  return Object.entries(value as Json).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
}

export function generic(bench: string, j: Json): Figure[] {
  const targets = (j.targets ?? {}) as Json
  const figures: Figure[] = leaves({ ...j, targets: undefined, pass: undefined })
    .filter(([, v]) => typeof v === 'number')
    .map(([key, v]) => {
      const last = key.split('.').pop()!
      const target =
        typeof targets[key] === 'number'
          ? (targets[key] as number)
          : typeof targets[last] === 'number'
            ? (targets[last] as number)
            : undefined
      const op = target === undefined ? undefined : higherIsBetter(last) ? ('>=' as const) : ('<=' as const)
      return { bench, name: key, value: v as number, op, target }
    })
  if (typeof j.pass === 'boolean')
    figures.push({ bench, name: "the benchmark's own verdict", value: j.pass ? 'pass' : 'FAIL' })
  return figures
}

const KNOWN: Record<string, (j: Json) => Figure[]> = { assess, 'page-weight': pageWeight, lighthouse, booking }

export function figuresOf(bench: string, json: Json): Figure[] {
  return (KNOWN[bench] ?? ((j: Json) => generic(bench, j)))(json)
}
