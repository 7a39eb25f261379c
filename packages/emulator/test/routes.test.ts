/**
 * Every endpoint of the spec answers at its real method and path: each route is called once, signed by
 * the independent test signer, with its parameters filled from the seeded world, and must answer 2xx with
 * a body of the right kind (an array for `X[]` models, an object otherwise, nothing for `empty`).
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { SPEC_ROUTES, startEmulator, type Emulator, type SpecRoute } from '../src/index.js'
import { COVERED_ELSEWHERE, routeParams } from './route-params.js'
import { sign } from './signer.js'


let emu: Emulator
let paramsFor: (route: SpecRoute) => Record<string, string>
beforeAll(async () => {
  emu = await startEmulator()
  paramsFor = routeParams(emu)
})
afterAll(() => emu.close())

it.each(SPEC_ROUTES.filter((r) => !COVERED_ELSEWHERE.has(r.id)).map((r) => [r.id, r] as const))('%s answers 2xx', async (_id, route) => {
  const params = paramsFor(route)
  const path = route.path.replace(/:([a-z_]+)/g, (_m, name: string) => {
    const v = params[name]!
    delete params[name]
    return encodeURIComponent(v)
  })
  const base = `${emu.url}/1.1/${path}.json`
  const keys = { ck: emu.credentials.appKey, cs: emu.credentials.appSecret, t: emu.credentials.oauthToken, ts: emu.credentials.oauthTokenSecret }
  const query = route.method === 'GET' ? `?${new URLSearchParams(params)}` : ''
  const url = `${base}${query === '?' ? '' : query}`
  const form = route.method === 'GET' ? {} : params
  const res = await fetch(url, {
    method: route.method,
    headers: { authorization: sign(route.method, url, form, keys), ...(route.method === 'GET' ? {} : { 'content-type': 'application/x-www-form-urlencoded' }) },
    ...(route.method === 'GET' ? {} : { body: new URLSearchParams(form).toString() }),
  })
  const text = await res.text()
  expect(res.status, text).toBeGreaterThanOrEqual(200)
  expect(res.status, text).toBeLessThan(300)
  if (route.returns === 'empty') expect(text).toBe('')
  else if (route.returns.endsWith('[]') && !route.returns.includes('|')) expect(Array.isArray(JSON.parse(text))).toBe(true)
  else expect(typeof JSON.parse(text)).toBe('object')
})
