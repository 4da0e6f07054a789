// npm run setup — prepares the database named by DATABASE_URL (default: the embedded SQLite
// file data/app.db): applies migrations, then seeds the fictional demo office.
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { ROOT } from './lib/schemas.mjs'

const run = (args) => execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: process.env })
run([path.join(ROOT, 'scripts/migrate.mjs')])
run([path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'prisma/seed.ts')])
