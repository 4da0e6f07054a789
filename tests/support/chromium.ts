/**
 * Debian's Chromium, never a downloaded browser, for the browser tests and the benchmarks. The
 * flags keep it quiet on a closed network (no updates, sync or background requests) and working
 * as root in a container.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
