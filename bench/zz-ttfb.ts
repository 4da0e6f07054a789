import { startProductionServer } from './lib/server'
const server = await startProductionServer('ttfb')
try {
  const draft = await (await fetch(`${server.url}/api/intake`, { method: 'POST', body: JSON.stringify({ locale: 'ja' }) })).json()
  for (const u of [`/ja/intake/${draft.token}/respondent`, '/en', '/ja', '/api/health', '/favicon.ico']) {
    const times: number[] = []
    let first = 0, size = 0, status = 0
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now(); const r = await fetch(server.url + u); status = r.status
      const reader = r.body!.getReader(); let got = false
      for (;;) { const { done, value } = await reader.read(); if (!got) { first = performance.now() - t0; got = true } if (done) break; size += value.length }
      times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    console.log(u.slice(0, 20), status, 'median total', times[7].toFixed(1), 'first chunk(last)', first.toFixed(1), 'bytes', size / 15)
  }
} finally { await server.stop() }
