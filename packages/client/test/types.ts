/**
 * Compile-time tests, checked by `tsc` in the typecheck task (part of `npm test`): every
 * `@ts-expect-error` line must be an error, and every other line must compile. Nothing here runs.
 */
import { Twython, TwythonError, type Tweet, type User, type CursoredIds, type SearchResults, type ShowStatusParams } from '../src/index.js'
import { createCore } from '../src/core.js'
import { showStatus } from '../src/generated/tweets.js'

declare const twitter: Twython
declare function expectType<T>(value: T): void

export async function rightParamsCompile(): Promise<void> {
  const tweet = await twitter.updateStatus({ status: 'hello', in_reply_to_status_id: '20', media_ids: ['1', 2n], trim_user: true })
  expectType<Tweet>(tweet)
  expectType<string>(tweet.id_str)
  expectType<User>(await twitter.showUser({ screen_name: 'twitterapi' }))
  expectType<CursoredIds>(await twitter.getFollowersIds({ screen_name: 'twitterapi', count: 5000, stringify_ids: true }))
  expectType<SearchResults>(await twitter.search({ q: 'python', result_type: 'popular' }))
  expectType<Tweet[]>(await twitter.getHomeTimeline())
  await twitter.verifyCredentials({}, { signal: AbortSignal.timeout(1000), timeout: 5000 })
  await showStatus(createCore({}), { id: '20' })
  const params: ShowStatusParams = { id: 20n }
  await twitter.showStatus(params)
}

export async function wrongParamsFail(): Promise<void> {
  // @ts-expect-error: `status` is required
  await twitter.updateStatus({})
  // @ts-expect-error: misspelt parameter name
  await twitter.updateStatus({ status: 'x', in_reply_to_status: '20' })
  // @ts-expect-error: ids are strings or bigints, never numbers (they exceed 2^53)
  await twitter.showStatus({ id: 20 })
  // @ts-expect-error: result_type is an enum
  await twitter.search({ q: 'x', result_type: 'newest' })
  // @ts-expect-error: count is a number
  await twitter.getHomeTimeline({ count: '20' })
  // @ts-expect-error: Twython's snake_case names are not methods
  await twitter.update_status({ status: 'x' })
  // @ts-expect-error: the response is typed
  expectType<number>((await twitter.showStatus({ id: '1' })).id_str)
}

export async function cursorInfersItems(): Promise<void> {
  for await (const tweet of twitter.cursor(twitter.search, { q: 'python' })) expectType<Tweet>(tweet)
  for await (const tweet of twitter.cursor(twitter.getUserTimeline, { screen_name: 'x' })) expectType<Tweet>(tweet)
  for await (const id of twitter.cursor(twitter.getFollowersIds, { screen_name: 'x' })) expectType<number | string>(id)
  for await (const user of twitter.cursor(twitter.getFollowersList, { screen_name: 'x' })) expectType<User>(user)
  for await (const page of twitter.cursor(twitter.getFollowersList, {}, { returnPages: true })) expectType<User[]>(page)
  // @ts-expect-error: cursor params are the method's params
  twitter.cursor(twitter.search, { query: 'python' })
}

export function errorsAreTyped(e: unknown): void {
  if (e instanceof TwythonError) {
    expectType<number | undefined>(e.status)
    expectType<number | undefined>(e.errorCode)
    expectType<number | undefined>(e.retryAfter)
  }
  expectType<string>(Twython.htmlForTweet({} as Tweet, { useDisplayUrl: true, expandQuotedStatus: true }))
  expectType<string>(Twython.constructApiUrl('https://api.twitter.com/1.1/search/tweets.json', { q: 'python' }))
}
