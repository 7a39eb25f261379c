import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileTokenStore } from '../src/file-token-store.js'
import type { OAuth2Token } from '../src/oauth2/token.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'twython-token-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const token = (n: number): OAuth2Token => ({ accessToken: `ACCESS-${n}`, refreshToken: `REFRESH-${n}`, expiresAt: 1_700_000_000_000 + n, scopes: ['tweet.read', 'offline.access'], tokenType: 'bearer' })

describe('FileTokenStore', () => {
  it('reads nothing before the first write, then the last token written, from a file only the owner can read', async () => {
    const path = join(dir, 'token.json')
    const store = new FileTokenStore(path)
    await expect(store.get()).resolves.toBeUndefined()
    await Promise.all([store.set(token(1)), store.set(token(2)), store.set(token(3))])
    await expect(store.get()).resolves.toEqual(token(3))
    await expect(new FileTokenStore(path).get()).resolves.toEqual(token(3))
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600)
    // No temp file is left behind.
    expect(readdirSync(dir)).toEqual(['token.json'])
    // The absolute path names the user for the rate-limit budget, however the path was written.
    expect(store.id).toBe(`file:${path}`)
    expect(new FileTokenStore(join(dir, '.', 'token.json')).id).toBe(store.id)
  })

  it('reports a damaged file by its path, never its content, and refuses to store a non-token', async () => {
    const path = join(dir, 'token.json')
    writeFileSync(path, '{"accessToken":"LEAKED-SECRET",')
    const error = await new FileTokenStore(path).get().catch((e: unknown) => e)
    expect((error as Error).message).toBe(`The token file ${path} is not valid JSON.`)
    expect(inspect(error)).not.toContain('LEAKED-SECRET')
    writeFileSync(path, '{"accessToken":"LEAKED-SECRET"}')
    await expect(new FileTokenStore(path).get()).rejects.toThrow(/does not hold an OAuth2Token/)
    await expect(new FileTokenStore(path).set({ accessToken: 'x' } as OAuth2Token)).rejects.toThrow(/needs an OAuth2Token/)
  })

  it('keeps the token out of inspect and JSON', async () => {
    const store = new FileTokenStore(join(dir, 't.json'))
    await store.set(token(1))
    expect(inspect(store, { depth: 5, showHidden: true }) + JSON.stringify(store)).not.toMatch(/ACCESS-1|REFRESH-1/)
  })

  it('never leaves a torn file when the writing process is killed during writes (SIGKILL at 10 random moments)', async () => {
    const path = join(dir, 'token.json')
    const seen: number[] = []
    for (let run = 0; run < 10; run++) {
      rmSync(path, { force: true })
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures/file-store-writer.ts'), path], { stdio: ['ignore', 'pipe', 'inherit'] })
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40))
      child.kill('SIGKILL')
      await exited
      // Wherever the kill hit, the file holds one whole token, the one of the last completed write or the next.
      const stored = await new FileTokenStore(path).get()
      const index = Number(/^at-(\d+)-/.exec(stored!.accessToken)![1])
      expect(stored).toMatchObject({ refreshToken: `rt-${index}`, expiresAt: 1_000_000 + index, tokenType: 'bearer' })
      seen.push(index)
    }
    expect(seen).toHaveLength(10)
    // The killed writers' temp files (they hold tokens) go with the next write.
    await new FileTokenStore(path).set(token(1))
    expect(readdirSync(dir)).toEqual(['token.json'])
  }, 120_000)
})
