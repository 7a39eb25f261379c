/**
 * The generator: spec in, files out. Pure (no disk access) so tests can run it on fixture specs;
 * deterministic (sorted inputs, no timestamps) so a second run changes no byte.
 */
import { IndentationText, Project, QuoteKind, ts, type SourceFile, type StatementStructures } from 'ts-morph'
import type { Spec } from './spec-types.js'
import { buildModelModule } from './emit-models.js'
import { buildFamilyModule } from './emit-endpoints.js'
import { buildEndpointsClass, buildNamesTable, familyAlias } from './emit-class.js'
import { familyPage, indexPage } from './emit-docs.js'
import { docContext } from './tsdoc.js'
import { buildEmulatorRoutes } from './emit-emulator.js'

export const CLIENT_GENERATED = 'packages/client/src/generated'
export const CLIENT_DOCS = 'packages/client/docs'
export const EMULATOR_GENERATED = 'packages/emulator/src/generated'

const GENERATOR = '@twython/generator'

export function header(from: string): string {
  return `// generated from ${from} by ${GENERATOR}: do not edit\n`
}

/** A ts-morph project set up the way every generated file is written. */
export function createProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { quoteKind: QuoteKind.Single, indentationText: IndentationText.TwoSpaces, useTrailingCommas: true },
  })
}

/** Returns `emit(path, from, build)`: builds a source file, formats it and stores it in `out` with its header. */
export function createEmitter(project: Project, out: Map<string, string>): (path: string, from: string, build: (file: SourceFile) => void) => void {
  return (path, from, build) => {
    const file = project.createSourceFile(`/${path}`, '', { overwrite: true })
    build(file)
    file.formatText({ indentSize: 2, convertTabsToSpaces: true, semicolons: ts.SemicolonPreference.Remove, insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true })
    // One blank line before every top-level doc comment, as a person would write it.
    out.set(path, `${header(from)}\n${file.getFullText().replace(/([^\n])\n\/\*\*/g, '$1\n\n/**')}`)
  }
}

/** Generates every output file: path (relative to the repository root) -> content. */
export function generate(spec: Spec): Map<string, string> {
  const project = createProject()
  const out = new Map<string, string>()
  const emit = createEmitter(project, out)
  const ctx = docContext(spec)

  // Models, one module per spec/models file.
  const moduleOf = new Map(spec.models.map((m) => [m.name, m.module]))
  const modules = [...new Set(spec.models.map((m) => m.module))].sort()
  for (const module of modules) {
    const models = spec.models.filter((m) => m.module === module)
    const built = buildModelModule(models, moduleOf)
    emit(`${CLIENT_GENERATED}/models/${module}.ts`, models[0]!.file, (file) => {
      addModelImports(file, built.imports, './')
      file.addInterfaces(built.interfaces)
    })
  }
  emit(`${CLIENT_GENERATED}/models/index.ts`, 'spec/models/', (file) => {
    for (const module of modules) file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: `./${module}.js` })
  })

  // One module per endpoint family.
  for (const family of spec.families) {
    const built = buildFamilyModule(family, moduleOf, ctx)
    emit(`${CLIENT_GENERATED}/${family.family}.ts`, family.file, (file) => {
      const runtime = ['BaseCore', 'CallOptions', ...(built.usesFileInput ? ['FileInput'] : []), ...(built.usesPaging ? ['PAGINATION', 'Paging'] : []), 'Route']
      file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: '@twython/runtime', namedImports: runtime })
      if (built.usesCall) file.addImportDeclaration({ moduleSpecifier: '@twython/runtime/v1/call', namedImports: ['callV1'] })
      if (built.usesMultipart) file.addImportDeclaration({ moduleSpecifier: '@twython/runtime/multipart', namedImports: ['callWithFiles'] })
      addModelImports(file, built.modelImports, './models/')
      file.addStatements(built.statements)
    })
  }

  // The class every endpoint method lives on, and the tables.
  emit(`${CLIENT_GENERATED}/twython-endpoints.ts`, 'spec/endpoints/', (file) => {
    file.addImportDeclaration({ moduleSpecifier: '@twython/runtime', namedImports: ['registerRoutes'] })
    file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: '@twython/runtime', namedImports: ['CallOptions', 'Core'] })
    for (const family of spec.families) file.addImportDeclaration({ moduleSpecifier: `./${family.family}.js`, namespaceImport: familyAlias(family.family) })
    file.addStatements(buildEndpointsClass(spec.families, ctx))
  })
  emit(`${CLIENT_GENERATED}/twython-names.ts`, spec.interface ? 'spec/' : 'spec/endpoints/', (file) => file.addStatements(buildNamesTable(spec)))
  emit(`${CLIENT_GENERATED}/index.ts`, 'spec/', (file) => {
    for (const family of spec.families) file.addExportDeclaration({ moduleSpecifier: `./${family.family}.js` })
    file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './models/index.js' })
    file.addExportDeclaration({ moduleSpecifier: './twython-endpoints.js', namedExports: ['TwythonEndpoints'] })
    file.addExportDeclaration({ moduleSpecifier: './twython-names.js', namedExports: ['TWYTHON_INTERFACE', 'TWYTHON_NAMES', 'type TwythonInterfaceName'] })
  })

  // The emulator's copy of the route table.
  emit(`${EMULATOR_GENERATED}/routes.ts`, 'spec/endpoints/', (file) => file.addStatements(buildEmulatorRoutes(spec)))

  // Markdown reference.
  for (const family of spec.families) out.set(`${CLIENT_DOCS}/${family.family}.md`, familyPage(family, ctx))
  out.set(`${CLIENT_DOCS}/README.md`, indexPage(spec, ctx))
  out.set(`${CLIENT_GENERATED}/README.md`, `# Generated code: do not edit\n\nEverything in this folder is written by \`${GENERATOR}\` from \`spec/\`. Change the spec and run \`pnpm generate\`;\n\`pnpm generate --check\` (part of \`npm test\`) fails when these files differ from what the spec produces.\n`)
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)))
}

function addModelImports(file: SourceFile, imports: ReadonlyMap<string, ReadonlySet<string>>, prefix: string): void {
  for (const module of [...imports.keys()].sort()) {
    file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: `${prefix}${module}.js`, namedImports: [...imports.get(module)!].sort() })
  }
}

export type { StatementStructures }
