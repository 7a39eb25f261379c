/** Markdown reference for v2: one page per family and an index with the operationId table and the auth matrix. */
import { literal } from '../tsdoc.js'
import { v2AuthLine, v2ExampleParams, v2RateLine, type V2Context } from './emit-operations.js'
import type { V2FamilySpec, V2OperationSpec, V2Spec } from './spec-types.js'

const HEADER = '<!-- generated from spec/v2/ by @twython/generator: do not edit -->\n\n'

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim()
}

function anchor(method: string): string {
  return method.toLowerCase()
}

export function v2FamilyPage(family: V2FamilySpec, ctx: V2Context): string {
  const lines: string[] = [`${HEADER}# ${family.title} (X API v2)`, '', family.description.trim(), '']
  lines.push('| method | X operation | HTTP |', '| --- | --- | --- |')
  for (const op of family.operations) lines.push(`| [\`${op.method}\`](#${anchor(op.method)}) | \`${op.operationId}\` | \`${op.httpMethod} ${op.path}\` |`)
  lines.push('')
  for (const op of family.operations) lines.push(...operationSection(op, ctx))
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
}

function operationSection(op: V2OperationSpec, ctx: V2Context): string[] {
  const fields = op.body ? ctx.bodyFields(op.body.model) : []
  const lines = [`## ${op.method}`, '', op.summary.trim(), '']
  if (op.description) lines.push(op.description.trim(), '')
  lines.push(`\`${op.httpMethod} https://api.x.com${op.path}\` · X operation \`${op.operationId}\` · [X's reference](${op.docs})`, '')
  lines.push(v2AuthLine(op), '')
  const rate = v2RateLine(op)
  if (rate) lines.push(rate, '')
  if (op.paginate) lines.push(`Paginated: \`cursor()\` follows \`meta.next_token\` through \`${op.paginate.token}\`${op.paginate.maxResults ? ` (\`max_results\` ${op.paginate.maxResults[0]}–${op.paginate.maxResults[1]})` : ''}.`, '')
  if (op.stream) lines.push('Streaming: the method returns an async iterable of messages, stopped with an `AbortSignal`.', '')
  if (op.params.length || fields.length) {
    lines.push('| parameter | in | type | required | description |', '| --- | --- | --- | --- | --- |')
    for (const p of op.params) lines.push(`| \`${p.name}\` | ${p.in} | \`${p.type}\`${p.enum ? ` (${p.enum.length} values)` : ''} | ${p.required ? 'yes' : ''} | ${cell(p.description)} |`)
    for (const f of fields) lines.push(`| \`${f.name}\` | body | \`${f.type}\` | ${f.required ? 'yes' : ''} | ${cell(f.description ?? `Field of \`${op.body!.model}\`.`)} |`)
    lines.push('')
  }
  lines.push(`Returns: ${op.returns === 'empty' ? 'nothing (an empty body)' : `\`${op.returns}\``}.`, '')
  const example = v2ExampleParams(op, fields.filter((f) => f.required))
  const args = Object.keys(example).length ? literal(example) : ''
  lines.push('```ts', op.stream ? `for await (const message of twitter.v2.${op.method}(${args || '{}'}, { signal })) console.log(message)` : `const result = await twitter.v2.${op.method}(${args})`, '```', '')
  return lines
}

export function v2IndexPage(spec: V2Spec): string {
  const ops = spec.families.flatMap((f) => f.operations)
  const lines: string[] = [
    `${HEADER}# X API v2 reference`,
    '',
    `Every operation of X API v2 as a method of \`twitter.v2\` (${ops.length} operations in ${spec.families.length} families). Method names are ours and say *tweet* throughout (X's paths say tweets; its objects and newer parameters say post); parameters keep X's wire names (\`post.fields\`, \`max_results\`).`,
    '',
    '## Families',
    '',
    ...spec.families.map((f) => `- [${f.title}](${f.family}.md): ${f.operations.length} operations`),
    '',
    '## Auth matrix',
    '',
    'Which credentials reach which operations: OAuth 1.0a user context (`appKey`, `appSecret`, `oauthToken`, `oauthTokenSecret`), an OAuth 2.0 user token (with the scopes listed), and an app-only bearer token (`accessToken`). A call the client\'s credentials cannot make fails before it is sent.',
    '',
    '| method | OAuth 1.0a user | OAuth 2.0 user (scopes) | app-only bearer |',
    '| --- | --- | --- | --- |',
  ]
  for (const op of [...ops].sort((a, b) => a.method.localeCompare(b.method))) {
    const o2 = op.security.find((s) => s.scheme === 'oauth2_user')
    lines.push(`| [\`${op.method}\`](${op.family}.md#${anchor(op.method)}) | ${op.security.some((s) => s.scheme === 'oauth1_user') ? 'yes' : ''} | ${o2 ? (o2.scopes.length ? o2.scopes.map((s) => `\`${s}\``).join(' ') : 'yes') : ''} | ${op.security.some((s) => s.scheme === 'bearer') ? 'yes' : ''}${op.security.length === 0 ? ' (no auth needed)' : ''} |`)
  }
  lines.push('', '## X operationId to method', '', '| X operationId | method | HTTP |', '| --- | --- | --- |')
  for (const op of [...ops].sort((a, b) => a.operationId.localeCompare(b.operationId))) lines.push(`| \`${op.operationId}\` | [\`${op.method}\`](${op.family}.md#${anchor(op.method)}) | \`${op.httpMethod} ${op.path}\` |`)
  lines.push('', 'The same table as data: `@twython/client/v2/operations.json`.', '')
  return lines.join('\n')
}
