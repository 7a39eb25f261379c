/**
 * `npm run spec:drift -- <path to an X API v2 OpenAPI document>`: prints every difference between spec/v2
 * and the document, and exits 1 when there is any (0 when they agree, 2 when the document cannot be read).
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SpecError } from '../load.js'
import { compareSpec, formatDifferences } from './drift.js'
import { loadV2Spec, readV2Schemas, readV2Sources } from './load.js'
import { readOpenApi } from './openapi.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const source = process.argv[2]
if (!source) {
  console.error('usage: npm run spec:drift -- <path to an X API v2 OpenAPI document (JSON)>')
  process.exit(2)
}
let facts
try {
  facts = readOpenApi(JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), source), 'utf8')))
} catch (error) {
  console.error(`spec:drift: cannot read ${source}: ${(error as Error).message}`)
  process.exit(2)
}
let spec
try {
  spec = loadV2Spec(readV2Sources(root), readV2Schemas(root))
} catch (error) {
  if (error instanceof SpecError) {
    console.error(error.message)
    process.exit(2)
  }
  throw error
}
const differences = compareSpec(spec, facts)
const ops = spec.families.reduce((n, f) => n + f.operations.length, 0)
if (differences.length === 0) {
  console.log(`spec:drift: spec/v2 (${ops} operations) matches X API ${facts.version} (${facts.operations.length} operations): no differences.`)
} else {
  console.log(formatDifferences(differences))
  const touched = new Set(differences.map((d) => d.operation)).size
  console.log(`\nspec:drift: ${differences.length} differences in ${touched} operations between spec/v2 and X API ${facts.version}.`)
  // exitCode, not exit(): a pipe gets the whole report before the process ends.
  process.exitCode = 1
}
