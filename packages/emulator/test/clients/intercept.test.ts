/**
 * Intercepting mode itself, over real sockets: the CONNECT proxy, the CA and the server certificate it
 * issues, OAuth checked against the `https://` URL the client signed, and the refusals (other hosts,
 * other ports, plain proxying, an untrusting client). Signed with the tests' own signer.
 */
import { X509Certificate } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request, type IncomingHttpHeaders } from 'node:http'
import { connect as netConnect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect as tlsConnect, type TLSSocket } from 'node:tls'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INTERCEPTED_HOSTS, startEmulator, type Emulator } from '../../src/index.js'
import { interceptTarget } from '../../src/intercept/index.js'
import { authHeader, formBody, userKeys } from '../emulator-helpers.js'

interface Answer {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly text: string
}

/** Sends `CONNECT authority` to the proxy; resolves with the status line's code and the raw socket. */
function connectThrough(proxyUrl: string, authority: string): Promise<{ status: number; head: string; socket: Socket }> {
  const { hostname, port } = new URL(proxyUrl)
  return new Promise((resolve, reject) => {
    const socket = netConnect(Number(port), hostname, () => socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n\r\n`))
    let head = ''
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1')
      if (!head.includes('\r\n\r\n')) return
      socket.off('data', onData)
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), head, socket })
    }
    socket.on('data', onData)
    socket.on('error', reject)
  })
}

/** Opens TLS to `host` through the proxy, trusting `ca` (or the default store when undefined). */
async function tunnel(emu: Emulator, host: string, ca: string | undefined): Promise<TLSSocket> {
  const { status, socket } = await connectThrough(emu.proxyUrl!, `${host}:443`)
  expect(status).toBe(200)
  return new Promise((resolve, reject) => {
    const tls = tlsConnect({ socket, servername: host, ...(ca ? { ca } : {}) }, () => resolve(tls))
    tls.on('error', reject)
  })
}

/** One HTTP request over an established (TLS) socket. */
function over(socket: TLSSocket, method: string, host: string, path: string, headers: Record<string, string>, body = ''): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ method, host, path, headers: { host, ...headers }, createConnection: () => socket }, (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (d: string) => (text += d))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** A signed request as a client behind the proxy makes it: signed for `signedUrl`, sent to `host`. */
async function signedCall(emu: Emulator, host: string, method: string, path: string, params: Record<string, string> = {}, signedUrl = `https://${host}${path}`): Promise<Answer> {
  const socket = await tunnel(emu, host, readFileSync(emu.caCertPath!, 'utf8'))
  const get = method === 'GET'
  const q = get && Object.keys(params).length ? `?${formBody(params)}` : ''
  const authorization = authHeader(method, `${signedUrl}${q}`, get ? {} : params, userKeys(emu))
  const headers: Record<string, string> = { authorization, ...(get ? {} : { 'content-type': 'application/x-www-form-urlencoded' }) }
  try {
    return await over(socket, method, host, `${path}${q}`, headers, get ? '' : formBody(params))
  } finally {
    socket.destroy()
  }
}

const codeOf = (a: Answer) => (JSON.parse(a.text) as { errors: { code: number }[] }).errors[0]?.code

describe('intercepting mode', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await startEmulator({ intercept: true })
  })
  afterAll(async () => {
    await emu.close()
  })

  it('names the proxy, the CA file and the environment to set', () => {
    expect(emu.proxyUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(emu.httpsUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    expect(existsSync(emu.caCertPath!)).toBe(true)
    expect(emu.proxyEnv).toEqual({ HTTPS_PROXY: emu.proxyUrl, NODE_EXTRA_CA_CERTS: emu.caCertPath, REQUESTS_CA_BUNDLE: emu.caCertPath, SSL_CERT_FILE: emu.caCertPath })
  })

  it('writes a CA certificate that signed a server certificate for every intercepted host', async () => {
    const ca = new X509Certificate(readFileSync(emu.caCertPath!))
    expect(ca.ca).toBe(true)
    for (const host of INTERCEPTED_HOSTS) {
      const socket = await tunnel(emu, host, ca.toString())
      const leaf = new X509Certificate(socket.getPeerX509Certificate()!.raw)
      expect(socket.authorized).toBe(true)
      expect(leaf.checkHost(host)).toBe(host)
      expect(leaf.verify(ca.publicKey)).toBe(true)
      expect(leaf.ca).toBe(false)
      socket.destroy()
    }
  })

  it('answers a request signed for https://api.twitter.com as the emulator', async () => {
    const answer = await signedCall(emu, 'api.twitter.com', 'GET', '/1.1/account/verify_credentials.json', { skip_status: 'true' })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text).screen_name).toBe('emu_dev')
  })

  it('serves the X twins and the upload host the same way, form bodies signed too', async () => {
    const posted = await signedCall(emu, 'api.x.com', 'POST', '/1.1/statuses/update.json', { status: 'through the proxy via api.x.com #intercept' })
    expect(posted.status).toBe(200)
    expect(JSON.parse(posted.text).entities.hashtags[0].text).toBe('intercept')
    const init = await signedCall(emu, 'upload.twitter.com', 'POST', '/1.1/media/upload.json', { command: 'INIT', total_bytes: '10', media_type: 'image/png' })
    expect(init.status).toBe(202)
  })

  it('refuses a signature made for http:// or for another host: the base string URI is the https:// one', async () => {
    const http = await signedCall(emu, 'api.twitter.com', 'GET', '/1.1/account/verify_credentials.json', {}, 'http://api.twitter.com/1.1/account/verify_credentials.json')
    expect([http.status, codeOf(http)]).toEqual([401, 32])
    const local = await signedCall(emu, 'api.twitter.com', 'GET', '/1.1/account/verify_credentials.json', {}, `${emu.url}/1.1/account/verify_credentials.json`)
    expect([local.status, codeOf(local)]).toEqual([401, 32])
  })

  it('still refuses a stale timestamp and a reused nonce behind the proxy', async () => {
    const path = '/1.1/account/verify_credentials.json'
    const url = `https://api.twitter.com${path}`
    const send = async (authorization: string) => {
      const socket = await tunnel(emu, 'api.twitter.com', readFileSync(emu.caCertPath!, 'utf8'))
      try {
        return await over(socket, 'GET', 'api.twitter.com', path, { authorization })
      } finally {
        socket.destroy()
      }
    }
    const old = await send(authHeader('GET', url, {}, userKeys(emu), { timestamp: Math.floor(Date.now() / 1000) - 3600 }))
    expect([old.status, codeOf(old)]).toEqual([401, 135])
    const once = authHeader('GET', url, {}, userKeys(emu), { nonce: `n${Date.now()}` })
    expect((await send(once)).status).toBe(200)
    const replay = await send(once)
    expect([replay.status, codeOf(replay)]).toEqual([401, 32])
  })

  it('refuses a CONNECT to any other host or port without resolving or forwarding it', async () => {
    // `.invalid` never resolves (RFC 6761): an attempt to look it up would fail differently, not answer 403.
    for (const authority of ['example.com:443', 'not-twitter.invalid:443', 'api.twitter.com:80', 'api.twitter.com.evil.invalid:443', 'garbage']) {
      const { status, head, socket } = await connectThrough(emu.proxyUrl!, authority)
      expect(status, authority).toBe(403)
      expect(head).toMatch(/forwards nothing else/)
      socket.destroy()
    }
  })

  it('refuses plain proxied HTTP requests', async () => {
    const { hostname, port } = new URL(emu.proxyUrl!)
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = request({ host: hostname, port, method: 'GET', path: 'http://api.twitter.com/1.1/help/configuration.json', headers: { host: 'api.twitter.com' } }, (res) => {
        let text = ''
        res.setEncoding('utf8').on('data', (d: string) => (text += d))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }))
      })
      req.on('error', reject)
      req.end()
    })
    expect(answer.status).toBe(403)
  })

  it('fails the handshake of a client that does not trust the CA, and keeps serving others', async () => {
    await expect(tunnel(emu, 'api.twitter.com', undefined)).rejects.toThrow(/certificate/i)
    const answer = await signedCall(emu, 'api.twitter.com', 'GET', '/1.1/account/verify_credentials.json')
    expect(answer.status).toBe(200)
  })

  it('serves the emulator over HTTPS on httpsUrl, signed for that origin', async () => {
    const url = `${emu.httpsUrl}/1.1/account/verify_credentials.json`
    const { hostname, port } = new URL(url)
    const socket = await new Promise<TLSSocket>((resolve, reject) => {
      const tls = tlsConnect({ host: hostname, port: Number(port), ca: readFileSync(emu.caCertPath!, 'utf8') }, () => resolve(tls))
      tls.on('error', reject)
    })
    const answer = await over(socket, 'GET', `${hostname}:${port}`, '/1.1/account/verify_credentials.json', { authorization: authHeader('GET', url, {}, userKeys(emu)) })
    socket.destroy()
    expect(answer.status).toBe(200)
  })
})

describe('which CONNECT targets are intercepted', () => {
  it('lets through exactly the six hosts on port 443, in any letter case', () => {
    const host = fc.constantFrom(...INTERCEPTED_HOSTS)
    const anyCase = host.chain((h) => fc.array(fc.boolean(), { minLength: h.length, maxLength: h.length }).map((up) => [...h].map((c, i) => (up[i] ? c.toUpperCase() : c)).join('')))
    fc.assert(fc.property(anyCase, (cased) => interceptTarget(`${cased}:443`) === cased.toLowerCase()))
  })

  it('refuses every other target: other hosts, ports, suffixes, prefixes, junk', () => {
    const allowed = new Set(INTERCEPTED_HOSTS.map((h) => `${h}:443`))
    const near = fc.tuple(fc.constantFrom(...INTERCEPTED_HOSTS), fc.string(), fc.string(), fc.integer({ min: 0, max: 99999 })).map(([h, pre, post, port]) => `${pre}${h}${post}:${port}`)
    fc.assert(
      fc.property(fc.oneof(fc.string(), near, fc.webUrl(), fc.domain().map((d) => `${d}:443`)), (target) => {
        const result = interceptTarget(target)
        return allowed.has(target.toLowerCase()) ? result === target.toLowerCase().slice(0, -4) : result === undefined
      }),
    )
  })
})

describe('intercepting mode lifecycle', () => {
  it('writes the CA where asked and leaves it; its own temporary CA file goes on close, and so does the proxy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'intercept-test-'))
    try {
      const chosen = join(dir, 'emulator-ca.pem')
      const a = await startEmulator({ intercept: { caCertPath: chosen } })
      expect(a.caCertPath).toBe(chosen)
      await a.close()
      expect(existsSync(chosen)).toBe(true)

      const b = await startEmulator({ intercept: true })
      const path = b.caCertPath!
      const proxyUrl = b.proxyUrl!
      await b.close()
      expect(existsSync(path)).toBe(false)
      await expect(connectThrough(proxyUrl, 'api.twitter.com:443')).rejects.toThrow(/ECONNREFUSED/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('fails to start when the proxy port is taken', async () => {
    const first = await startEmulator({ intercept: true })
    const port = Number(new URL(first.proxyUrl!).port)
    try {
      await expect(startEmulator({ intercept: { port } })).rejects.toThrow(/EADDRINUSE/)
    } finally {
      await first.close()
    }
  })

  it('has no proxy fields without the option', async () => {
    const emu = await startEmulator()
    try {
      expect(emu.proxyUrl).toBeUndefined()
      expect(emu.caCertPath).toBeUndefined()
      expect(emu.proxyEnv).toBeUndefined()
    } finally {
      await emu.close()
    }
  })
})
