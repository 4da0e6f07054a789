import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { HSTS } from '@/lib/security/content-security-policy'
import { withDeploymentHeaders } from './api-route'

const root = path.resolve(import.meta.dirname, '../..')

describe('withDeploymentHeaders', () => {
  it('adds HSTS over HTTPS and keeps the answer', async () => {
    const response = withDeploymentHeaders(
      Response.json({ ok: true }, { status: 201, headers: { 'Cache-Control': 'no-store' } }),
      { https: true },
    )
    expect(response.status).toBe(201)
    expect(response.headers.get('strict-transport-security')).toBe(HSTS)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ ok: true })
  })

  it('copies a response whose headers cannot change (a redirect)', () => {
    const response = withDeploymentHeaders(Response.redirect('https://intake.example.jp/ja', 303), { https: true })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('https://intake.example.jp/ja')
    expect(response.headers.get('strict-transport-security')).toBe(HSTS)
  })

  it('sends no HSTS over plain HTTP', () => {
    const response = withDeploymentHeaders(new Response('x'), { https: false })
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })
})

/** The route files under app/api, relative to the root. */
function routeFiles(dir = path.join(root, 'app/api')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(full)
    return entry.name === 'route.ts' ? [path.relative(root, full)] : []
  })
}

describe('API route handlers', () => {
  const files = routeFiles()

  it('are found', () => {
    expect(files).toContain('app/api/bookings/route.ts')
    expect(files.length).toBeGreaterThanOrEqual(8)
  })

  // They skip the proxy, so a handler exported without the wrapper would answer without HSTS.
  it.each(files)('%s exports every method through apiRoute', (file) => {
    const source = readFileSync(path.join(root, file), 'utf8')
    const methods = [
      ...source.matchAll(/^export (?:async function|const|function) (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b(.*)$/gm),
    ]
    expect(methods.length).toBeGreaterThan(0)
    for (const [, method, rest] of methods) expect(`${method}${rest}`).toMatch(new RegExp(`^${method} = apiRoute\\(`))
  })
})
