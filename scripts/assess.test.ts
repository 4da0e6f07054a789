import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { AssessmentSchema } from '../lib/rules'

const root = fileURLToPath(new URL('..', import.meta.url))

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/assess.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    // A zone far from Tokyo: the output must not change.
    env: { ...process.env, TZ: 'America/Los_Angeles' },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run assess', () => {
  it('prints the assessment for a valid facts file', () => {
    const { status, stdout, stderr } = run('tests/fixtures/facts-detained.json', '--as-of', '2025-07-01')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const result = AssessmentSchema.parse(JSON.parse(stdout))
    expect(result).toMatchObject({
      asOf: '2025-07-01',
      recommendedPath: 'special-permission-to-stay',
      urgency: 'critical',
    })
    expect(result.deadlines).toEqual([{ id: 'oral-hearing-request', article: '48(1)', due: '2025-07-03', open: true }])
  })

  it('accepts --as-of=DATE and --as-of today', () => {
    expect(run('tests/fixtures/facts-detained.json', '--as-of=2025-07-04').stdout).toContain('"open": false')
    const today = run('tests/fixtures/facts-detained.json', '--as-of', 'today')
    expect(today.status).toBe(0)
    expect(JSON.parse(today.stdout).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('exits 2 listing every issue path for invalid facts', () => {
    const { status, stdout, stderr } = run('tests/fixtures/facts-invalid.json', '--as-of', '2025-07-01')
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('invalid facts in tests/fixtures/facts-invalid.json')
    expect(stderr).toContain('location: errors.invalidOption')
    expect(stderr).toContain('yearsInJapan: errors.negativeNumber')
    expect(stderr).toContain('departures.0.date: errors.invalidDate')
    expect(stderr).toContain('spouse: errors.unknownField [nickname]')
  })

  it.each([
    [['tests/fixtures/facts-detained.json'], 'missing --as-of'],
    [['tests/fixtures/facts-detained.json', '--as-of', '2025-02-30'], '--as-of must be a real date'],
    [['tests/fixtures/facts-detained.json', '--as-of', '01/07/2025'], '--as-of must be a real date'],
    [['--as-of', '2025-07-01'], 'missing the facts file'],
    [['a.json', 'b.json', '--as-of', '2025-07-01'], 'unexpected arguments: b.json'],
    [['tests/fixtures/facts-detained.json', '--as-of', '2025-07-01', '--verbose'], "Unknown option '--verbose'"],
    [['tests/fixtures/does-not-exist.json', '--as-of', '2025-07-01'], 'cannot read tests/fixtures/does-not-exist.json'],
  ])('exits 2 for %j', (args, message) => {
    const { status, stderr } = run(...args)
    expect(status).toBe(2)
    expect(stderr).toContain(message)
    expect(stderr).toContain('usage: npm run assess')
  })

  it('exits 2 for a file that is not JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'assess-')), 'facts.json')
    writeFileSync(file, '{ not json')
    const { status, stderr } = run(file, '--as-of', '2025-07-01')
    expect(status).toBe(2)
    expect(stderr).toContain('is not valid JSON')
  })
})
