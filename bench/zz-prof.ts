import { chromium } from 'playwright'
import { writeFileSync } from 'node:fs'
import { startProductionServer } from './lib/server'
const server = await startProductionServer('prof')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
try {
  const draft = await (await fetch(`${server.url}/api/intake`, { method: 'POST', body: JSON.stringify({ locale: 'ja' }) })).json()
  const url = process.argv[2] === 'landing' ? `${server.url}/en` : `${server.url}/ja/intake/${draft.token}/respondent`
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } })
  await page.goto(url) // warm server
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Network.enable'); await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Profiler.start')
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForTimeout(1000)
  const { profile } = await cdp.send('Profiler.stop')
  writeFileSync('/tmp/page.cpuprofile', JSON.stringify(profile))
  // self time by function+url
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]))
  const self = new Map<number, number>()
  const dt = profile.timeDeltas; for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0))
  const agg = new Map<string, number>(); const aggUrl = new Map<string, number>()
  for (const [id, us] of self) { const n: any = byId.get(id); const cf = n.callFrame; const u = (cf.url || '(native)').replace(server.url, '').slice(0, 60); const k = `${cf.functionName || '(anon)'} ${u}:${cf.lineNumber}:${cf.columnNumber}`; agg.set(k, (agg.get(k) ?? 0) + us); aggUrl.set(u, (aggUrl.get(u) ?? 0) + us) }
  const total = [...agg.values()].reduce((a, b) => a + b, 0)
  console.log('total ms', (total / 1000).toFixed(0))
  for (const [k, v] of [...aggUrl].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log('url', (v / 1000).toFixed(1), k)
  for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1), k)
} finally { await browser.close(); await server.stop() }
