/**
 * Compile-time tests of `twitter.v2`, checked by `tsc` in the typecheck task: every `@ts-expect-error` line
 * must be an error, every other line must compile. Nothing here runs.
 */
import { Twython, type v2 } from '../../src/index.js'
import { createCore } from '../../src/core.js'
import { getTweet } from '../../src/generated/v2/tweets.js'
import type { TweetField } from '../../src/generated/v2/parameters.js'

declare const twitter: Twython
declare function expectType<T>(value: T): void

export async function fieldsNarrowTheResult(): Promise<void> {
  // Asked for: present.
  const { data } = await twitter.v2.getTweet({ id: '20', 'post.fields': ['created_at', 'public_metrics'] })
  if (data) {
    expectType<string>(data.created_at)
    expectType<v2.TweetPublicMetrics>(data.public_metrics)
    // Not asked for: still optional.
    // @ts-expect-error: lang was not requested, so it may be undefined
    expectType<string>(data.lang)
  }
  // Without fields: everything optional, as X's schema says.
  const plain = await twitter.v2.getTweet({ id: '20' })
  // @ts-expect-error: created_at was not requested
  expectType<string>(plain.data?.created_at ?? undefined)
  // Arrays of data narrow too, and the tree-shakable function narrows the same way.
  const search = await twitter.v2.searchRecentTweets({ query: 'from:twitterapi', 'post.fields': ['conversation_id'] })
  for (const tweet of search.data ?? []) expectType<string>(tweet.conversation_id)
  // The defaults (id, text, edit_history_post_ids) are always there.
  for (const tweet of search.data ?? []) expectType<string>(tweet.id)
  const viaFunction = await getTweet(createCore({}), { id: '20', 'post.fields': ['lang'] })
  expectType<string | undefined>(viaFunction.data?.lang)
  // Users narrow with user.fields.
  const me = await twitter.v2.getMe({ 'user.fields': ['created_at', 'description'] })
  if (me.data) expectType<string>(me.data.description)
}

export async function wrongNamesFail(): Promise<void> {
  // @ts-expect-error: not a Tweet field
  await twitter.v2.getTweet({ id: '20', 'post.fields': ['favourites_count'] })
  // @ts-expect-error: the 2.159 name is gone in 2.167
  await twitter.v2.getTweet({ id: '20', 'tweet.fields': ['created_at'] })
  // @ts-expect-error: id is required
  await twitter.v2.getTweet({})
  // @ts-expect-error: ids are strings
  await twitter.v2.getTweet({ id: 20 })
  // @ts-expect-error: not an expansion of a Tweet
  await twitter.v2.getTweet({ id: '20', expansions: ['pinned_tweet_id'] })
  // @ts-expect-error: body fields are checked too
  await twitter.v2.createTweet({ text: 'x', reply_settings: 'everyone' })
  // @ts-expect-error: misspelt body field
  await twitter.v2.createTweet({ txt: 'x' })
  // @ts-expect-error: getTweet does not page, so cursor() refuses it
  twitter.cursor(twitter.v2.getTweet, { id: '20' })
}

export async function restCompiles(): Promise<void> {
  await twitter.v2.createTweet({ text: 'hello', reply: { in_reply_to_tweet_id: '20' }, poll: { options: ['a', 'b'], duration_minutes: 60 } })
  const fields: TweetField[] = ['created_at']
  await twitter.v2.getTweets({ ids: ['20', '21'], 'post.fields': fields })
  for await (const follower of twitter.cursor(twitter.v2.getUserFollowers, { id: '783214', max_results: 1000 })) expectType<string>(follower.id)
  for await (const page of twitter.cursor(twitter.v2.searchRecentTweets, { query: 'x' }, { returnPages: true })) expectType<v2.SearchRecentTweetsResponse>(page)
  for await (const message of twitter.v2.streamFilteredTweets({}, { signal: AbortSignal.timeout(1000) })) expectType<v2.StreamFilteredTweetsResponse>(message)
  await twitter.v2.getMe({}, { timeout: 5000 })
}
