/**
 * Every example in the generated docs works when pasted against `npm run emulator`: each endpoint's
 * `const result = await twitter.method({...})` line is read from packages/client/docs/, and its parameters
 * are sent as written to a freshly reset emulator (seeded world, @emu_dev signed in). The README's examples
 * name only accounts and ids that exist in that seed.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SPEC_ROUTES, startEmulator, type Emulator } from '@twython/emulator'
import { TWYTHON_NAMES, Twython } from '../src/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const docsDir = join(here, '..', 'docs')
const readme = readFileSync(join(here, '..', '..', '..', 'README.md'), 'utf8')

/** Parses a literal the generator wrote (single-quoted strings, arrays, objects): it is JavaScript. */
function evaluate(literal: string): Record<string, unknown> {
  return new Function(`return (${literal || '{}'})`)() as Record<string, unknown>
}

const examples: { method: string; params: Record<string, unknown>; page: string }[] = []
for (const page of readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  for (const m of readFileSync(join(docsDir, page), 'utf8').matchAll(/^const result = await twitter\.(\w+)\((.*)\)$/gm)) examples.push({ method: m[1]!, params: evaluate(m[2]!), page })
}

/** Parameters that name a file: the example shows a path; the test sends bytes (its cwd is not the reader's). */
const FILES = new Map<string, string[]>(SPEC_ROUTES.map((r) => [TWYTHON_NAMES[r.id as keyof typeof TWYTHON_NAMES] as string, Object.entries(r.params).filter(([, p]) => p.type === 'file').map(([n]) => n)]))
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f00000000049454e44ae426082', 'hex')

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator()
})
afterAll(() => emu.close())

describe('generated docs examples', () => {
  it('has one example per endpoint', () => {
    expect(examples.map((e) => e.method).sort()).toEqual(Object.values(TWYTHON_NAMES).sort())
  })

  it.each(examples.map((e) => [e.method, e] as const))('%s runs against the emulator as written', async (_name, { method, params }) => {
    emu.reset()
    const sent = { ...params }
    for (const name of FILES.get(method) ?? []) {
      if (sent[name] === undefined) continue
      expect(typeof sent[name], `${method}.${name} is a path in the example`).toBe('string')
      sent[name] = PNG
    }
    // invalidate_token revokes a bearer token, so the example's token must be a live one.
    const client = method === 'invalidateToken' ? new Twython({ ...emu.app, hosts: emu.hosts }) : new Twython({ ...emu.credentials, hosts: emu.hosts })
    if (method === 'invalidateToken') sent.access_token = await new Twython({ ...emu.app, oauthVersion: 2, hosts: emu.hosts }).obtainAccessToken()
    const fn = (client as unknown as Record<string, (p: object) => Promise<unknown>>)[method]!
    await expect(fn.call(client, sent)).resolves.not.toThrow()
  })
})

describe('README', () => {
  it('names only accounts that exist in the seed', () => {
    const names = new Set([...readme.matchAll(/screen_name: '(\w+)'/g)].map((m) => m[1]!))
    expect(names.size).toBeGreaterThan(0)
    for (const name of names) expect(emu.state.userByName(name), `@${name}`).toBeDefined()
  })

  it('uses only tweet and user ids that exist in the seed', () => {
    emu.reset()
    const ids = [...readme.matchAll(/\b(?:id|user_id|in_reply_to_status_id): '(\d+)'/g)].map((m) => m[1]!)
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(emu.state.tweets.has(id) || emu.state.users.has(id), id).toBe(true)
  })
})
