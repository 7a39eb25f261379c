/**
 * `twython-emulator` as a tool in a user's tests (issue 10, item 10), run as a child process over real
 * sockets: `--json`, fixed credentials by flag and by seed file, a busy port, a non-loopback host, `--intercept`.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.js'
import { authHeader } from './emulator-helpers.js'

const children: ChildProcess[] = []
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM')
})

interface Run {
  readonly child: ChildProcess
  /** The first line of stdout, or undefined when the process exited first. */
  readonly firstLine: string | undefined
  readonly stderr: () => string
  /** Everything printed on stdout so far. */
  readonly stdout: () => string
  readonly exitCode: number | null
}

/** Starts the CLI and waits for its first line of output or its exit. */
function runCli(args: readonly string[]): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  let out = ''
  let err = ''
  child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')))
  return new Promise((resolve) => {
    const done = (firstLine: string | undefined) => resolve({ child, firstLine, stderr: () => err, stdout: () => out, exitCode: child.exitCode })
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8')
      const nl = out.indexOf('\n')
      if (nl >= 0) done(out.slice(0, nl))
    })
    child.on('exit', () => setImmediate(() => done(undefined)))
  })
}

/** verify_credentials signed with the given credentials against the given URL. */
async function verify(url: string, c: { appKey: string; appSecret: string; oauthToken: string; oauthTokenSecret: string }): Promise<{ status: number; screen_name?: string }> {
  const target = `${url}/1.1/account/verify_credentials.json`
  const res = await fetch(target, { headers: { authorization: authHeader('GET', target, {}, { consumerKey: c.appKey, consumerSecret: c.appSecret, token: c.oauthToken, tokenSecret: c.oauthTokenSecret }) } })
  const body = (await res.json()) as { screen_name?: string }
  return { status: res.status, ...(body.screen_name ? { screen_name: body.screen_name } : {}) }
}

describe('twython-emulator --json', () => {
  it('prints one line of JSON with url, hosts and working credentials', async () => {
    const run = await runCli(['--json', '--port', '0'])
    expect(run.firstLine, run.stderr()).toBeDefined()
    const line = JSON.parse(run.firstLine!) as { url: string; hosts: Record<string, string>; credentials: { appKey: string; appSecret: string; oauthToken: string; oauthTokenSecret: string }; app: { appKey: string } }
    expect(line.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(Object.keys(line.hosts).sort()).toEqual(['api', 'authorize', 'siteStream', 'stream', 'upload', 'userStream', 'v2'])
    expect(line.app.appKey).toBe(line.credentials.appKey)
    expect(await verify(line.url, line.credentials)).toEqual({ status: 200, screen_name: 'emu_dev' })
  })

  it('takes fixed credentials from flags', async () => {
    const fixed = { appKey: 'my-bot-key', appSecret: 'my-bot-secret', oauthToken: '123-my-bot-token', oauthTokenSecret: 'my-bot-token-secret' }
    const run = await runCli(['--json', '--port', '0', '--app-key', fixed.appKey, '--app-secret', fixed.appSecret, '--oauth-token', fixed.oauthToken, '--oauth-token-secret', fixed.oauthTokenSecret])
    const line = JSON.parse(run.firstLine!) as { url: string; credentials: typeof fixed }
    expect(line.credentials).toEqual(fixed)
    expect(await verify(line.url, fixed)).toEqual({ status: 200, screen_name: 'emu_dev' })
    // The built-in app key no longer signs.
    expect((await verify(line.url, { ...fixed, appKey: 'emuConsumerKey7d1f3c9a2b' })).status).toBe(401)
  })

  it('takes fixed credentials from the seed file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-cli-'))
    try {
      const fixed = { appKey: 'seeded-key', appSecret: 'seeded-secret', oauthToken: 'seeded-token', oauthTokenSecret: 'seeded-token-secret' }
      const file = join(dir, 'seed.json')
      writeFileSync(file, JSON.stringify({ credentials: fixed }))
      const run = await runCli(['--json', '--port', '0', '--seed', file])
      const line = JSON.parse(run.firstLine!) as { url: string; credentials: typeof fixed }
      expect(line.credentials).toEqual(fixed)
      expect(await verify(line.url, fixed)).toEqual({ status: 200, screen_name: 'emu_dev' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('twython-emulator startup errors are one line', () => {
  let busy: Emulator | undefined
  afterEach(async () => {
    await busy?.close()
    busy = undefined
  })

  it('a busy port', async () => {
    busy = await startEmulator({ port: 0 })
    const port = new URL(busy.url).port
    const run = await runCli(['--port', port])
    expect(run.firstLine).toBeUndefined()
    expect(run.exitCode).toBe(1)
    expect(run.stderr()).toBe(`twython-emulator: port ${port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free one)\n`)
  })

  it('a non-loopback --host without --allow-remote', async () => {
    const run = await runCli(['--host', '0.0.0.0', '--port', '0'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr()).toMatch(/^twython-emulator: --host 0\.0\.0\.0 is not a loopback address; .* --allow-remote\n$/)
  })

  it('a non-loopback --host with --allow-remote listens', async () => {
    const run = await runCli(['--host', '0.0.0.0', '--allow-remote', '--port', '0', '--json'])
    const line = JSON.parse(run.firstLine!) as { url: string }
    expect(line.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/)
    const port = new URL(line.url).port
    expect((await fetch(`http://127.0.0.1:${port}/_emulator/state`)).status).toBe(200)
  })

  it('loopback spellings are accepted without --allow-remote', async () => {
    const run = await runCli(['--host', 'localhost', '--port', '0', '--json'])
    expect(run.firstLine, run.stderr()).toBeDefined()
  })

  it.each([
    [['--bogus'], /^twython-emulator: Unknown option '--bogus' \(see --help\)\n$/],
    [['--port', 'eighty'], /^twython-emulator: --port must be a port number, not eighty\n$/],
    [['--oauth-token', 'only-half'], /^twython-emulator: --oauth-token and --oauth-token-secret go together\n$/],
    [['--port', '0', '--seed', '/nonexistent/seed.json'], /^twython-emulator: seed file \/nonexistent\/seed\.json not found\n$/],
  ])('%j', async (args, message) => {
    const run = await runCli(args)
    expect(run.exitCode).not.toBe(0)
    expect(run.stderr()).toMatch(message)
  })
})

describe('twython-emulator --intercept', () => {
  it('prints the environment lines (and JSON fields) of the intercepting proxy', async () => {
    const text = await runCli(['--intercept', '--port', '0'])
    if (text.firstLine === undefined && /no intercepting mode/.test(text.stderr())) {
      console.log('skipped: this build has no intercepting mode yet (startEmulator({ intercept: true }) returns no proxyUrl)')
      expect(text.stderr()).toBe('twython-emulator: this build of the emulator has no intercepting mode (--intercept)\n')
      return
    }
    // The lines come one by one; a CLI that exits first fails here with its stderr, not at the timeout.
    while (!text.stdout().includes('SSL_CERT_FILE=')) {
      if (text.child.exitCode !== null) expect.fail(`the CLI exited (${text.child.exitCode}) before printing SSL_CERT_FILE: ${text.stderr()}`)
      await new Promise((r) => setTimeout(r, 10))
    }
    const lines = text.stdout().split('\n')
    const proxy = lines.find((l) => l.startsWith('HTTPS_PROXY='))!
    expect(proxy).toMatch(/^HTTPS_PROXY=http:\/\/127\.0\.0\.1:\d+$/)
    const ca = lines.find((l) => l.startsWith('NODE_EXTRA_CA_CERTS='))!.split('=')[1]
    expect(lines).toContain(`REQUESTS_CA_BUNDLE=${ca}`)
    expect(lines).toContain(`SSL_CERT_FILE=${ca}`)

    const json = await runCli(['--intercept', '--json', '--port', '0'])
    const line = JSON.parse(json.firstLine!) as { proxyUrl: string; caCertPath: string; env: Record<string, string> }
    expect(line.env).toEqual({ HTTPS_PROXY: line.proxyUrl, NODE_EXTRA_CA_CERTS: line.caCertPath, REQUESTS_CA_BUNDLE: line.caCertPath, SSL_CERT_FILE: line.caCertPath })
    // Two CLI processes, each compiling its TypeScript and making a CA key: a loaded 2-core CI machine
    // took more than the default 20 s for both.
  }, 90_000)
})
