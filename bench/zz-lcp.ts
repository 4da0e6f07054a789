import { chromium } from 'playwright'
import { startProductionServer } from './lib/server'
const server = await startProductionServer('lcp')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
try {
  const draft = await (await fetch(`${server.url}/api/intake`, { method: 'POST', body: JSON.stringify({ locale: 'ja' }) })).json()
  const url = `${server.url}/ja/intake/${draft.token}/respondent`
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } })
  page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)))
  await page.addInitScript(() => {
    ;(window as any).__lcp = []
    new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) (window as any).__lcp.push([Math.round(e.startTime), e.element?.tagName, (e.element?.textContent ?? '').slice(0, 30), e.size]) }).observe({ type: 'largest-contentful-paint', buffered: true })
    new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) (window as any).__lcp.push(['paint', e.name, Math.round(e.startTime)]) }).observe({ type: 'paint', buffered: true })
  })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForTimeout(1500)
  console.log(JSON.stringify(await page.evaluate(() => (window as any).__lcp)))
  const nav = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('navigation').map((e: any) => ({ ttfb: Math.round(e.responseStart), end: Math.round(e.responseEnd), dcl: Math.round(e.domContentLoadedEventEnd) }))))
  console.log(nav)
} finally { await browser.close(); await server.stop() }
