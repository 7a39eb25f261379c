import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generate } from '../src/generate.js'
import { loadSpec, readSchemas, readSpecSources } from '../src/load.js'
import { fixtureRoot, fixtureSources, load, repoRoot } from './helpers.js'

const goldenDir = join(fixtureRoot, 'golden')

describe('generator output for the fixture spec', () => {
  const files = generate(load(fixtureSources()))

  it('emits the expected set of files', () => {
    expect([...files.keys()]).toEqual([
      'packages/client/docs/README.md',
      'packages/client/docs/statuses.md',
      'packages/client/src/generated/index.ts',
      'packages/client/src/generated/models/index.ts',
      'packages/client/src/generated/models/tweets.ts',
      'packages/client/src/generated/models/users.ts',
      'packages/client/src/generated/README.md',
      'packages/client/src/generated/statuses.ts',
      'packages/client/src/generated/twython-endpoints.ts',
      'packages/client/src/generated/twython-names.ts',
      'packages/emulator/src/generated/routes.ts',
    ])
  })

  // Scenario test: the fixture spec paired with the exact code it must produce. Set UPDATE_GOLDEN=1 to
  // rewrite the golden files after an intended change, then review the diff.
  it.each([...files.keys()])('%s matches its golden file', (path) => {
    const golden = join(goldenDir, path.replace(/\//g, '__'))
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(dirname(golden), { recursive: true })
      writeFileSync(golden, files.get(path)!)
    }
    expect(files.get(path)).toBe(readFileSync(golden, 'utf8'))
  })

  it('heads every TypeScript file with the do-not-edit line naming its spec source', () => {
    for (const [path, text] of files) {
      if (path.endsWith('.ts')) expect(text.split('\n')[0]).toMatch(/^\/\/ generated from spec\/\S* by @twython\/generator: do not edit$/)
    }
  })

  it('has no golden file left over', () => {
    expect(readdirSync(goldenDir).sort()).toEqual([...files.keys()].map((p) => p.replace(/\//g, '__')).sort())
  })
})

describe('the real spec', () => {
  const load = () => loadSpec(readSpecSources(repoRoot), readSchemas(repoRoot))

  it('covers every Twython 3.4.0 endpoint method, including the six the seed lost', () => {
    const names = load().families.flatMap((f) => f.endpoints.map((e) => e.name))
    expect(names).toHaveLength(100)
    for (const lost of ['create_saved_search', 'destroy_saved_search', 'show_saved_search', 'get_available_trends', 'get_closest_trends', 'get_place_trends']) expect(names).toContain(lost)
  })

  it('is deterministic: two runs give byte-identical output', () => {
    const a = generate(load())
    const b = generate(load())
    expect([...a.keys()]).toEqual([...b.keys()])
    for (const [path, text] of a) expect(b.get(path)).toBe(text)
  })

  it('puts invalidate_token at oauth2/invalidate_token without version or .json', () => {
    const e = load().families.flatMap((f) => f.endpoints).find((x) => x.name === 'invalidate_token')!
    expect([e.httpMethod, e.path, e.versioned, e.auth]).toEqual(['POST', 'oauth2/invalidate_token', false, 'app'])
  })
})
