import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '../..')

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export type BenchServer = { url: string; pid: number; dbFile: string; stop: () => Promise<void>; peakRssMb: () => number }

/**
 * Starts the production build with `npm start` on a fresh migrated and seeded SQLite file, so a
 * benchmark measures the real server, and can read its memory from /proc.
 */
export async function startProductionServer(name: string, env: Record<string, string> = {}): Promise<BenchServer> {
  const port = await freePort()
  const dir = path.join(ROOT, 'tmp', `bench-${name}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const dbFile = path.join(dir, 'bench.db')
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${dbFile}`, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env }
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/setup.mjs')], { cwd: ROOT, env: fullEnv, stdio: 'ignore' })
  // The production command itself (package.json "start", its Node flags included), not a copy of it.
  const child: ChildProcess = spawn('npm', ['start', '--silent', '--', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: fullEnv,
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    url,
    pid: child.pid!,
    dbFile,
    // npm, its shell and the server are separate processes; the peak is the largest VmHWM among them.
    peakRssMb: () => Math.max(...processTree(child.pid!).map(vmHwmMb)),
    stop: async () => {
      for (const pid of processTree(child.pid!).reverse()) {
        try {
          process.kill(pid, 'SIGTERM')
        } catch {}
      }
      await new Promise((r) => setTimeout(r, 300))
    },
  }
}

function processTree(pid: number): number[] {
  const children = (() => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
    } catch {
      return []
    }
  })()
  return [pid, ...children.flatMap(processTree)]
}

function vmHwmMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'))
    return line ? Number(line.replace(/\D+/g, '')) / 1024 : 0
  } catch {
    return 0
  }
}
