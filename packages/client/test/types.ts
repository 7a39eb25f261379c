/**
 * Compile-time tests, checked by `tsc` in the typecheck task (part of `npm test`): every
 * `@ts-expect-error` line must be an error, and every other line must compile. Nothing here runs.
 */
import { Twython, TwythonError, type Tweet, type User, type CursoredIds, type SearchResults, type ShowStatusParams } from '../src/index.js'
import { createCore } from '../src/core.js'
import { showStatus } from '../src/generated/tweets.js'
import { getFollowersIds } from '../src/generated/friendships.js'

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
  // @ts-expect-error: a misspelt optional parameter is caught too
  twitter.cursor(twitter.getFollowersIds, { screen_name: 'x', cout: 5 })
}

export async function cursorYieldsStringIds(): Promise<void> {
  // cursor() sends stringify_ids=true for id collections, so their items are strings.
  for await (const id of twitter.cursor(twitter.getFollowersIds, { screen_name: 'twitterapi' })) {
    expectType<string>(id)
    // @ts-expect-error: not a number (ids above 2^53 would be rounded)
    expectType<number>(id)
  }
  for await (const id of twitter.cursor(twitter.getRetweetersIds, { id: '2104934217937846609' })) expectType<string>(id)
  for await (const id of twitter.cursor(twitter.listBlockIds)) expectType<string>(id)
  for await (const page of twitter.cursor(twitter.getFriendsIds, {}, { returnPages: true })) expectType<string[]>(page)
}

export async function cursorTakesOnlyPaginatedMethods(): Promise<void> {
  // @ts-expect-error: showStatus is not paginated
  twitter.cursor(twitter.showStatus, { id: '20' })
  // @ts-expect-error: lookupUser is not paginated (all-optional params do not slip through)
  twitter.cursor(twitter.lookupUser, { screen_name: ['twitterapi'] })
  // @ts-expect-error: verifyCredentials is not paginated
  twitter.cursor(twitter.verifyCredentials)
  // @ts-expect-error: request() is not an endpoint method
  twitter.cursor(twitter.get, 'search/tweets')
  for await (const list of twitter.cursor(twitter.getListMemberships, { screen_name: 'twitterapi' })) expectType<string>(list.id_str)
}

export async function stringifyIdsNarrowsTheResponse(): Promise<void> {
  expectType<string[]>((await twitter.getFollowersIds({ screen_name: 'twitterapi', stringify_ids: true })).ids)
  expectType<string[]>((await getFollowersIds(createCore({}), { stringify_ids: true })).ids)
  expectType<string[]>(await twitter.getUserIdsOfBlockedRetweets({ stringify_ids: true }))
  expectType<string[]>((await twitter.listMuteIds({ stringify_ids: true })).ids)
  // @ts-expect-error: without stringify_ids the ids may be numbers
  expectType<string[]>((await twitter.getFollowersIds({ screen_name: 'twitterapi' })).ids)
  const flag = Math.random() > 0.5
  // @ts-expect-error: a boolean that may be false does not narrow
  expectType<string[]>((await twitter.getFollowersIds({ stringify_ids: flag })).ids)
  expectType<CursoredIds>(await twitter.getFollowersIds({ stringify_ids: flag }))
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
