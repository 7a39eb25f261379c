/** Builds `packages/client/docs/`: one Markdown page per family and an index with the name table. */
import type { EndpointSpec, FamilySpec, Spec } from './spec-types.js'
import { paramType } from './type-expr.js'
import { authLine, exampleParams, httpLine, literal, pagingLine, returnsSentence, tsNames, type DocContext } from './tsdoc.js'
import { responseType } from './emit-endpoints.js'

const HEADER = '<!-- generated from spec/ by @twython/generator: do not edit -->\n'

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim()
}

/** A link to an endpoint's section, from any page of the reference. */
function endpointLink(e: EndpointSpec): string {
  return `[\`${e.method}\`](./${e.family}.md#${e.method.toLowerCase()})`
}

function endpointSection(e: EndpointSpec, ctx: DocContext): string {
  const md = (text: string) => tsNames(text, ctx, endpointLink)
  const example = exampleParams(e)
  const args = Object.keys(example).length ? literal(example) : ''
  const out = [`## \`${e.method}\``, '', `Twython: \`${e.name}\` · \`${httpLine(e)}\``, '', md(e.summary.trim())]
  if (e.description) out.push('', md(e.description.trim()))
  if (e.deprecated) out.push('', `> **Deprecated.** ${md(e.deprecated.trim())}`)
  out.push('', authLine(e))
  const paging = pagingLine(e, `twitter.${e.method}`)
  if (paging) out.push('', paging)
  if (e.params.length) {
    out.push('', '| Parameter | Type | Required | Description |', '| --- | --- | --- | --- |')
    for (const p of e.params) out.push(`| \`${p.name}\` | \`${cell(paramType(p.type, p.enum))}\` | ${p.required ? 'yes' : 'no'} | ${cell(md(p.description))}${p.default !== undefined ? ` Default: \`${cell(String(p.default))}\`.` : ''} |`)
  } else out.push('', 'No parameters.')
  const returns = md(returnsSentence(e, ctx))
  out.push('', returns.startsWith('`') ? `Returns ${returns}` : `Returns \`${cell(responseType(e))}\`: ${returns}`)
  if (e.returnsStringIds) out.push(`With \`stringify_ids: true\` the type narrows to \`${cell(e.typeStem)}StringIdsResponse\` (every id a string).`)
  out.push('', '```ts', `const result = await twitter.${e.method}(${args})`, '```', '', `Reference: <${e.docs}>`)
  return out.join('\n')
}

export function familyPage(family: FamilySpec, ctx: DocContext): string {
  const toc = family.endpoints.map((e) => `- [\`${e.method}\`](#${e.method.toLowerCase()}) — ${cell(tsNames(e.summary, ctx))}`)
  return `${HEADER}# ${family.title}\n\n${tsNames(family.description.trim(), ctx, endpointLink)}\n\nGenerated from \`${family.file}\`. Import the methods one by one from \`@twython/client/${family.family}\`, or call them on a \`Twython\` instance.\n\n${toc.join('\n')}\n\n${family.endpoints.map((e) => endpointSection(e, ctx)).join('\n\n')}\n`
}

/** The rows of spec/interface.yaml, one table per section. */
function interfaceTables(spec: Spec, ctx: DocContext): string {
  if (!spec.interface) return ''
  const sections = spec.interface.sections.map((s) => {
    const rows = s.entries.map((e) => `| \`${cell(e.twython)}\` | \`${cell(e.typescript)}\` | ${cell(tsNames(e.note ?? '', ctx, endpointLink))} |`)
    return `### ${s.title}\n\n${s.description ? `${tsNames(s.description.trim(), ctx, endpointLink)}\n\n` : ''}| Twython | TypeScript | Notes |\n| --- | --- | --- |\n${rows.join('\n')}\n`
  })
  return `\n## The rest of the interface\n\nGenerated from \`${spec.interface.file}\`. What differs on purpose, and why, is in [differences from Twython](../../../docs/differences-from-twython.md).\n\n${sections.join('\n')}`
}

export function indexPage(spec: Spec, ctx: DocContext): string {
  const all = spec.families.flatMap((f) => f.endpoints.map((e) => ({ f, e }))).sort((a, b) => a.e.name.localeCompare(b.e.name))
  const families = spec.families.map((f) => `| [${f.title}](./${f.family}.md) | \`@twython/client/${f.family}\` | ${f.endpoints.length} |`)
  const names = all.map(({ e }) => `| \`${e.name}\` | ${endpointLink(e)} | \`${e.httpMethod} ${e.path}\` |`)
  return `${HEADER}# API reference\n\n${all.length} endpoint methods in ${spec.families.length} families.\n\n| Family | Subpath import | Methods |\n| --- | --- | --- |\n${families.join('\n')}\n\n## Twython names\n\nEvery Twython name and what replaces it: the endpoint methods first, then the rest of the interface (flows, helpers, streaming, errors, client_args).\n\n### Endpoint methods\n\n| Twython | Method | HTTP |\n| --- | --- | --- |\n${names.join('\n')}\n${interfaceTables(spec, ctx)}`
}
