/**
 * What an editor shows: the TypeScript language service's quick info (hover) for generated endpoint
 * methods, read through the same API editors use. `@throws` must name the error class and the condition
 * (TypeScript parses `@throws {...}` as a type and shows a lone `{`), cross-references use TypeScript
 * names, and `@returns` says what comes back.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src')
const probe = join(src, '__hover_probe__.ts')
const probeText = `import { Twython } from './index.js'
declare const twitter: Twython
twitter.showStatus({ id: '2104934217937846609' })
twitter.getFollowersIds({ screen_name: 'twitterapi' })
`

let service: ts.LanguageService
beforeAll(() => {
  const options: ts.CompilerOptions = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, customConditions: ['source'], target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true, types: ['node'] }
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [probe],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => ts.ScriptSnapshot.fromString(file === probe ? probeText : ts.sys.readFile(file) ?? ''),
    getCurrentDirectory: () => src,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (file) => file === probe || ts.sys.fileExists(file),
    readFile: (file) => (file === probe ? probeText : ts.sys.readFile(file)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  }
  service = ts.createLanguageService(host, ts.createDocumentRegistry())
})

function hover(name: string): { documentation: string; tags: Map<string, string[]> } {
  const info = service.getQuickInfoAtPosition(probe, probeText.indexOf(`.${name}(`) + 1)!
  const tags = new Map<string, string[]>()
  for (const tag of info.tags ?? []) tags.set(tag.name, [...(tags.get(tag.name) ?? []), ts.displayPartsToString(tag.text)])
  return { documentation: ts.displayPartsToString(info.documentation), tags }
}

describe('hover on a generated method', () => {
  it('shows each @throws with the class name and when it is thrown', () => {
    const throws = hover('showStatus').tags.get('throws') ?? []
    expect(throws).toHaveLength(3)
    for (const text of throws) expect(text).toMatch(/^Twython(Auth|RateLimit)?Error (when|for) \w+/)
  })

  it('shows @returns as a sentence about the result', () => {
    expect(hover('showStatus').tags.get('returns')).toEqual([expect.stringMatching(/^`Tweet`: a Tweet with its author/)])
  })

  it('names other endpoints by their TypeScript names', () => {
    const { documentation } = hover('getFollowersIds')
    expect(documentation).toContain('`lookupUser`')
    expect(documentation).not.toContain('lookup_user')
  })

  it('shows the example with values from the emulator seed', () => {
    expect(hover('getFollowersIds').tags.get('example')?.join('\n')).toContain("screen_name: 'twitterapi'")
    expect(readFileSync(join(src, 'generated', 'friendships.ts'), 'utf8')).not.toMatch(/Tweepy|TheTweepyTester|evilpiper/)
  })
})
