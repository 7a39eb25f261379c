/**
 * The Twython-name table names things that exist: every `ref` of TWYTHON_INTERFACE (from
 * spec/interface.yaml) is resolved with the TypeScript checker against the package's own entry point, so a
 * renamed option, method or error attribute fails here instead of leaving a stale row in the docs.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { expect, it } from 'vitest'
import { TWYTHON_INTERFACE, TWYTHON_NAMES, Twython } from '../src/index.js'

const entry = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'index.ts')

it('resolves every ref of the interface table to an export, member or static of @twython/client', () => {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    customConditions: ['source'],
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
  })
  const checker = program.getTypeChecker()
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!
  const exports = new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s]))
  const resolve = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s)

  const missing: string[] = []
  const refs = TWYTHON_INTERFACE.filter((row) => row.ref).map((row) => row.ref!)
  for (const ref of refs) {
    const [, name, sep, member] = /^([A-Za-z0-9]+)(?:([#.])(\w+))?$/.exec(ref)!
    const exported = exports.get(name!)
    if (!exported) {
      missing.push(`${ref}: no export ${name}`)
      continue
    }
    if (!member) continue
    const symbol = resolve(exported)
    const type = sep === '#' ? checker.getDeclaredTypeOfSymbol(symbol) : checker.getTypeOfSymbol(symbol)
    if (!checker.getPropertyOfType(type, member)) missing.push(`${ref}: ${name} has no ${sep === '#' ? 'member' : 'static'} ${member}`)
  }
  expect(missing).toEqual([])
  expect(refs.length).toBeGreaterThanOrEqual(40)
}, 60_000)

it('lists the non-endpoint Twython methods next to the endpoint methods, which stay callable by their table name', () => {
  const twython = new Set(TWYTHON_INTERFACE.map((row) => row.twython))
  for (const name of ['upload_video', 'obtain_access_token', 'get_lastfunction_header', 'html_for_tweet', 'construct_api_url', 'cursor', 'on_success', 'error_code', 'retry_after', 'msg']) expect(twython, name).toContain(name)
  const twitter = new Twython({})
  for (const method of Object.values(TWYTHON_NAMES)) expect(typeof (twitter as unknown as Record<string, unknown>)[method], method).toBe('function')
})
