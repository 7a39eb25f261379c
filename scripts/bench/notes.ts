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
  const floor = size.figures['baseline: ky + oauth-sign']!.node
  const inputs = size.attribution.inputs ?? []
  const top = inputs.slice(0, 6).map(([f, b]) => `${f} ${(b / 1000).toFixed(1)} kB`).join(', ')
  const share = (pattern: RegExp) => inputs.filter(([f]) => pattern.test(f)).reduce((n, [, b]) => n + b, 0)
  const kbOf = (n: number) => `${(n / 1000).toFixed(1)} kB`
  return [
    `**One-endpoint bundle.** ky and oauth-sign alone, with a hand-built header, bundle to ${((floor.gzipped ?? 0) / 1000).toFixed(1)} kB min+gz:`,
    'that is the floor under any app of ours. The runtime is published as modules, so streaming, upload, HTML, cursors and the OAuth 1.0a',
    `three-legged flow are no longer in it. What remains is what the core reaches from its constructor and call path: ky (${kbOf(share(/^ky\//))} minified),`,
    `the OAuth 2.0 session and its refresh flow (${kbOf(share(/runtime\/src\/oauth2\//))}; the core builds a session when given a client id or user token),`,
    `the rate-limit budget every call feeds (${kbOf(share(/runtime\/src\/rate-limit\//))}), the node:http transport (${kbOf(share(/runtime\/src\/transport\/(node-fetch|response-body|request-body)/))}),`,
    `and the encoding, preflight and error mapping with their messages. Largest minified inputs: ${top}.`,
  ].join('\n')
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
  ].join('\n')
}
