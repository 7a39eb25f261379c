/**
 * The closing notes of docs/benchmarks.md: for each missed target, what bounds it, worked out from the
 * figures of the same run (so the explanation cannot drift from the numbers beside it).
 */
import type { RestResult } from './rest.js'
import type { SizeResult } from './size.js'
import type { TypecheckResult } from './typecheck.js'

const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? 'n/a' : `${n.toFixed(3)} ms`)

export function restNote(rest: RestResult): string {
  const cpu = (name: string) => rest.figures[name]?.seqCpu.median ?? Number.NaN
  const floor = cpu('node:http (fixed header)')
  const nodeFetch = cpu('node:http fetch + oauth-sign')
  const kyNode = cpu('ky + node:http fetch + oauth-sign')
  const kyUndici = cpu('ky + oauth-sign')
  const ours = cpu('ours (node:http fetch)')
  const peer = cpu('twitter-api-v2')
  return [
    '**REST CPU per request.** Sequential medians of this run, each layer measured on its own:',
    `node:http with a fixed header ${ms(floor)}; + OAuth signing, a WHATWG Request/Response and our node:http fetch ${ms(nodeFetch)};`,
    `+ ky on top ${ms(kyNode)} (ky's own cost ≈ ${ms(kyNode - nodeFetch)}: a \`Request\` built and cloned per call, options deep-merged, an AbortController and a timer for the timeout);`,
    `the same with undici's fetch ${ms(kyUndici)} (undici's fetch ≈ ${ms(kyUndici - kyNode)} more than ours); ours end to end ${ms(ours)}; twitter-api-v2 ${ms(peer)}.`,
    `twitter-api-v2 calls \`https.request\` directly with plain objects. Everything a ky-based client adds over bare node:http (ky plus the`,
    `WHATWG fetch layer and signing: ${ms(kyNode - floor)}) ${kyNode - floor > ours - peer ? 'is more than' : 'accounts for most of'} our gap to twitter-api-v2 (${ms(ours - peer)}).`,
    'Keeping ky (a requirement of the design) bounds this target; the node:http fetch is the largest saving available inside that',
    'constraint. On a real network a request takes tens of milliseconds, so the difference is CPU headroom, not latency.',
  ].join('\n')
}

export function sizeNote(size: SizeResult): string {
  const missed = (text: string) => size.targets.some((t) => t.startsWith('MISSED') && t.includes(text))
  const kbOf = (n: number) => `${(n / 1000).toFixed(1)} kB`
  const notes: string[] = []
  if (missed('endpoint app')) {
    const inputs = size.attribution.inputs ?? []
    const top = inputs.slice(0, 6).map(([f, b]) => `${f} ${(b / 1000).toFixed(1)} kB`).join(', ')
    const share = (pattern: RegExp) => inputs.filter(([f]) => pattern.test(f)).reduce((n, [, b]) => n + b, 0)
    const full = size.figures['ours: one endpoint, full Core']?.node.gzipped
    notes.push([
      `**One-endpoint bundle.** \`createCore\` is the lean core: ky, the OAuth 2.0 session, the rate-limit budget and the node:http`,
      `transport are the full core's (the same app with \`new Core\` is ${full === undefined ? '—' : kbOf(full)} min+gz), and each API version's request builder, multipart and Web Crypto signing come only with the`,
      'functions that need them. What the app bundles is the call path itself: oauth-sign',
      `(${kbOf(share(/^oauth-sign\//))} minified, a CommonJS module whose unused RSA and PLAINTEXT signers come along, as the design keeps it on Node), the`,
      'OAuth 1.0a header, the lean core, the timeout and size cap of the exchange, the local credential checks, the parameter encoders',
      `and the error mapping, much of each the text of its error messages. Largest minified inputs: ${top}.`,
    ].join('\n'))
  }
  const whole = size.figures['ours: whole client']?.node
  if (missed('whole client') && whole?.inputs && whole.minified !== undefined) {
    const sum = (pattern: RegExp) => whole.inputs!.filter(([f]) => pattern.test(f)).reduce((n, [, b]) => n + b, 0)
    notes.push([
      `**Whole client bundle.** ${kbOf(whole.minified)} minified: the client's own modules ${kbOf(sum(/client\/dist\//))} (the \`Twython\` class with every v1.1 and`,
      `X API v2 method, each endpoint's route and generated function), the runtime ${kbOf(sum(/runtime\/dist\//))}, ky ${kbOf(sum(/^ky\//))} and oauth-sign ${kbOf(sum(/^oauth-sign\//))}. Every`,
      'method of a class is kept by a bundler whether the app calls it or not; an app that wants a small bundle imports the endpoint functions by subpath with `createCore` (the rows above).',
    ].join('\n'))
  }
  return notes.join('\n\n')
}

export function typecheckNote(tc: TypecheckResult): string {
  const lines = [true, false].map((skip) => {
    const o = tc.figures[`ours, skipLibCheck ${skip}`]!
    const p = tc.figures[`twitter-api-v2, skipLibCheck ${skip}`]!
    const overlap = o.ms.min <= p.ms.max && p.ms.min <= o.ms.max
    return `with skipLibCheck ${skip} the wall-time ranges ${overlap ? 'overlap (the difference is within run-to-run spread)' : 'do not overlap'}, and tsc's own check time is ${o.checkMs.median.toFixed(0)} vs ${p.checkMs.median.toFixed(0)} ms`
  })
  return [
    '**Consumer type-check.** Most of the wall time of both is tsc reading the standard library and @types/node, the same for both;',
    `${lines.join('; ')}. With skipLibCheck off tsc also checks every declaration file each package ships, whichever endpoints the app uses.`,
    ...nodesLine(tc),
  ].join('\n')
}

/** The deterministic side of the type-check: how much declaration text each package makes tsc parse and bind. */
function nodesLine(tc: TypecheckResult): string[] {
  const o = tc.figures['ours, skipLibCheck true']
  const p = tc.figures['twitter-api-v2, skipLibCheck true']
  if (o?.nodes === undefined || p?.nodes === undefined) return []
  return [
    `What ours brings into the program is ${o.nodes} syntax nodes in ${o.files} declaration files against ${p.nodes} in ${p.files} (${(o.nodes / p.nodes).toFixed(2)}×): with skipLibCheck on, tsc parses and binds all of it whichever endpoints the app calls, and that, more than the check of the app itself, is where ours spends its extra time.`,
  ]
}
