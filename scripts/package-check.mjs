#!/usr/bin/env node
// Checks the packages as users get them: packs @twython/runtime, @twython/client, @twython/emulator and @twython/redis with pnpm (which
// rewrites workspace: ranges), installs the tarballs into a scratch project with npm, imports them as
// ESM and as CommonJS, type-checks a consumer under NodeNext and under Bundler resolution, and runs
// publint and @arethetypeswrong/cli on each tarball. Exits non-zero on any failure.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const scratch = mkdtempSync(join(tmpdir(), 'twython-pack-'))
const packs = join(scratch, 'packs')
mkdirSync(packs)

function run(cmd, args, cwd, options = {}) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options })
}
function step(name, fn) {
  process.stdout.write(`- ${name} ... `)
  try {
    const out = fn()
    console.log('ok')
    return out
  } catch (error) {
    console.log('FAILED')
    console.error(String(error.stdout ?? '') + String(error.stderr ?? '') || error.message)
    process.exitCode = 1
    throw error
  }
}

try {
  const pnpm = process.env.npm_execpath?.includes('pnpm') ? process.env.npm_execpath : join(root, '.tools', 'node_modules', '.bin', 'pnpm')
  for (const pkg of ['runtime', 'client', 'emulator', 'redis']) {
    step(`pack @twython/${pkg}`, () => run(pnpm.endsWith('.cjs') || pnpm.endsWith('.js') ? process.execPath : pnpm, [...(pnpm.endsWith('.cjs') || pnpm.endsWith('.js') ? [pnpm] : []), 'pack', '--pack-destination', packs], join(root, 'packages', pkg)))
  }
  const tarballs = readdirSync(packs).map((f) => join(packs, f))
  for (const tgz of tarballs) {
    step(`publint ${tgz.split('/').pop()}`, () => run(bin('publint'), ['run', tgz, '--strict'], root))
    step(`attw ${tgz.split('/').pop()}`, () => run(bin('attw'), [tgz, '--profile', 'node16', '--format', 'table-flipped'], root))
  }

  const app = join(scratch, 'app')
  mkdirSync(app)
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }))
  step('npm install the tarballs into a scratch project', () => run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, `typescript@${run(bin('tsc'), ['--version'], root).trim().split(' ').pop()}`, '@types/node@20'], app))

  writeFileSync(join(app, 'esm.mjs'), `
import { Twython, TwythonError, TwythonAuthError, TwythonRateLimitError, TWYTHON_NAMES } from '@twython/client'
import { createCore } from '@twython/client/core'
import { updateStatus, showStatusRoute } from '@twython/client/tweets'
import { getTweet, getTweetRoute } from '@twython/client/v2/tweets'
import { TwythonV2, searchRecentTweets } from '@twython/client/v2'
import operations from '@twython/client/v2/operations.json' with { type: 'json' }
if (typeof getTweet !== 'function' || typeof searchRecentTweets !== 'function' || typeof TwythonV2 !== 'function' || getTweetRoute.path !== '/2/tweets/{id}') throw new Error('missing v2 export')
if (operations.getPostsById?.method !== 'getTweet' || Object.keys(operations).length !== 171) throw new Error('bad operations.json')
if (typeof Twython !== 'function' || typeof updateStatus !== 'function' || typeof createCore !== 'function') throw new Error('missing export')
if (!(new TwythonAuthError('x') instanceof TwythonError) || !(new TwythonRateLimitError('x') instanceof TwythonError)) throw new Error('bad error classes')
if (TWYTHON_NAMES.update_status !== 'updateStatus' || showStatusRoute.path !== 'statuses/show/:id') throw new Error('bad tables')
if (Twython.constructApiUrl('https://api.twitter.com/1.1/search/tweets.json', { q: 'python', result_type: 'popular' }) !== 'https://api.twitter.com/1.1/search/tweets.json?q=python&result_type=popular') throw new Error('bad url')
const t = new Twython({ appKey: 'k', appSecret: 's' })
if (typeof t.updateStatus !== 'function' || typeof t.cursor !== 'function') throw new Error('bad instance')
// The installed packages end to end: a signed call to the installed emulator.
const { startEmulator } = await import('@twython/emulator')
const emu = await startEmulator()
try {
  const client = new Twython({ ...emu.credentials, hosts: emu.hosts })
  const me = await client.verifyCredentials()
  if (me.screen_name !== 'emu_dev') throw new Error('bad emulator answer')
  if (typeof client.v2.getTweet !== 'function') throw new Error('no twitter.v2')
  // The lean core (@twython/client/core) and the full one (@twython/client/full-core), one signed call each.
  const { verifyCredentials } = await import('@twython/client/account')
  const { Core } = await import('@twython/client/full-core')
  const lean = createCore({ ...emu.credentials, hosts: emu.hosts })
  if ((await verifyCredentials(lean)).screen_name !== 'emu_dev' || (await verifyCredentials(new Core({ ...emu.credentials, hosts: emu.hosts, clientArgs: { retry: 1 } }))).screen_name !== 'emu_dev') throw new Error('bad core answer')
  if ((await getTweet(lean, { id: (await client.updateStatus({ status: 'from the lean core' })).id_str })).data?.text !== 'from the lean core') throw new Error('bad v2 answer on the lean core')
  if (!(await Promise.resolve().then(() => createCore({ clientArgs: { retry: 1 } })).catch((e) => e) instanceof TwythonError)) throw new Error('the lean core took an option it cannot honour')
  // OAuth 2.0 with PKCE and the file store, from the installed tarballs.
  const { FileTokenStore } = await import('@twython/client/file-token-store')
  const { mkdtempSync, writeFileSync } = await import('node:fs')
  const dir = mkdtempSync((await import('node:os')).tmpdir() + '/pc-')
  const app = new Twython({ clientId: emu.app.clientId, clientSecret: emu.app.clientSecret, hosts: emu.hosts })
  const { url, codeVerifier } = app.getOAuth2AuthorizationUrl({ callbackUrl: 'http://127.0.0.1:1/cb', scopes: ['tweet.read', 'users.read', 'offline.access'] })
  const store = new FileTokenStore(dir + '/token.json')
  await store.set(await app.getOAuth2Token({ code: emu.oauth2.approve(url).code, codeVerifier, callbackUrl: 'http://127.0.0.1:1/cb' }))
  const user = new Twython({ clientId: emu.app.clientId, clientSecret: emu.app.clientSecret, tokenStore: store, hosts: emu.hosts })
  if ((await user.get(emu.url + '/2/users/me')).data.username !== 'emu_dev') throw new Error('bad OAuth 2.0 answer')
  writeFileSync(dir + '/bad.json', '{')
  const bad = await new FileTokenStore(dir + '/bad.json').get().catch((e) => e)
  if (!(bad instanceof TwythonError)) throw new Error('FileTokenStore errors are not the TwythonError of @twython/client')
  ;(await import('node:fs')).rmSync(dir, { recursive: true, force: true })
} finally {
  await emu.close()
}
const { RedisRateLimitStore, RedisTokenStore } = await import('@twython/redis')
const { MemoryRateLimitStore } = await import('@twython/client')
// Constructing connects nothing: the connection opens on the first command.
const rl = new RedisRateLimitStore({ url: 'redis://127.0.0.1:1' })
const ts = new RedisTokenStore({ url: 'redis://127.0.0.1:1', key: 'twython:oauth2:x' })
if (typeof rl.reserve !== 'function' || typeof ts.withLock !== 'function' || typeof new MemoryRateLimitStore().reserve !== 'function') throw new Error('bad redis exports')
await rl.close()
await ts.close()
console.log('esm ok')
`)
  writeFileSync(join(app, 'cjs.cjs'), `
const { Twython, TwythonError } = require('@twython/client')
const { getUserTimeline } = require('@twython/client/tweets')
const { createCore } = require('@twython/client/core')
const { Core } = require('@twython/client/full-core')
if (typeof Core !== 'function' || !(createCore({}) instanceof require('@twython/runtime/base-core').BaseCore)) throw new Error('missing core export (cjs)')
const { getMe } = require('@twython/client/v2/users')
if (require('@twython/client/v2/operations.json').getUsersMe.method !== 'getMe' || typeof getMe !== 'function') throw new Error('missing v2 export (cjs)')
const { FileTokenStore } = require('@twython/client/file-token-store')
if (typeof FileTokenStore !== 'function' || typeof new Twython({ clientId: 'c' }).getOAuth2AuthorizationUrl !== 'function') throw new Error('missing OAuth 2.0 export')
if (typeof Twython !== 'function' || typeof getUserTimeline !== 'function' || typeof createCore !== 'function') throw new Error('missing export')
const t = new Twython({ appKey: 'k', appSecret: 's' })
if (typeof t.showStatus !== 'function' || !(new TwythonError('x') instanceof Error)) throw new Error('bad instance')
const { startEmulator } = require('@twython/emulator')
startEmulator().then(async (emu) => {
  try {
    const tweet = await new Twython({ ...emu.credentials, hosts: emu.hosts }).updateStatus({ status: 'from cjs' })
    if (!/^\\d+$/.test(tweet.id_str)) throw new Error('bad tweet')
    const bad = require('node:path').join(require('node:os').tmpdir(), 'pc-bad-' + process.pid + '.json')
    require('node:fs').writeFileSync(bad, '{')
    const error = await new FileTokenStore(bad).get().catch((e) => e)
    require('node:fs').rmSync(bad)
    if (!(error instanceof TwythonError)) throw new Error('FileTokenStore errors are not the TwythonError of @twython/client (CJS)')
  } finally {
    await emu.close()
  }
  const { RedisRateLimitStore } = require('@twython/redis')
  if (typeof new RedisRateLimitStore({ url: 'redis://127.0.0.1:1' }).reserve !== 'function') throw new Error('bad redis cjs export')
  console.log('cjs ok')
}).catch((e) => { console.error(e); process.exit(1) })
`)
  step('import as ESM', () => run(process.execPath, ['esm.mjs'], app))
  step('require as CommonJS', () => run(process.execPath, ['cjs.cjs'], app))

  // A program whose dependencies load both builds: each build's error classes must recognise the other's.
  writeFileSync(join(app, 'dual.mjs'), `
import { createRequire } from 'node:module'
import * as esm from '@twython/client'
import * as esmRuntime from '@twython/runtime'
const cjs = createRequire(import.meta.url)('@twython/client')
if (esm.TwythonError === cjs.TwythonError) throw new Error('expected two copies of the classes, one per build')
for (const [a, b] of [[esm, cjs], [cjs, esm], [esmRuntime, cjs]]) {
  const auth = new a.TwythonAuthError('x', { status: 401 })
  if (!(auth instanceof b.TwythonError) || !(auth instanceof b.TwythonAuthError)) throw new Error('TwythonAuthError is not instanceof the other build')
  if (auth instanceof b.TwythonRateLimitError || auth instanceof b.TwythonStreamError) throw new Error('subclasses do not discriminate across builds')
  if (!(new a.TwythonRateLimitError('x') instanceof b.TwythonRateLimitError)) throw new Error('TwythonRateLimitError is not instanceof the other build')
  if (new a.TwythonError('x') instanceof b.TwythonAuthError) throw new Error('a base error passed for a subclass')
}
console.log('dual ok')
`)
  step('errors are instanceof across the ESM and CommonJS builds', () => run(process.execPath, ['dual.mjs'], app))

  writeFileSync(join(app, 'consumer.ts'), `
import { Twython, TwythonError, type Tweet } from '@twython/client'
import { updateStatus } from '@twython/client/tweets'
import { createCore, type BaseCore } from '@twython/client/core'
import { Core } from '@twython/client/full-core'
import { FileTokenStore } from '@twython/client/file-token-store'
export const cores: BaseCore[] = [createCore({}), new Core({ rateLimit: { wait: true } })]
import type { OAuth2Token, TokenStore } from '@twython/client'
export async function oauth2(): Promise<OAuth2Token> {
  const store: TokenStore = new FileTokenStore('token.json')
  const app = new Twython({ clientId: 'c' })
  const { codeVerifier } = app.getOAuth2AuthorizationUrl({ callbackUrl: 'http://127.0.0.1:1/cb', scopes: ['tweet.read'] })
  const token = await app.getOAuth2Token({ code: 'x', codeVerifier, callbackUrl: 'http://127.0.0.1:1/cb' })
  await store.set(token)
  return new Twython({ clientId: 'c', tokenStore: store }).refreshOAuth2Token()
}
import { getTweet } from '@twython/client/v2/tweets'
import type { v2 } from '@twython/client'
export async function v2calls(): Promise<string> {
  const twitter = new Twython({ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'ts' })
  const { data } = await twitter.v2.getTweet({ id: '20', 'post.fields': ['created_at'] })
  const viaFunction: v2.GetTweetResponse<'lang'> = await getTweet(createCore({}), { id: '20', 'post.fields': ['lang'] })
  // @ts-expect-error: not a field of a tweet
  await twitter.v2.getTweet({ id: '20', 'post.fields': ['nope'] })
  return (data?.created_at ?? '') + (viaFunction.data?.lang ?? '')
}
import { RedisRateLimitStore, RedisTokenStore, type OAuth2Token as RedisOAuth2Token } from '@twython/redis'
export async function shared(): Promise<number | undefined> {
  const twitter = new Twython({ appKey: 'k', appSecret: 's', rateLimit: { wait: true, maxWaitMs: 60_000, store: new RedisRateLimitStore({ url: 'redis://localhost:6379' }) } })
  const token: RedisOAuth2Token | undefined = await new RedisTokenStore({ url: 'redis://localhost:6379', key: 'k' }).withLock(async () => undefined)
  void token
  return (await twitter.rateLimits.get(twitter.getUserTimeline))?.remaining
}
export async function main(): Promise<string> {
  const twitter = new Twython({ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'ts' })
  const tweet: Tweet = await twitter.updateStatus({ status: 'hi' })
  await updateStatus(createCore({}), { status: 'x' })
  for await (const user of twitter.cursor(twitter.getFollowersList, { screen_name: 'x' })) console.log(user.screen_name)
  // @ts-expect-error: unknown parameter
  await twitter.updateStatus({ status: 'x', nope: 1 })
  try { await twitter.verifyCredentials() } catch (e) { if (e instanceof TwythonError) console.log(e.status) }
  return tweet.id_str
}
`)
  for (const [name, options] of [
    ['NodeNext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
    ['Bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
  ]) {
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...options, target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] }, files: ['consumer.ts'] }))
    step(`type-check a consumer (${name})`, () => run(process.execPath, [join(app, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], app))
  }
  console.log('package check passed')
} catch {
  process.exitCode = 1
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
