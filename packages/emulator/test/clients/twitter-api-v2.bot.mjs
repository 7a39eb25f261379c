// A bot written with twitter-api-v2 (unmodified, from npm), as its README shows. Direct mode: its plugin
// hooks, its one extension point for where requests go. REST requests are built and signed for the real
// URL as usual (the library picks the upload body type from the host name, so the host must stay), then
// sent to the emulator's HTTPS listener with that URL's Host header, as `curl --resolve` would; streams
// have no post-signing hook, so their URL is rewritten before signing. Intercepting mode: nothing; it
// calls https://api.x.com, upload.x.com and stream.x.com as always.
import { ETwitterStreamEvent, TwitterApi } from 'twitter-api-v2'
import { admin, check, credentials, directHttpsUrl, PNG, runSteps, unique, videoFile, within } from './lib/bot.mjs'

const TWITTER = /^https:\/\/(api|upload|stream)\.(x|twitter)\.com/
const hostOverride = {
  onBeforeRequest: ({ computedParams }) => {
    const url = computedParams.url
    if (!TWITTER.test(url.href)) return
    computedParams.headers.Host = url.host
    const target = new URL(directHttpsUrl)
    url.host = target.host
  },
  onBeforeStreamRequestConfig: ({ params }) => void (params.url = params.url.replace(TWITTER, directHttpsUrl)),
}
const client = new TwitterApi(
  { appKey: credentials.appKey, appSecret: credentials.appSecret, accessToken: credentials.oauthToken, accessSecret: credentials.oauthTokenSecret },
  directHttpsUrl ? { plugins: [hostOverride] } : {},
)
const v1 = client.v1

const statusOf = (error) => error?.code ?? error?.statusCode

await runSteps([
  [
    'credentials',
    async () => {
      const me = await v1.verifyCredentials()
      check(me.screen_name === 'emu_dev', `verify_credentials answered @${me.screen_name}`)
    },
  ],
  [
    'post-with-entities-and-media',
    async () => {
      const mediaId = await v1.uploadMedia(PNG, { mimeType: 'image/png' })
      const tweet = await v1.tweet('Shipping from twitter-api-v2 @maya_codes #emulator https://example.com/post', { media_ids: mediaId })
      check(tweet.entities.hashtags.some((h) => h.text === 'emulator'), 'no #emulator hashtag entity')
      check(tweet.entities.user_mentions.some((m) => m.screen_name === 'maya_codes'), 'no @maya_codes mention entity')
      check(tweet.entities.urls.some((u) => u.expanded_url === 'https://example.com/post'), 'no url entity')
      check(tweet.entities.media?.[0]?.id_str === mediaId, `media ${mediaId} not attached: entities.media=${JSON.stringify(tweet.entities.media)}`)
      check(tweet.extended_entities?.media?.[0]?.type === 'photo', 'extended_entities.media[0].type is not photo')
    },
  ],
  [
    'timelines-and-cursors',
    async () => {
      const home = await v1.homeTimeline({ count: 3 })
      check(home.tweets.length === 3, `home_timeline gave ${home.tweets.length} tweets for count=3`)
      const next = await home.next()
      check(next.tweets.length > 0 && BigInt(next.tweets[0].id_str) < BigInt(home.tweets[2].id_str), 'the next page (max_id) is not older')
      const followers = await v1.userFollowerIds({ screen_name: 'twitterapi', count: 100 })
      const page2 = await followers.next()
      check(followers.ids.length > 0 && page2.ids.length > 0 && page2.ids[0] !== followers.ids[0], 'followers/ids did not page by cursor')
    },
  ],
  [
    'follows',
    async () => {
      await v1.createFriendship({ screen_name: 'grace_h' })
      const [rel] = await v1.friendships({ screen_name: 'grace_h' })
      check(rel.connections.includes('following'), `friendships/lookup: ${JSON.stringify(rel.connections)}`)
      await v1.destroyFriendship({ screen_name: 'grace_h' })
    },
  ],
  [
    'lists',
    async () => {
      const list = await v1.createList({ name: 'docs-people', mode: 'private' })
      await v1.addListMembers({ list_id: list.id_str, screen_name: 'amara_writes' })
      const members = await v1.listMembers({ list_id: list.id_str })
      check(members.users.some((u) => u.screen_name === 'amara_writes'), 'the new member is not listed')
      await v1.listStatuses({ list_id: list.id_str })
      await v1.removeList({ list_id: list.id_str })
    },
  ],
  [
    'direct-messages',
    async () => {
      const maya = await v1.user({ screen_name: 'maya_codes' })
      const sent = await v1.sendDm({ recipient_id: maya.id_str, text: 'hello over the events API' })
      check(sent.event?.message_create?.message_data?.text === 'hello over the events API', `events/new answered ${JSON.stringify(sent)}`)
      const events = await v1.listDmEvents()
      check(events.events.some((e) => e.id === sent.event.id), 'events/list does not show the new message')
    },
  ],
  [
    'search-paging',
    async () => {
      const first = await v1.get('search/tweets.json', { q: 'emulator', count: 2 })
      check(first.statuses.length === 2, `search gave ${first.statuses.length} for count=2`)
      const nextResults = first.search_metadata.next_results
      check(nextResults, 'no search_metadata.next_results')
      const second = await v1.get(`search/tweets.json${nextResults}`)
      check(second.statuses.length > 0 && second.statuses[0].id_str !== first.statuses[0].id_str, 'the next search page repeats the first')
    },
  ],
  [
    'chunked-video-upload',
    async () => {
      const { path } = videoFile()
      const mediaId = await v1.uploadMedia(path, { mimeType: 'video/mp4', target: 'tweet' })
      const tweet = await v1.tweet('a clip from twitter-api-v2', { media_ids: mediaId })
      check(tweet.extended_entities?.media?.[0]?.type === 'video', `video not attached: ${JSON.stringify(tweet.extended_entities)}`)
    },
  ],
  [
    'filter-stream',
    async () => {
      const word = unique('tav')
      const stream = await v1.filterStream({ track: word, autoConnect: false })
      const received = new Promise((resolve) => stream.on(ETwitterStreamEvent.Data, (t) => t.text?.includes(word) && resolve(t)))
      await stream.connect({ autoReconnect: false })
      await v1.tweet(`live on the stream ${word}`)
      const tweet = await within(8000, 'the tracked tweet on the stream', received)
      stream.close()
      check(tweet.user.screen_name === 'emu_dev', 'wrong author')
    },
  ],
  [
    'rate-limit-429',
    async () => {
      await admin('rate-limit', { route: 'show_user', limit: 1 })
      await v1.user({ screen_name: 'jack' })
      const error = await v1.user({ screen_name: 'jack' }).then(() => undefined, (e) => e)
      check(error, 'the second call was not refused')
      check(statusOf(error) === 429 && error.rateLimitError === true, `expected a 429 rate-limit error, got ${statusOf(error)} ${error.message}`)
      check(error.errors?.[0]?.code === 88, `expected code 88, got ${JSON.stringify(error.errors)}`)
    },
  ],
  [
    'injected-503',
    async () => {
      await admin('faults', { route: 'GET /1.1/statuses/home_timeline.json', status: 503, times: 1 })
      const error = await v1.homeTimeline({ count: 1 }).then(() => undefined, (e) => e)
      check(error && statusOf(error) === 503, `expected 503, got ${error ? statusOf(error) : 'success'}`)
      const again = await v1.homeTimeline({ count: 1 })
      check(again.tweets.length === 1, 'the call after the fault failed too')
    },
  ],
])
process.exit(0)
