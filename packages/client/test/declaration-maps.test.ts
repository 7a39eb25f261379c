/**
 * Go-to-definition lands in the shipped sources: every built declaration file of @twython/client and
 * @twython/runtime points at a declaration map, and every map's sources are files under the package's
 * `src/`, which the package publishes (`files` in package.json). Runs on the build that `npm test` makes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const packages = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

describe.each(['client', 'runtime'])('@twython/%s declaration maps', (name) => {
  const dir = join(packages, name)
  const dist = join(dir, 'dist')
  const built = existsSync(dist)
  if (!built) console.log(`skipped: ${dist} is absent (run the build first; npm test does)`)

  it.skipIf(!built)('maps every .d.mts/.d.cts to sources inside the published src/', () => {
    const declarations = readdirSync(dist).filter((f) => /\.d\.[mc]ts$/.test(f))
    expect(declarations.length).toBeGreaterThan(1)
    const files = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { files: string[] }).files
    expect(files).toContain('src')
    const sources = new Set<string>()
    for (const file of declarations) {
      const text = readFileSync(join(dist, file), 'utf8')
      // A stub that only re-exports a shared chunk has nothing to map; every other file must point at its map.
      if (text.split('\n').every((line) => line === '' || /^(import|export) \{/.test(line))) continue
      expect(text, file).toMatch(new RegExp(`//# sourceMappingURL=${file.replace(/\./g, '\\.')}\\.map\\s*$`))
      const map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')) as { sources: string[] }
      for (const source of map.sources) {
        // The CommonJS runtime inlines ky's types (it bundles ky); those map to ky, not to our sources.
        if (source.includes('/node_modules/')) continue
        const abs = resolve(dist, source)
        expect(relative(dir, abs), `${file} -> ${source}`).toMatch(/^src\//)
        expect(existsSync(abs), `${file} -> ${source}`).toBe(true)
        sources.add(relative(dir, abs))
      }
    }
    expect(sources.size).toBeGreaterThan(3)
    if (name === 'client') expect(sources).toContain('src/twython.ts')
    if (name === 'runtime') expect(sources).toContain('src/core.ts')
  })
})

describe('@twython/client ES module declarations (dist/types, tsc emit)', () => {
  const dir = join(packages, 'client')
  const types = join(dir, 'dist', 'types')
  const built = existsSync(types)
  if (!built) console.log(`skipped: ${types} is absent (run the build first; npm test does)`)

  it.skipIf(!built)('maps every .d.ts to its own source under src/', () => {
    const declarations = (readdirSync(types, { recursive: true }) as string[]).filter((f) => f.endsWith('.d.ts'))
    expect(declarations).toEqual(expect.arrayContaining(['index.d.ts', join('generated', 'v2', 'twython-v2.d.ts')]))
    for (const file of declarations) {
      const text = readFileSync(join(types, file), 'utf8')
      const mapName = `${file.split(/[\\/]/).pop()}.map`
      expect(text, file).toMatch(new RegExp(`//# sourceMappingURL=${mapName.replace(/\./g, '\\.')}\\s*$`))
      const map = JSON.parse(readFileSync(join(types, dirname(file), mapName), 'utf8')) as { sources: string[] }
      expect(map.sources, file).toEqual([relative(join(types, dirname(file)), join(dir, 'src', file.replace(/\.d\.ts$/, '.ts'))).split('\\').join('/')])
      expect(existsSync(join(dir, 'src', file.replace(/\.d\.ts$/, '.ts'))), file).toBe(true)
    }
  })
})
