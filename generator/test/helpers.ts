import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSpec, readSchemas, type SpecSources } from '../src/load.js'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const fixtureRoot = join(dirname(fileURLToPath(import.meta.url)), 'fixture')
export const schemas = readSchemas(repoRoot)

/** The fixture spec's files, keyed as the loader keys them. */
export function fixtureSources(): Map<string, string> {
  const sources = new Map<string, string>()
  for (const dir of ['spec/endpoints', 'spec/models']) {
    for (const name of readdirSync(join(fixtureRoot, dir)).sort()) sources.set(`${dir}/${name}`, readFileSync(join(fixtureRoot, dir, name), 'utf8'))
  }
  return sources
}

export function load(sources: SpecSources) {
  return loadSpec(sources, schemas)
}
