#!/usr/bin/env bash
# npm test — every check the project has, in the order that fails fastest:
# lint, typecheck, migration check, Vitest (unit + database tests on SQLite and PostgreSQL,
# with coverage gates, in two time zones), then Playwright against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s ===\n' "$1"; }
started=$(date +%s)

step "lint";            npx eslint . --max-warnings=0
step "typecheck";       npx tsc --noEmit
step "migrations";      node scripts/check-migrations.mjs

step "PostgreSQL for the database tests"
eval "$(bash scripts/pg-test-server.sh start)"
trap 'bash scripts/pg-test-server.sh stop "$PG_TEST_DIR"' EXIT
echo "$TEST_POSTGRES_URL"

step "unit and database tests (TZ=Asia/Tokyo, with coverage)"
TZ=Asia/Tokyo npx vitest run --coverage
step "time-zone independence (TZ=America/Los_Angeles, then UTC)"
TZ=America/Los_Angeles npx vitest run lib
TZ=UTC npx vitest run lib

step "production build";  npx next build
step "browser tests";     npx playwright test
step "crash safety and scheduled jobs (production server)"; npx vitest run --config tests/crash/vitest.config.ts

printf '\nAll checks passed in %ss.\n' "$(( $(date +%s) - started ))"
