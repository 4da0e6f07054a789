import http from 'node:http'

export type Answer = { status: number; body: string }
export type Send = (method: 'GET' | 'POST', path: string, json?: string) => Promise<Answer>

/**
 * The load generator's HTTP client: node:http over keep-alive connections, the body read as one
 * string. Node's fetch (undici behind web streams) costs the client enough that, on this 2-core
 * machine, its own pauses showed up as server latency: the same server measured 20–40 ms more at
 * the p99 through fetch (docs/decisions/010-booking-under-load.md, "The load generator").
 */
export function keepAliveClient(base: string): { send: Send; close: () => void } {
  const url = new URL(base)
  const agent = new http.Agent({ keepAlive: true })
  const send: Send = (method, path, json) =>
    new Promise((resolve, reject) => {
      const headers = json ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) } : {}
      const request = http.request({ host: url.hostname, port: url.port, method, path, agent, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
        response.on('error', reject)
      })
      request.on('error', reject)
      request.end(json)
    })
  return { send, close: () => agent.destroy() }
}

/** The same interface through Node's fetch, for comparing the two clients (--client fetch). */
export function fetchClient(base: string): { send: Send; close: () => void } {
  const send: Send = async (method, path, json) => {
    const response = await fetch(`${base}${path}`, {
      method,
      body: json,
      headers: json ? { 'content-type': 'application/json' } : {},
    })
    return { status: response.status, body: await response.text() }
  }
  return { send, close: () => {} }
}
