import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { builtActions, callAction, routeOfPage } from './support/actions'
import { createStaff, signIn } from './support/staff'

/**
 * Every staff page, route handler and server action refuses an anonymous caller, and the
 * administrators' ones refuse a staff member. The lists come from the source tree and the build's
 * action manifest, so a new page or action without a check fails here.
 */
const ROOT = path.resolve(import.meta.dirname, '../..')
const STAFF_APP = path.join(ROOT, 'app/[locale]/staff')
const STAFF_API = path.join(ROOT, 'app/api/staff')
/** Pages and actions that must work without a session: the sign-in steps. */
const PUBLIC_PAGES = new Set(['/staff/login', '/staff/login/verify'])
const PUBLIC_ACTIONS = new Set(['app/[locale]/staff/login/actions.ts#signInAction', 'app/[locale]/staff/login/actions.ts#secondFactorAction', 'app/[locale]/staff/actions.ts#signOutAction'])
/** Areas for administrators only. */
const ADMIN_AREAS = [/^\/staff\/settings(\/|$)/, /^\/staff\/audit(\/|$)/, /^\/staff\/data-requests(\/|$)/]
const isAdminArea = (route: string) => ADMIN_AREAS.some((re) => re.test(route))

function files(dir: string, name: RegExp): string[] {
  let out: string[] = []
  let entries: string[] = []
  try {
    entries = readdirSync(dir)
  } catch {
    return out
  }
  for (const entry of entries) {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) out = out.concat(files(full, name))
    else if (name.test(entry)) out.push(full)
  }
  return out
}

/** app/[locale]/staff/(signed-in)/cases/[id]/page.tsx → /staff/cases/x */
function routeOf(file: string): string {
  const rel = path.relative(path.join(ROOT, 'app/[locale]'), path.dirname(file))
  return (
    '/' +
    rel
      .split(path.sep)
      .filter((part) => !/^\(.*\)$/.test(part))
      .map((part) => (/^\[.*\]$/.test(part) ? 'x0000000000000000000000' : part))
      .join('/')
  )
}

const pages = files(STAFF_APP, /^page\.tsx$/).map(routeOf)
const apiRoutes = files(STAFF_API, /^route\.ts$/).map((file) => '/' + path.relative(path.join(ROOT, 'app'), path.dirname(file)).split(path.sep).map((p) => (/^\[.*\]$/.test(p) ? 'x0000000000000000000000' : p)).join('/'))

function staffActions() {
  return builtActions()
    .filter((a) => a.filename.startsWith('app/[locale]/staff/') || a.filename.startsWith('lib/server/staff/'))
    .map((a) => ({ ...a, page: routeOfPage(a.pages[0]!), admin: isAdminArea(routeOf(path.join(ROOT, a.filename))) }))
}

const anyArgs = [{}]

test('the lists are not empty (the test would otherwise prove nothing)', () => {
  expect(pages).toContain('/staff/cases')
  expect(pages).toContain('/staff/login')
  expect(staffActions().map((a) => a.name)).toContain('app/[locale]/staff/login/actions.ts#signInAction')
  // Every 'use server' file under the staff area is in the build (none is forgotten by the manifest).
  const sources = files(STAFF_APP, /^actions\.ts$/).filter((f) => readFileSync(f, 'utf8').includes("'use server'"))
  const built = new Set(staffActions().map((a) => a.name.split('#')[0]))
  for (const source of sources) expect(built, source).toContain(path.relative(ROOT, source))
})

test('every staff page sends an anonymous visitor to the sign-in page', async ({ request }) => {
  for (const route of pages.filter((r) => !PUBLIC_PAGES.has(r))) {
    for (const locale of ['ja', 'en']) {
      const response = await request.get(`/${locale}${route}`, { maxRedirects: 0 })
      expect(response.status(), `${locale}${route}`).toBeGreaterThanOrEqual(300)
      expect(response.status(), `${locale}${route}`).toBeLessThan(400)
      expect(response.headers()['location'], `${locale}${route}`).toContain(`/${locale}/staff/login`)
    }
  }
})

test('every staff route handler answers an anonymous caller with 401', async ({ request }) => {
  for (const route of apiRoutes) {
    expect((await request.get(route)).status(), route).toBe(401)
  }
})

test('every staff server action refuses an anonymous caller', async ({ request }) => {
  for (const action of staffActions().filter((a) => !PUBLIC_ACTIONS.has(a.name))) {
    const { status, body } = await callAction(request, action, anyArgs)
    expect(status, action.name).toBe(200)
    expect(body, action.name).toContain('Staff.errors.signedOut')
  }
})

test('administrators’ pages and actions refuse a staff member; staff pages open', async ({ page }) => {
  const staff = await createStaff('staff')
  await signIn(page, 'en', staff)
  for (const route of pages.filter((r) => !PUBLIC_PAGES.has(r) && !r.includes('x0000'))) {
    const response = await page.request.get(`/en${route}`, { maxRedirects: 0 })
    if (isAdminArea(route)) {
      expect(response.status(), route).toBe(403)
    } else {
      expect([200, 307], route).toContain(response.status())
      expect(response.headers()['cache-control'], route).toContain('no-store')
    }
  }
  for (const action of staffActions().filter((a) => a.admin)) {
    const { status, body } = await callAction(page.request, action, anyArgs)
    expect(status, action.name).toBe(200)
    expect(body, action.name).toContain('Staff.errors.forbidden')
  }
})

test('an administrator without two-factor can do nothing but set it up', async ({ page }) => {
  const admin = await createStaff('admin')
  await page.goto('/en/staff/login')
  await page.getByLabel('Email').fill(admin.email)
  await page.getByLabel('Password').fill(admin.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/en\/staff\/two-factor-setup/)
  const response = await page.request.get('/en/staff/cases', { maxRedirects: 0 })
  expect(response.headers()['location']).toContain('/en/staff/two-factor-setup')
  for (const action of staffActions().filter((a) => !PUBLIC_ACTIONS.has(a.name) && !a.page.startsWith('/staff/two-factor-setup'))) {
    const { body } = await callAction(page.request, action, anyArgs)
    expect(body, action.name).toContain('Staff.errors.twoFactorRequired')
  }
})
