import { describe, expect, it } from 'vitest'
import { isMalformedActionBody, isMalformedActionPayload } from './action-guard'

describe('the server-action envelope check', () => {
  it.each([
    ['[{"email":"a@b.jp","password":"x"}]', false],
    ['[{"note":"$$ costs","value":"$undefined","n":"$NaN","d":"$D2026-12-01T00:00:00.000Z"}]', false],
    ['[]', false],
    ['{"email":"a"}', true],
    ['"string"', true],
    ['{not json', true],
    ['[{"":["$"]}]', true],
    ['["$1"]', true],
    ['[{"a":{"b":"$@0"}}]', true],
    ['[{"a":"$Q1"}]', true],
  ])('%s → malformed: %s', (body, malformed) => {
    expect(isMalformedActionPayload(body)).toBe(malformed)
  })
})

describe('the server-action form-post check', () => {
  const post = (body: BodyInit, contentType: string) =>
    new Request('http://localhost/en/intake', {
      method: 'POST',
      headers: { 'next-action': 'abc', 'content-type': contentType },
      body,
    })

  it('lets a form post that parses through', async () => {
    const form = new FormData()
    form.set('1_$ACTION_ID_abc', '')
    form.set('locale', 'en')
    const encoded = new Request('http://localhost/', { method: 'POST', body: form })
    const body = await encoded.arrayBuffer()
    expect(await isMalformedActionBody(post(body, encoded.headers.get('content-type')!))).toBe(false)
  })

  it.each([
    ['no boundary', 'garbage', 'multipart/form-data'],
    ['a part cut off', '--XYZ\r\nContent-Disposition: form-data; name="1_$ACTION_ID"\r\n\r\nbroken', 'multipart/form-data; boundary=XYZ'],
  ])('refuses a form post with %s', async (_name, body, type) => {
    expect(await isMalformedActionBody(post(body, type))).toBe(true)
  })
})
