import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * lib/rules and lib/statutes stay pure: only zod and relative files, never the
 * framework, the database, i18n or node built-ins (house-style.md). Tests and
 * test-*.ts helpers are exempt; they never ship.
 */
function importsOf(dir: string): Array<[string, string]> {
  const base = new URL(`../${dir}/`, import.meta.url)
  return readdirSync(base)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('test-'))
    .flatMap((name) => {
      const source = readFileSync(new URL(name, base), 'utf8')
      return [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(
        (m) => [`${dir}/${name}`, m[1]!] as [string, string],
      )
    })
}

describe('module boundaries', () => {
  it.each(['rules', 'statutes'])('lib/%s imports only zod and relative files', (dir) => {
    const imports = importsOf(dir)
    expect(imports.length).toBeGreaterThan(0)
    const allowed = dir === 'rules' ? /^(zod|\.\/[\w-]+)$/ : /^\.\/[\w-]+$/
    expect(imports.filter(([, spec]) => !allowed.test(spec))).toEqual([])
  })
})
