// A bot written with twitter-lite (unmodified, from npm), as its README shows. Direct mode: its `url`
// property (the API root it builds from `subdomain`), one client for api and one for upload; its stream
// URL is hard-coded, so the stream runs in intercepting mode only. Intercepting mode: nothing changes.
import { createRequire } from 'node:module'
import { admin, check, credentials, directUrl, PNG, runSteps, sleep, unique, videoFile, within } from './lib/bot.mjs'

const require = createRequire(import.meta.url)
const Twitter = require('twitter-lite')
const keys = { consumer_key: credentials.appKey, consumer_secret: credentials.appSecret, access_token_key: credentials.oauthToken, access_token_secret: credentials.oauthTokenSecret }
const client = new Twitter(keys)
const upload = new Twitter({ ...keys, subdomain: 'upload' })
if (directUrl) {
  client.url = `${directUrl}/1.1`
  upload.url = `${directUrl}/1.1`
}

/** twitter-lite rejects with the error body (and `_headers`); the first Twitter code. */
const codeOf = (error) => error?.errors?.[0]?.code

async function chunked(data, mediaType, category) {
  const init = await upload.post('media/upload', { command: 'INIT', total_bytes: data.length, media_type: mediaType, media_category: category })
  const chunk = 1024 * 1024
  for (let i = 0; i * chunk < data.length; i++) {
    await upload.post('media/upload', { command: 'APPEND', media_id: init.media_id_string, segment_index: i, media_data: data.subarray(i * chunk, (i + 1) * chunk).toString('base64') })
  }
  let state = await upload.post('media/upload', { command: 'FINALIZE', media_id: init.media_id_string })
  while (state.processing_info && !['succeeded', 'failed'].includes(state.processing_info.state)) {
    await sleep((state.processing_info.check_after_secs ?? 1) * 1000)
    state = await upload.get('media/upload', { command: 'STATUS', media_id: init.media_id_string })
  }
  check(!state.processing_info || state.processing_info.state === 'succeeded', `processing ended ${JSON.stringify(state.processing_info)}`)
  return init.media_id_string
}

await runSteps([
  [
    'credentials',
    async () => {
      const me = await client.get('account/verify_credentials')
      check(me.screen_name === 'emu_dev', `verify_credentials answered @${me.screen_name}`)
    },
  ],
  [
    'post-with-entities-and-media',
    async () => {
      const media = await upload.post('media/upload', { media_data: PNG.toString('base64') })
      const tweet = await client.post('statuses/update', { status: 'Shipping from twitter-lite @maya_codes #emulator https://example.com/post', media_ids: media.media_id_string })
      check(tweet.entities.hashtags.some((h) => h.text === 'emulator'), 'no #emulator hashtag entity')
      check(tweet.entities.user_mentions.some((m) => m.screen_name === 'maya_codes'), 'no @maya_codes mention entity')
      check(tweet.entities.urls.some((u) => u.expanded_url === 'https://example.com/post'), 'no url entity')
      check(tweet.entities.media?.[0]?.id_str === media.media_id_string, `media not attached: entities.media=${JSON.stringify(tweet.entities.media)}`)
      check(tweet.extended_entities?.media?.[0]?.type === 'photo', 'extended_entities.media[0].type is not photo')
    },
  ],
  [
    'timelines-and-cursors',
    async () => {
      const home = await client.get('statuses/home_timeline', { count: 3 })
      check(home.length === 3, `home_timeline gave ${home.length} for count=3`)
      const older = await client.get('statuses/home_timeline', { count: 3, max_id: (BigInt(home[2].id_str) - 1n).toString() })
      check(older.length > 0 && BigInt(older[0].id_str) < BigInt(home[2].id_str), 'the max_id page is not older')
      const page1 = await client.get('followers/ids', { screen_name: 'twitterapi', count: 100, stringify_ids: true })
      const page2 = await client.get('followers/ids', { screen_name: 'twitterapi', count: 100, stringify_ids: true, cursor: page1.next_cursor_str })
      check(page2.ids.length > 0 && page2.ids[0] !== page1.ids[0], 'followers/ids did not page by cursor')
    },
  ],
  [
    'follows',
    async () => {
      await client.post('friendships/create', { screen_name: 'grace_h' })
      const rel = await client.get('friendships/lookup', { screen_name: 'grace_h' })
      check(rel[0]?.connections?.includes('following'), `friendships/lookup: ${JSON.stringify(rel)}`)
      await client.post('friendships/destroy', { screen_name: 'grace_h' })
    },
  ],
  [
    'lists',
    async () => {
      const list = await client.post('lists/create', { name: 'docs-people', mode: 'private' })
      await client.post('lists/members/create', { list_id: list.id_str, screen_name: 'amara_writes' })
      const members = await client.get('lists/members', { list_id: list.id_str })
      check(members.users.some((u) => u.screen_name === 'amara_writes'), 'the new member is not listed')
      await client.get('lists/statuses', { list_id: list.id_str })
      await client.post('lists/destroy', { list_id: list.id_str })
    },
  ],
  [
    'direct-messages',
    async () => {
      const maya = await client.get('users/show', { screen_name: 'maya_codes' })
      const sent = await client.post('direct_messages/events/new', { event: { type: 'message_create', message_create: { target: { recipient_id: maya.id_str }, message_data: { text: 'hello over the events API' } } } })
      check(sent.event?.message_create?.message_data?.text === 'hello over the events API', `events/new answered ${JSON.stringify(sent)}`)
      const listed = await client.get('direct_messages/events/list')
      check(listed.events?.some((e) => e.id === sent.event.id), 'events/list does not show the new message')
    },
  ],
  [
    'search-paging',
    async () => {
      const first = await client.get('search/tweets', { q: 'emulator', count: 2 })
      check(first.statuses.length === 2, `search gave ${first.statuses.length} for count=2`)
      check(first.search_metadata.next_results, 'no search_metadata.next_results')
      const second = await client.get('search/tweets', Object.fromEntries(new URLSearchParams(first.search_metadata.next_results.slice(1))))
      check(second.statuses.length > 0 && second.statuses[0].id_str !== first.statuses[0].id_str, 'the next search page repeats the first')
    },
  ],
  [
    'chunked-video-upload',
    async () => {
      const mediaId = await chunked(videoFile().data, 'video/mp4', 'tweet_video')
      const tweet = await client.post('statuses/update', { status: 'a clip from twitter-lite', media_ids: mediaId })
      check(tweet.extended_entities?.media?.[0]?.type === 'video', `video not attached: ${JSON.stringify(tweet.extended_entities)}`)
    },
  ],
  [
    'filter-stream',
    async () => {
      const word = unique('lite')
      const stream = client.stream('statuses/filter', { track: word })
      try {
        const received = new Promise((resolve, reject) => {
          stream.on('data', (t) => t.text?.includes(word) && resolve(t))
          stream.on('error', (e) => reject(new Error(`stream error ${e?.status ?? e?.message ?? e}`)))
        })
        await within(8000, 'the stream connecting', new Promise((resolve) => stream.on('start', resolve)))
        await client.post('statuses/update', { status: `live on the stream ${word}` })
        const tweet = await within(8000, 'the tracked tweet on the stream', received)
        check(tweet.user.screen_name === 'emu_dev', 'wrong author')
      } finally {
        stream.destroy?.()
      }
    },
  ],
  [
    'rate-limit-429',
    async () => {
      await admin('rate-limit', { route: 'show_user', limit: 1 })
      await client.get('users/show', { screen_name: 'jack' })
      const error = await client.get('users/show', { screen_name: 'jack' }).then(() => undefined, (e) => e)
      check(error, 'the second call was not refused')
      check(codeOf(error) === 88 && error._headers.get('x-rate-limit-remaining') === '0', `expected code 88, got ${JSON.stringify(error)}`)
    },
  ],
  [
    'injected-503',
    async () => {
      await admin('faults', { route: 'GET /1.1/statuses/home_timeline.json', status: 503, times: 1 })
      const error = await client.get('statuses/home_timeline', { count: 1 }).then(() => undefined, (e) => e)
      check(error && codeOf(error) === 130, `expected 503 code 130, got ${error ? JSON.stringify(error) : 'success'}`)
      const again = await client.get('statuses/home_timeline', { count: 1 })
      check(again.length === 1, 'the call after the fault failed too')
    },
  ],
])
process.exit(0)
