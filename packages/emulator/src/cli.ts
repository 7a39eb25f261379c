/**
 * `twython-emulator`: runs the emulator until Ctrl-C (or SIGTERM) and prints its URL and a ready-made set of
 * credentials, for people, or with `--json` one line of JSON for scripts and test setups. Startup problems
 * (a busy port, a bad flag, a non-loopback host without `--allow-remote`) are one line on stderr and a
 * non-zero exit, never a stack trace.
 */
import { isIP } from 'node:net'
import { parseArgs } from 'node:util'
import { startEmulator, type Emulator, type StartEmulatorOptions } from './index.js'

const USAGE = `usage: twython-emulator [options]
  --port <n>                 port to listen on; 0 picks a free one (default 8787)
  --host <address>           address to listen on (default 127.0.0.1; loopback only unless --allow-remote)
  --allow-remote             allow a --host that is not a loopback address
  --seed <file.json>         extra users, tweets, follows and fixed credentials (see SeedData)
  --app-key <key>            fixed app (consumer) key
  --app-secret <secret>      fixed app (consumer) secret
  --oauth-token <token>      fixed access token of @emu_dev (with --oauth-token-secret)
  --oauth-token-secret <s>   fixed access token secret of @emu_dev
  --intercept                also run as an HTTPS proxy for api/upload/stream.twitter.com and print the
                             environment variables a bot needs (HTTPS_PROXY, NODE_EXTRA_CA_CERTS, ...)
  --json                     print one line of JSON (url, hosts, credentials, ...) instead of text
  -h, --help                 show this help`

/** Exits with one line on stderr. */
function fail(message: string, code = 1): never {
  process.stderr.write(`twython-emulator: ${message}\n`)
  process.exit(code)
}

let values: ReturnType<typeof parse>
function parse() {
  return parseArgs({
    strict: true,
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      'allow-remote': { type: 'boolean', default: false },
      seed: { type: 'string' },
      'app-key': { type: 'string' },
      'app-secret': { type: 'string' },
      'oauth-token': { type: 'string' },
      'oauth-token-secret': { type: 'string' },
      intercept: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  }).values
}
try {
  values = parse()
} catch (error) {
  fail(`${(error as Error).message} (see --help)`, 2)
}

if (values.help) {
  console.log(USAGE)
  process.exit(0)
}

const port = Number(values.port)
if (!/^\d+$/.test(values.port) || port > 65535) fail(`--port must be a port number, not ${values.port}`, 2)

/** Loopback only: the emulator has no TLS and gives full access to anyone who can reach it. */
function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase()
  if (bare === 'localhost') return true
  if (isIP(bare) === 4) return bare.startsWith('127.')
  return bare === '::1' || /^::ffff:127\./.test(bare)
}
if (!isLoopback(values.host) && !values['allow-remote']) fail(`--host ${values.host} is not a loopback address; the emulator has no TLS and no real accounts, so it listens on loopback unless you pass --allow-remote`, 2)

const fixed = {
  ...(values['app-key'] !== undefined ? { appKey: values['app-key'] } : {}),
  ...(values['app-secret'] !== undefined ? { appSecret: values['app-secret'] } : {}),
  ...(values['oauth-token'] !== undefined ? { oauthToken: values['oauth-token'] } : {}),
  ...(values['oauth-token-secret'] !== undefined ? { oauthTokenSecret: values['oauth-token-secret'] } : {}),
}
if (('oauthToken' in fixed) !== ('oauthTokenSecret' in fixed)) fail('--oauth-token and --oauth-token-secret go together', 2)

const options: StartEmulatorOptions = {
  port,
  host: values.host,
  ...(values.seed ? { seed: values.seed } : {}),
  ...(Object.keys(fixed).length > 0 ? { credentials: fixed } : {}),
}

let emu: Emulator
try {
  // The intercepting mode is an option of startEmulator that this file passes through untyped: its result
  // carries `proxyUrl` and `caCertPath` when the build has that mode, which is checked below.
  emu = await startEmulator(values.intercept ? ({ ...options, intercept: true } as StartEmulatorOptions) : options)
} catch (error) {
  const e = error as NodeJS.ErrnoException
  if (e.code === 'EADDRINUSE') fail(`port ${port} on ${values.host} is already in use; choose another with --port (0 picks a free one)`)
  if (e.code === 'EADDRNOTAVAIL') fail(`cannot listen on ${values.host}: no such address on this machine`)
  if (e.code === 'EACCES') fail(`not allowed to listen on port ${port} (ports below 1024 need privileges)`)
  if (e.code === 'ENOENT' && values.seed) fail(`seed file ${values.seed} not found`)
  if (error instanceof SyntaxError && values.seed) fail(`seed file ${values.seed} is not valid JSON: ${error.message}`)
  fail(String(e.message ?? error).split('\n')[0]!)
}

const intercept = emu as Emulator & { readonly proxyUrl?: string; readonly caCertPath?: string }
let env: Record<string, string> | undefined
if (values.intercept) {
  if (typeof intercept.proxyUrl !== 'string' || typeof intercept.caCertPath !== 'string') {
    await emu.close()
    fail('this build of the emulator has no intercepting mode (--intercept)')
  }
  env = { HTTPS_PROXY: intercept.proxyUrl, NODE_EXTRA_CA_CERTS: intercept.caCertPath, REQUESTS_CA_BUNDLE: intercept.caCertPath, SSL_CERT_FILE: intercept.caCertPath }
}

if (values.json) {
  const line = { url: emu.url, hosts: emu.hosts, credentials: emu.credentials, app: emu.app, oauth2: { confidential: emu.oauth2.confidentialClient, public: emu.oauth2.publicClient }, ...(env ? { proxyUrl: intercept.proxyUrl, caCertPath: intercept.caCertPath, env } : {}) }
  process.stdout.write(`${JSON.stringify(line)}\n`)
} else {
  console.log(`Twitter API v1.1 emulator listening on ${emu.url}`)
  console.log('Credentials (OAuth 1.0a, signed in as @emu_dev); pass them with hosts to new Twython(...):')
  console.log(JSON.stringify({ ...emu.credentials, hosts: emu.hosts }, null, 2))
  if (env) {
    console.log("Intercepting proxy: set these in the bot's environment (one per line):")
    for (const [name, value] of Object.entries(env)) console.log(`${name}=${value}`)
  }
  console.log(`Approve a request token: open ${emu.url}/oauth/authorize?oauth_token=... or POST ${emu.url}/_emulator/authorize with oauth_token=...`)
  console.log('OAuth 2.0 clients (PKCE): confidential and public; pass one with hosts to new Twython(...):')
  console.log(JSON.stringify({ confidential: emu.oauth2.confidentialClient, public: emu.oauth2.publicClient }, null, 2))
  console.log(`Approve an OAuth 2.0 authorization URL: POST ${emu.url}/_emulator/oauth2/authorize with url=...`)
  console.log('Press Ctrl-C to stop.')
}

let closing = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    void emu.close().then(() => process.exit(0))
  })
}
