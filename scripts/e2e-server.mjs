// Starts the production build (`next start`) for the browser tests on a fresh SQLite file
// that is migrated and seeded first, so every run starts from the same state.
import { spawn, execFileSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './lib/schemas.mjs'

const port = process.argv[2] ?? '3210'
const dir = path.join(ROOT, `tmp/e2e-${port}`)
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`, NEXT_TELEMETRY_DISABLED: '1' }
execFileSync(process.execPath, [path.join(ROOT, 'scripts/setup.mjs')], { cwd: ROOT, env, stdio: 'inherit' })
const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', port, '-H', '127.0.0.1'], {
  cwd: ROOT,
  env,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
