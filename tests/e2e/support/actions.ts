import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { APIRequestContext } from '@playwright/test'

/**
 * Server actions as the browser calls them: by the id in the build's action manifest, POSTed to a
 * page that loads the action. Lets tests call any action directly, with any payload.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..')

export type BuiltAction = { id: string; filename: string; exportedName: string; name: string; pages: string[] }

export function builtActions(): BuiltAction[] {
  const dist = process.env.NEXT_DIST_DIR || '.next'
  const manifest = JSON.parse(readFileSync(path.join(ROOT, dist, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>
  }
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    filename: entry.filename,
    exportedName: entry.exportedName,
    name: `${entry.filename}#${entry.exportedName}`,
    pages: Object.keys(entry.workers),
  }))
}

export function builtAction(filename: string, exportedName: string): BuiltAction {
  const found = builtActions().find((a) => a.filename === filename && a.exportedName === exportedName)
  if (!found) throw new Error(`${filename}#${exportedName} is not in the build`)
  return found
}

/** "app/[locale]/staff/(signed-in)/cases/[id]/page" → "/staff/cases/x000…" (route groups dropped). */
export function routeOfPage(worker: string): string {
  const parts = worker.replace(/^app\/\[locale\]/, '').replace(/\/page$/, '').split('/').filter(Boolean)
  return '/' + parts.filter((p) => !/^\(.*\)$/.test(p)).map((p) => (/^\[.*\]$/.test(p) ? 'x0000000000000000000000' : p)).join('/')
}

export async function callAction(request: APIRequestContext, action: BuiltAction, args: unknown, locale = 'en', headers: Record<string, string> = {}) {
  const response = await request.post(`/${locale}${routeOfPage(action.pages[0]!)}`, {
    headers: { 'Next-Action': action.id, Accept: 'text/x-component', 'Content-Type': 'text/plain;charset=UTF-8', ...headers },
    data: typeof args === 'string' ? args : JSON.stringify(args),
    maxRedirects: 0,
  })
  return { status: response.status(), body: await response.text() }
}
