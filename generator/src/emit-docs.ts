/** Builds `packages/client/docs/`: one Markdown page per family and an index with the name table. */
import type { EndpointSpec, FamilySpec, Spec } from './spec-types.js'
import { paramType } from './type-expr.js'
import { authLine, exampleParams, httpLine, literal, pagingLine } from './tsdoc.js'
import { responseType } from './emit-endpoints.js'

const HEADER = '<!-- generated from spec/ by @twython/generator: do not edit -->\n'

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim()
}

function endpointSection(e: EndpointSpec): string {
  const example = exampleParams(e)
  const args = Object.keys(example).length ? literal(example) : ''
  const out = [`## \`${e.method}\``, '', `Twython: \`${e.name}\` · \`${httpLine(e)}\``, '', e.summary.trim()]
  if (e.description) out.push('', e.description.trim())
  if (e.deprecated) out.push('', `> **Deprecated.** ${e.deprecated.trim()}`)
  out.push('', authLine(e))
  const paging = pagingLine(e, `twitter.${e.method}`)
  if (paging) out.push('', paging)
  if (e.params.length) {
    out.push('', '| Parameter | Type | Required | Description |', '| --- | --- | --- | --- |')
    for (const p of e.params) out.push(`| \`${p.name}\` | \`${cell(paramType(p.type, p.enum))}\` | ${p.required ? 'yes' : 'no'} | ${cell(p.description)}${p.default !== undefined ? ` Default: \`${cell(String(p.default))}\`.` : ''} |`)
  } else out.push('', 'No parameters.')
  out.push('', `Returns \`${cell(responseType(e))}\`.`, '', '```ts', `const result = await twitter.${e.method}(${args})`, '```', '', `Reference: <${e.docs}>`)
  return out.join('\n')
}

export function familyPage(family: FamilySpec): string {
  const toc = family.endpoints.map((e) => `- [\`${e.method}\`](#${e.method.toLowerCase()}) — ${cell(e.summary)}`)
  return `${HEADER}# ${family.title}\n\n${family.description.trim()}\n\nGenerated from \`${family.file}\`. Import the methods one by one from \`@twython/client/${family.family}\`, or call them on a \`Twython\` instance.\n\n${toc.join('\n')}\n\n${family.endpoints.map(endpointSection).join('\n\n')}\n`
}

export function indexPage(spec: Spec): string {
  const all = spec.families.flatMap((f) => f.endpoints.map((e) => ({ f, e }))).sort((a, b) => a.e.name.localeCompare(b.e.name))
  const families = spec.families.map((f) => `| [${f.title}](./${f.family}.md) | \`@twython/client/${f.family}\` | ${f.endpoints.length} |`)
  const names = all.map(({ f, e }) => `| \`${e.name}\` | [\`${e.method}\`](./${f.family}.md#${e.method.toLowerCase()}) | \`${e.httpMethod} ${e.path}\` |`)
  return `${HEADER}# API reference\n\n${all.length} endpoint methods in ${spec.families.length} families.\n\n| Family | Subpath import | Methods |\n| --- | --- | --- |\n${families.join('\n')}\n\n## Twython names\n\nEvery Twython method name and the method that replaces it.\n\n| Twython | Method | HTTP |\n| --- | --- | --- |\n${names.join('\n')}\n`
}
