import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import os from 'node:os'
import { ratio, verdict, type Figure } from './figures'

/** The Markdown report of one `npm run bench`: the machine, then every figure with its target. */

export type BenchRun = {
  name: string
  command: string
  seconds: number
  status: 'ran' | 'failed' | 'skipped'
  note?: string
  figures: Figure[]
}

const tokyo = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'medium' }).format(d) +
  ' (Asia/Tokyo)'

function osName(): string {
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : ''
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(release)?.[1]
  return `${pretty ?? os.type()} (kernel ${os.release()}, ${os.arch()})`
}

function commit(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
    // The report being rewritten does not count as a change to the code measured.
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!docs/benchmarks/latest.md'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    ).trim()
    return dirty ? `${head} with uncommitted changes` : head
  } catch {
    return 'unknown'
  }
}

export function machineLines(root: string, loadAtStart: number[]): string[] {
  const cpus = os.cpus()
  return [
    `| CPU | ${cpus[0]?.model.trim() ?? 'unknown'} |`,
    `| cores | ${os.availableParallelism?.() ?? cpus.length} |`,
    `| memory | ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB |`,
    `| Node.js | ${process.version} |`,
    `| OS | ${osName()} |`,
    `| load average when started (1, 5, 15 min) | ${loadAtStart.map((l) => l.toFixed(2)).join(', ')} |`,
    `| commit | ${commit(root)} |`,
  ]
}

const show = (f: Figure) => (typeof f.value === 'number' ? `${f.value}${f.unit ? ` ${f.unit}` : ''}` : f.value)
const target = (f: Figure) =>
  f.op === undefined || f.target === undefined
    ? '—'
    : `${f.op === '=' ? '=' : f.op === '>=' ? '≥' : '≤'} ${f.target}${f.unit ? ` ${f.unit}` : ''}`

export function renderReport(opts: {
  root: string
  started: Date
  loadAtStart: number[]
  build: string
  runs: BenchRun[]
}): string {
  const all = opts.runs.flatMap((r) => r.figures)
  const targeted = all.filter((f) => f.op !== undefined)
  const failed = targeted.filter((f) => verdict(f) === 'FAIL')
  const busy = opts.loadAtStart[0]! > os.availableParallelism()
  const broken = opts.runs.filter((r) => r.status === 'failed')
  const lines = [
    '# Benchmarks: latest run',
    '',
    `Written by \`npm run bench\` (bench/run-all.ts) on ${tokyo(opts.started)}. Do not edit by hand; run it again.`,
    `Figures are from one run on the machine below, on a production build (${opts.build}); other work on`,
    'the machine at the same time makes them noisier (see the load average).',
    '',
    ...(busy
      ? [
          `**The machine was busy** (load ${opts.loadAtStart[0]!.toFixed(1)} on ${os.availableParallelism()} cores when the run started): timings and memory are not representative; run again on a quiet machine.`,
          '',
        ]
      : []),
    `**Result:** ${targeted.filter((f) => verdict(f) === 'pass').length} target(s) met, ${failed.length} missed` +
      (broken.length ? `, ${broken.length} benchmark(s) did not run to the end` : '') +
      (opts.runs.some((r) => r.status === 'skipped')
        ? `, ${opts.runs.filter((r) => r.status === 'skipped').length} skipped`
        : '') +
      '.',
    '',
    '## Machine',
    '',
    '| | |',
    '|---|---|',
    ...machineLines(opts.root, opts.loadAtStart),
    '',
    '## Figures',
    '',
    'Ratio is the value divided by the target (≥ targets pass at 1.00× or more, ≤ targets at 1.00× or less).',
    '',
    '| benchmark | figure | value | target | ratio | result |',
    '|---|---|---:|---:|---:|---|',
    ...all.map((f) => `| ${f.bench} | ${f.name} | ${show(f)} | ${target(f)} | ${ratio(f)} | ${verdict(f)} |`),
    '',
    '## Benchmarks run',
    '',
    '| benchmark | command | time | status |',
    '|---|---|---:|---|',
    ...opts.runs.map(
      (r) => `| ${r.name} | \`${r.command}\` | ${r.seconds.toFixed(0)} s | ${r.status}${r.note ? `: ${r.note}` : ''} |`,
    ),
    '',
  ]
  return lines.join('\n')
}
