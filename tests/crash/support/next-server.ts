import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

/**
 * The production server (`next start` on the build in NEXT_DIST_DIR, default .next) as a real
 * process on a SQLite file of the test's own, so tests can kill it and start it again.
 */

export const ROOT = path.resolve(import.meta.dirname, '../../..')
const distDir = process.env.NEXT_DIST_DIR || '.next'

export function requireBuild() {
  if (!existsSync(path.join(ROOT, distDir, 'BUILD_ID'))) {
    throw new Error(
      `No production build in ${distDir}: run \`NEXT_DIST_DIR=${distDir} npx next build\` first (npm test does).`,
    )
  }
}

/**
 * A fresh folder under tmp/ (named per process, so two runs in one checkout do not collide) with a
 * migrated and seeded database: the same setup a newcomer runs.
 */
export function freshDatabaseFile(name: string): { file: string; remove: () => void } {
  const dir = path.join(ROOT, 'tmp', `${name}-${process.pid}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'app.db')
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/setup.mjs')], {
    cwd: ROOT,
    env: serverEnv(file),
    stdio: 'ignore',
  })
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

function serverEnv(file: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${file}`,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    NEXT_DIST_DIR: distDir,
    ...extra,
  }
  delete env.SMTP_URL
  return env
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

export type RunningServer = {
  url: string
  pid: number
  /** What the server printed, for the failure message when something goes wrong. */
  output: () => string
  /** SIGKILL to the server's whole process group: no shutdown code runs, as in a crash or power cut. */
  kill: () => Promise<void>
}

export async function startServer(
  file: string,
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<RunningServer> {
  // Its own process group, so a kill reaches anything `next start` may fork.
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: ROOT,
      env: serverEnv(file, extraEnv),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  let log = ''
  child.stdout!.on('data', (d) => (log = (log + d).slice(-20_000)))
  child.stderr!.on('data', (d) => (log = (log + d).slice(-20_000)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  const server: RunningServer = {
    url,
    pid: child.pid!,
    output: () => log,
    kill: async () => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
      await exited
    },
  }
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) break
    try {
      if ((await fetch(`${url}/api/health`)).ok) return server
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  await server.kill()
  throw new Error(`The server did not become healthy:\n${log}`)
}
