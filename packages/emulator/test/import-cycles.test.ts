/**
 * No module of the emulator's sources imports itself through others (issue 11, item 4): a cycle makes the
 * load order decide which binding is still undefined, and hides which layer depends on which. Type-only
 * imports and re-exports count too, as they tie the modules' declarations together all the same.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = join(import.meta.dirname, '..', 'src')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
}

/** Each source file and the source files it imports or re-exports from (relative specifiers only). */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files)
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    const targets = importedFiles
      .map((f) => f.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')))
      .map((target) => (known.has(target) ? target : known.has(join(target, 'index.ts')) ? join(target, 'index.ts') : target))
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** Every cycle found by a depth-first search, each as the list of files from its first file back to it. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (file: string): void => {
    state.set(file, 'open')
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of graph.keys()) if (!state.has(file)) visit(file)
  return cycles
}

describe('import cycles', () => {
  it('finds a cycle when there is one (the check itself)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ])
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']])
    expect(findCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([])
  })

  it('packages/emulator/src has none', () => {
    const files = sources(SRC)
    expect(files.length).toBeGreaterThan(20)
    const graph = importGraph(files)
    // Every relative import resolves to a source file, so no edge is silently dropped.
    for (const [file, targets] of graph) for (const target of targets) expect(files, `${relative(SRC, file)} imports ${relative(SRC, target)}`).toContain(target)
    const cycles = findCycles(graph).map((cycle) => cycle.map((f) => relative(SRC, f)).join(' -> '))
    expect(cycles).toEqual([])
  })
})
