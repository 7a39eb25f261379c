/**
 * Consumer type-check cost: a file that calls 20 endpoints, checked by `tsc --noEmit` in a fresh
 * process, ours against twitter-api-v2 (twit and twitter-lite are left out: twit ships no types).
 * Time is the wall clock of the whole `tsc` run; memory is tsc's own "Memory used" (heap) and the
 * process's peak RSS from /usr/bin/time when it is there. Run with skipLibCheck on (the `tsc --init`
 * default) and off (every .d.ts of the package checked too).
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { BENCH_DIR, fmt, runChild, summarize, table, type Summary } from './stats.js'

// Inside node_modules/.cache so the consumer resolves packages from scripts/bench/node_modules, and git ignores it.
const WORK = join(BENCH_DIR, 'node_modules', '.cache', 'twython-bench-typecheck')

const OURS = `import { Twython } from '@twython/client'
const t = new Twython({ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'x' })
export async function main(): Promise<string[]> {
  const out: string[] = []
  out.push((await t.showStatus({ id: '20' })).id_str)
  out.push(String((await t.getUserTimeline({ screen_name: 'twitterapi', count: 5 })).length))
  out.push(String((await t.getHomeTimeline({ count: 5 })).length))
  out.push(String((await t.getMentionsTimeline({})).length))
  out.push((await t.updateStatus({ status: 'hello' })).id_str)
  out.push((await t.destroyStatus({ id: '20' })).id_str)
  out.push((await t.retweet({ id: '20' })).id_str)
  out.push(String((await t.lookupStatus({ id: ['20', '21'] })).length))
  out.push((await t.showUser({ screen_name: 'twitterapi' })).id_str)
  out.push(String((await t.lookupUser({ screen_name: ['a', 'b'] })).length))
  out.push(String((await t.searchUsers({ q: 'python' })).length))
  out.push(String((await t.search({ q: 'python' })).statuses.length))
  out.push(String((await t.getFollowersIds({ screen_name: 'twitterapi' })).ids.length))
  out.push(String((await t.getFriendsIds({ screen_name: 'twitterapi' })).ids.length))
  out.push((await t.createFriendship({ screen_name: 'twitterapi' })).id_str)
  out.push((await t.destroyFriendship({ screen_name: 'twitterapi' })).id_str)
  out.push(String((await t.showOwnedLists({})).lists.length))
  out.push(String((await t.getListStatuses({ list_id: '1' })).length))
  out.push((await t.verifyCredentials({})).screen_name)
  out.push(String((await t.getFavorites({})).length))
  return out
}
`

const PEER = `import { TwitterApi } from 'twitter-api-v2'
const t = new TwitterApi({ appKey: 'k', appSecret: 's', accessToken: 't', accessSecret: 'x' }).v1
export async function main(): Promise<string[]> {
  const out: string[] = []
  out.push((await t.singleTweet('20')).id_str)
  out.push(String((await t.userTimelineByUsername('twitterapi', { count: 5 })).tweets.length))
  out.push(String((await t.homeTimeline({ count: 5 })).tweets.length))
  out.push(String((await t.mentionTimeline()).tweets.length))
  out.push((await t.tweet('hello')).id_str)
  out.push((await t.deleteTweet('20')).id_str)
  out.push(String((await t.tweets(['20', '21'])).length))
  out.push((await t.user({ screen_name: 'twitterapi' })).id_str)
  out.push(String((await t.users({ screen_name: ['a', 'b'] })).length))
  out.push(String((await t.searchUsers('python')).users.length))
  out.push(String((await t.userFollowerIds({ screen_name: 'twitterapi' })).ids.length))
  out.push(String((await t.userFollowingIds({ screen_name: 'twitterapi' })).ids.length))
  out.push((await t.createFriendship({ screen_name: 'twitterapi' })).id_str)
  out.push((await t.destroyFriendship({ screen_name: 'twitterapi' })).id_str)
  out.push(String((await t.listOwnerships()).lists.length))
  out.push(String((await t.listStatuses({ list_id: '1' })).tweets.length))
  out.push((await t.verifyCredentials()).screen_name)
  out.push(String((await t.favoriteTimeline('20')).tweets.length))
  out.push(String((await t.friendship({ source_screen_name: 'a', target_screen_name: 'b' })).relationship.source.id_str))
  out.push(String((await t.trendsAvailable()).length))
  return out
}
`

/** The same kind of file for X API v2: 20 calls, with fields and expansions where a bot would use them. */
const OURS_V2 = `import { Twython } from '@twython/client'
const t = new Twython({ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'x' }).v2
export async function main(): Promise<unknown[]> {
  const out: unknown[] = []
  out.push((await t.getTweet({ id: '20', 'post.fields': ['created_at', 'public_metrics'], expansions: ['author_id'] })).data?.created_at)
  out.push((await t.getTweets({ ids: ['20', '21'] })).data?.length)
  out.push((await t.createTweet({ text: 'hello', reply: { in_reply_to_tweet_id: '20' } })).data?.id)
  out.push((await t.deleteTweet({ id: '20' })).data?.deleted)
  out.push((await t.getUserTweets({ id: '1', max_results: 5 })).meta?.next_token)
  out.push((await t.getUserMentions({ id: '1' })).data?.length)
  out.push((await t.getHomeTimeline({ id: '1' })).data?.length)
  out.push((await t.searchRecentTweets({ query: 'from:twitterapi', 'post.fields': ['lang'] })).data?.[0]?.lang)
  out.push((await t.countRecentTweets({ query: 'python' })).meta?.total_post_count)
  out.push((await t.getMe({ 'user.fields': ['description'] })).data?.description)
  out.push((await t.getUserByUsername({ username: 'twitterapi' })).data?.id)
  out.push((await t.getUsers({ ids: ['1', '2'] })).data?.length)
  out.push((await t.getUserFollowers({ id: '1' })).data?.length)
  out.push((await t.getUserFollowing({ id: '1' })).data?.length)
  out.push((await t.followUser({ id: '1', target_user_id: '2' })).data?.following)
  out.push((await t.likeTweet({ id: '1', tweet_id: '20' })).data?.liked)
  out.push((await t.retweet({ id: '1', tweet_id: '20' })).data?.retweeted)
  out.push((await t.getList({ id: '1' })).data?.name)
  out.push((await t.getListTweets({ id: '1' })).data?.length)
  out.push((await t.getDmEvents({})).data?.length)
  return out
}
`

const PEER_V2 = `import { TwitterApi } from 'twitter-api-v2'
const t = new TwitterApi({ appKey: 'k', appSecret: 's', accessToken: 't', accessSecret: 'x' }).v2
export async function main(): Promise<unknown[]> {
  const out: unknown[] = []
  out.push((await t.singleTweet('20', { 'tweet.fields': ['created_at', 'public_metrics'], expansions: ['author_id'] })).data.created_at)
  out.push((await t.tweets(['20', '21'])).data.length)
  out.push((await t.tweet('hello', { reply: { in_reply_to_tweet_id: '20' } })).data.id)
  out.push((await t.deleteTweet('20')).data.deleted)
  out.push((await t.userTimeline('1', { max_results: 5 })).meta.next_token)
  out.push((await t.userMentionTimeline('1')).tweets.length)
  out.push((await t.homeTimeline()).tweets.length)
  out.push((await t.search('from:twitterapi', { 'tweet.fields': ['lang'] })).tweets[0]?.lang)
  out.push((await t.tweetCountRecent('python')).meta.total_tweet_count)
  out.push((await t.me({ 'user.fields': ['description'] })).data.description)
  out.push((await t.userByUsername('twitterapi')).data.id)
  out.push((await t.users(['1', '2'])).data.length)
  out.push((await t.followers('1')).data.length)
  out.push((await t.following('1')).data.length)
  out.push((await t.follow('1', '2')).data.following)
  out.push((await t.like('1', '20')).data.liked)
  out.push((await t.retweet('1', '20')).data.retweeted)
  out.push((await t.list('1')).data.name)
  out.push((await t.listTweets('1')).tweets.length)
  out.push((await t.listDmEvents()).events.length)
  return out
}
`

/** No package at all: what tsc costs for the lib files alone, so the rows above it show each package's own share. */
const BASELINE = `export const answer: number = 42
`

const tsconfig = (skipLibCheck: boolean) => JSON.stringify({
  compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck, types: ['node'], lib: ['ES2023', 'DOM'] },
  files: ['app.ts'],
})

interface Run {
  readonly ms: number
  /** tsc's own "Check time": the type checker alone, without reading and parsing lib files. */
  readonly checkMs: number | undefined
  readonly heapMb: number | undefined
  readonly rssMb: number | undefined
  /** User + system CPU seconds of the tsc process (from /usr/bin/time): less disturbed by a busy machine than wall time. */
  readonly cpuMs: number | undefined
  /** tsc's counts of identifiers and symbols in the program: the same on every run, whatever the machine. */
  readonly identifiers: number | undefined
  readonly symbols: number | undefined
  /** The package's own declaration files in the program, and their syntax nodes (see `packageNodes`). */
  readonly files: number | undefined
  readonly nodes: number | undefined
  readonly errors: string
}

/**
 * Syntax nodes of the program's files that come with the package (everything `--listFiles` names except the
 * TypeScript lib files, @types/node with what it pulls in (undici-types, buffer), and the app itself): what tsc parses and binds for the
 * package whichever calls the app makes. Deterministic, so it shows a change in a package's declarations
 * that CPU times on a busy machine blur.
 */
async function packageNodes(listed: string, dir: string): Promise<{ files: number; nodes: number }> {
  const ts = createRequire(join(BENCH_DIR, 'package.json'))('typescript') as typeof import('typescript')
  const files = listed.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('/') && !l.startsWith(dir) && !/\/typescript\/lib\/|\/@types\/node\/|\/undici-types\/|\/node_modules\/buffer\//.test(l))
  let nodes = 0
  for (const file of files) {
    const source = ts.createSourceFile(file, await readFile(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: import('typescript').Node): void => {
      nodes++
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return { files: files.length, nodes }
}

async function check(dir: string, listFiles = false): Promise<Run> {
  const tsc = createRequire(join(BENCH_DIR, 'package.json')).resolve('typescript/lib/tsc.js')
  const args = [tsc, '-p', dir, '--extendedDiagnostics', ...(listFiles ? ['--listFiles'] : [])]
  const timed = existsSync('/usr/bin/time')
  const child = timed ? await runChild('/usr/bin/time', ['-v', process.execPath, ...args]) : await runChild(process.execPath, args)
  const checkTime = /Check time:\s+([\d.]+)s/.exec(child.stdout)
  const heap = /Memory used:\s+(\d+)K/.exec(child.stdout)
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)
  const user = /User time \(seconds\): ([\d.]+)/.exec(child.stderr)
  const sys = /System time \(seconds\): ([\d.]+)/.exec(child.stderr)
  const identifiers = /Identifiers:\s+(\d+)/.exec(child.stdout)
  const symbols = /Symbols:\s+(\d+)/.exec(child.stdout)
  const errors = child.stdout.split('\n').filter((l) => l.includes('error TS')).slice(0, 3).join('\n')
  const counted = listFiles ? await packageNodes(child.stdout, dir) : undefined
  return { files: counted?.files, nodes: counted?.nodes, ms: child.ms, checkMs: checkTime ? Number(checkTime[1]) * 1000 : undefined, heapMb: heap ? Number(heap[1]) / 1024 : undefined, rssMb: rss ? Number(rss[1]) / 1024 : undefined, cpuMs: user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : undefined, identifiers: identifiers ? Number(identifiers[1]) : undefined, symbols: symbols ? Number(symbols[1]) : undefined, errors }
}

export interface TypecheckResult {
  readonly markdown: string
  readonly targets: string[]
  readonly figures: Record<string, { ms: Summary; cpuMs: Summary; checkMs: Summary; heapMb: Summary; rssMb: Summary; identifiers: number | undefined; symbols: number | undefined; files: number | undefined; nodes: number | undefined }>
}

export async function runTypecheck(samples = 5): Promise<TypecheckResult> {
  const cases = { 'no package': BASELINE, ours: OURS, 'twitter-api-v2': PEER, 'ours v2': OURS_V2, 'twitter-api-v2 v2': PEER_V2 }
  const figures: TypecheckResult['figures'] = {}
  const problems: string[] = []
  try {
    for (const skip of [true, false]) {
      const runs = new Map<string, Run[]>()
      for (const [name, source] of Object.entries(cases)) {
        const dir = join(WORK, `${name}-${skip}`)
        await mkdir(dir, { recursive: true })
        await writeFile(join(dir, 'app.ts'), source)
        await writeFile(join(dir, 'tsconfig.json'), tsconfig(skip))
        runs.set(name, [])
      }
      // Alternate the two within each sample. The first sample also lists the program's files, to count their nodes.
      for (let i = 0; i < samples; i++) for (const name of Object.keys(cases)) runs.get(name)!.push(await check(join(WORK, `${name}-${skip}`), i === 0))
      for (const [name, rs] of runs) {
        if (rs[0]!.errors) problems.push(`${name} (skipLibCheck ${skip}) has type errors, figures are of a failing check:\n${rs[0]!.errors}`)
        figures[`${name}, skipLibCheck ${skip}`] = {
          ms: summarize(rs.map((r) => r.ms)),
          cpuMs: summarize(rs.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs]))),
          identifiers: rs[0]!.identifiers,
          symbols: rs[0]!.symbols,
          files: rs[0]!.files,
          nodes: rs[0]!.nodes,
          checkMs: summarize(rs.flatMap((r) => (r.checkMs === undefined ? [] : [r.checkMs]))),
          heapMb: summarize(rs.flatMap((r) => (r.heapMb === undefined ? [] : [r.heapMb]))),
          rssMb: summarize(rs.flatMap((r) => (r.rssMb === undefined ? [] : [r.rssMb]))),
        }
      }
    }
  } finally {
    await rm(WORK, { recursive: true, force: true })
  }
  const targets = [true, false].flatMap((skip) =>
    ['', ' v2'].map((v) => {
      const ours = figures[`ours${v}, skipLibCheck ${skip}`]!
      const peer = figures[`twitter-api-v2${v}, skipLibCheck ${skip}`]!
      // CPU time where /usr/bin/time gave it (steadier on a shared machine), wall time otherwise.
      const cpu = !Number.isNaN(ours.cpuMs.median) && !Number.isNaN(peer.cpuMs.median)
      const o = cpu ? ours.cpuMs.median : ours.ms.median
      const p = cpu ? peer.cpuMs.median : peer.ms.median
      const nodes = ours.nodes !== undefined && peer.nodes !== undefined ? `; package syntax nodes ${ours.nodes} vs ${peer.nodes} (${(ours.nodes / peer.nodes).toFixed(2)}×)` : ''
      return `${o < p ? 'MET   ' : 'MISSED'} consumer type-check faster than twitter-api-v2${v ? ' (20 v2 calls)' : ''} (skipLibCheck ${skip}): ${o.toFixed(0)} vs ${p.toFixed(0)} ${cpu ? 'CPU ' : ''}ms (${(o / p).toFixed(2)}×)${nodes}`
    }),
  )
  const markdown = [
    `\`tsc --noEmit\` (TypeScript from scripts/bench, strict, NodeNext) of one file calling 20 endpoints (v1.1, and v2 in the \`v2\` rows), in a fresh process; median (min–max) of ${samples}, the packages alternated.`,
    '',
    table(['consumer', 'wall ms', 'CPU ms', 'tsc check ms', 'tsc heap MB', 'peak RSS MB', 'identifiers', 'symbols', 'package files', 'package nodes'], Object.entries(figures).map(([k, f]) => [k, fmt(f.ms, 0), fmt(f.cpuMs, 0), fmt(f.checkMs, 0), fmt(f.heapMb, 0), fmt(f.rssMb, 0), String(f.identifiers ?? '–'), String(f.symbols ?? '–'), String(f.files ?? '–'), String(f.nodes ?? '–')])),
    '',
    'Identifiers and symbols are tsc\'s own counts for the whole program (lib files included; the `no package` row is the lib files alone): they do not move with the machine\'s load, so they show a change in what a package makes tsc read even when the times are noisy.',
    'Package files and nodes count only the declaration files the package brings into the program (its own and its dependencies\', not the TypeScript lib files, @types/node with what it pulls in (undici-types, buffer) or the app) and their syntax nodes: what tsc parses and binds for the package, whichever endpoints the app calls. With skipLibCheck on, the CPU time above the `no package` row follows this count closely.',
    ...(problems.length ? ['', ...problems.map((p) => `> ${p.replace(/\n/g, '\n> ')}`)] : []),
  ].join('\n')
  return { markdown, targets, figures }
}
