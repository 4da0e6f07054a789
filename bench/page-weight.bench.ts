/**
 * Page weight of the first intake step: the JavaScript it transfers divided by that of a bare page
 * of the same build, measured in Chromium in one run (target <= 1.35). Needs a production build
 * (`npx next build`). Run: npx tsx bench/page-weight.bench.ts
 */
import { chromium, type Browser } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium'
import { ROOT, startProductionServer } from './lib/server'

async function scriptBytes(browser: Browser, url: string): Promise<{ bytes: number; files: number }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  const scripts = new Map<string, string>()
  let bytes = 0
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script')
      scripts.set(
        e.requestId,
        `${e.response.url} ${e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? 'identity'}`,
      )
  })
  cdp.on('Network.loadingFinished', (e) => {
    if (!scripts.has(e.requestId)) return
    bytes += e.encodedDataLength
    if (process.env.BENCH_VERBOSE)
      console.log(`  ${(e.encodedDataLength / 1024).toFixed(1)} KiB ${scripts.get(e.requestId)}`)
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await context.close()
  return { bytes, files: scripts.size }
}

const server = await startProductionServer('page-weight', { BENCH_PAGES: '1' })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  const draft = await (
    await fetch(`${server.url}/api/intake`, { method: 'POST', body: JSON.stringify({ locale: 'en' }) })
  ).json()
  const bare = await scriptBytes(browser, `${server.url}/bench-bare`)
  const step = await scriptBytes(browser, `${server.url}/en/intake/${draft.token}/respondent`)
  const landing = await scriptBytes(browser, `${server.url}/en`)
  const result = {
    bareJsBytes: bare.bytes,
    firstStepJsBytes: step.bytes,
    landingJsBytes: landing.bytes,
    ratio: Number((step.bytes / bare.bytes).toFixed(3)),
    landingRatio: Number((landing.bytes / bare.bytes).toFixed(3)),
    target: 1.35,
  }
  console.log(`bare page JS (transferred): ${(bare.bytes / 1024).toFixed(1)} KiB in ${bare.files} files`)
  console.log(`first intake step JS:       ${(step.bytes / 1024).toFixed(1)} KiB in ${step.files} files`)
  console.log(`landing page JS:            ${(landing.bytes / 1024).toFixed(1)} KiB`)
  console.log(
    `ratio first step / bare:    ${result.ratio} (target <= ${result.target}: ${result.ratio <= result.target ? 'met' : 'NOT met'})`,
  )
  mkdirSync(path.join(ROOT, 'bench/out'), { recursive: true })
  writeFileSync(path.join(ROOT, 'bench/out/page-weight.json'), JSON.stringify(result, null, 2))
} finally {
  await browser.close()
  await server.stop()
}
