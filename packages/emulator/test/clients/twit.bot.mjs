// A bot written with twit (unmodified, from npm), as its README shows. Twit has no host option: its
// hosts live in the exported table `twit/lib/endpoints`, which direct mode points at the emulator.
// Intercepting mode changes nothing: its HTTP library, request, reads HTTPS_PROXY itself.
import { createRequire } from 'node:module'
import { admin, check, credentials, directUrl, PNG, runSteps, sleep, unique, videoFile, within } from './lib/bot.mjs'

const require = createRequire(import.meta.url)
const Twit = require('twit')
if (directUrl) {
  const endpoints = require('twit/lib/endpoints')
  for (const key of ['REST_ROOT', 'PUB_STREAM', 'USER_STREAM', 'SITE_STREAM', 'MEDIA_UPLOAD']) endpoints[key] = `${directUrl}/1.1/`
  endpoints.API_HOST = `${directUrl}/`
}

const T = new Twit({ consumer_key: credentials.appKey, consumer_secret: credentials.appSecret, access_token: credentials.oauthToken, access_token_secret: credentials.oauthTokenSecret, timeout_ms: 10_000 })
const statusOf = (error) => error?.statusCode

/** `?max_id=1&q=x` -> `{ max_id: '1', q: 'x' }` */
const queryOf = (search) => Object.fromEntries(new URLSearchParams(search.replace(/^\?/, '')))

await runSteps([
  [
    'credentials',
    async () => {
      const { data } = await T.get('account/verify_credentials', { skip_status: true })
      check(data.screen_name === 'emu_dev', `verify_credentials answered ${JSON.stringify(data).slice(0, 200)}`)
    },
  ],
  [
    'post-with-entities-and-media',
    async () => {
      const { data: media } = await T.post('media/upload', { media_data: PNG.toString('base64') })
      check(media.media_id_string, `media/upload answered ${JSON.stringify(media)}`)
      const { data: tweet } = await T.post('statuses/update', { status: 'Shipping from twit @maya_codes #emulator https://example.com/post', media_ids: [media.media_id_string] })
      check(tweet.entities?.hashtags?.some((h) => h.text === 'emulator'), `no #emulator hashtag entity: ${JSON.stringify(tweet).slice(0, 300)}`)
      check(tweet.entities.user_mentions.some((m) => m.screen_name === 'maya_codes'), 'no @maya_codes mention entity')
      check(tweet.entities.urls.some((u) => u.expanded_url === 'https://example.com/post'), 'no url entity')
      check(tweet.entities.media?.[0]?.id_str === media.media_id_string, `media not attached: entities.media=${JSON.stringify(tweet.entities.media)}`)
      check(tweet.extended_entities?.media?.[0]?.type === 'photo', 'extended_entities.media[0].type is not photo')
    },
  ],
  [
    'timelines-and-cursors',
    async () => {
      const { data: home } = await T.get('statuses/home_timeline', { count: 3 })
      check(home.length === 3, `home_timeline gave ${home.length} tweets for count=3`)
      const maxId = (BigInt(home[2].id_str) - 1n).toString()
      const { data: older } = await T.get('statuses/home_timeline', { count: 3, max_id: maxId })
      check(older.length > 0 && BigInt(older[0].id_str) < BigInt(home[2].id_str), 'the max_id page is not older')
      const { data: page1 } = await T.get('followers/ids', { screen_name: 'twitterapi', count: 100, stringify_ids: true })
      check(page1.next_cursor_str && page1.next_cursor_str !== '0', 'followers/ids has no next cursor')
      const { data: page2 } = await T.get('followers/ids', { screen_name: 'twitterapi', count: 100, cursor: page1.next_cursor_str, stringify_ids: true })
      check(page2.ids.length > 0 && page2.ids[0] !== page1.ids[0], 'followers/ids did not page by cursor')
    },
  ],
  [
    'follows',
    async () => {
      await T.post('friendships/create', { screen_name: 'grace_h' })
      const { data } = await T.get('friendships/lookup', { screen_name: 'grace_h' })
      check(data[0]?.connections?.includes('following'), `friendships/lookup: ${JSON.stringify(data)}`)
      await T.post('friendships/destroy', { screen_name: 'grace_h' })
    },
  ],
  [
    'lists',
    async () => {
      const { data: list } = await T.post('lists/create', { name: 'docs-people', mode: 'private' })
      await T.post('lists/members/create', { list_id: list.id_str, screen_name: 'amara_writes' })
      const { data: members } = await T.get('lists/members', { list_id: list.id_str })
      check(members.users.some((u) => u.screen_name === 'amara_writes'), 'the new member is not listed')
      await T.get('lists/statuses', { list_id: list.id_str })
      await T.post('lists/destroy', { list_id: list.id_str })
    },
  ],
  [
    'direct-messages',
    async () => {
      const { data: maya } = await T.get('users/show', { screen_name: 'maya_codes' })
      const { data: sent } = await T.post('direct_messages/events/new', { event: { type: 'message_create', message_create: { target: { recipient_id: maya.id_str }, message_data: { text: 'hello over the events API' } } } })
      check(sent.event?.message_create?.message_data?.text === 'hello over the events API', `events/new answered ${JSON.stringify(sent)}`)
      const { data: list } = await T.get('direct_messages/events/list', {})
      check(list.events?.some((e) => e.id === sent.event.id), 'events/list does not show the new message')
    },
  ],
  [
    'search-paging',
    async () => {
      const { data: first } = await T.get('search/tweets', { q: 'emulator', count: 2 })
      check(first.statuses?.length === 2, `search gave ${first.statuses?.length} for count=2`)
      check(first.search_metadata.next_results, 'no search_metadata.next_results')
      const { data: second } = await T.get('search/tweets', queryOf(first.search_metadata.next_results))
      check(second.statuses.length > 0 && second.statuses[0].id_str !== first.statuses[0].id_str, 'the next search page repeats the first')
    },
  ],
  [
    'chunked-video-upload',
    async () => {
      const { path } = videoFile()
      const media = await new Promise((resolve, reject) => T.postMediaChunked({ file_path: path }, (err, data) => (err ? reject(err) : resolve(data))))
      check(media?.media_id_string, `FINALIZE answered ${JSON.stringify(media)}`)
      // twit returns FINALIZE's answer as is; a video is processed asynchronously, so the bot polls STATUS
      // until it is ready, as Twitter's guide asks (a tweet with an unprocessed video is refused, code 324).
      let info = media.processing_info
      while (info && !['succeeded', 'failed'].includes(info.state)) {
        await sleep((info.check_after_secs ?? 1) * 1000)
        info = (await T.get('media/upload', { command: 'STATUS', media_id: media.media_id_string })).data.processing_info
      }
      check(!info || info.state === 'succeeded', `processing ended ${JSON.stringify(info)}`)
      const { data: tweet } = await T.post('statuses/update', { status: 'a clip from twit', media_ids: [media.media_id_string] })
      check(tweet.extended_entities?.media?.[0]?.type === 'video', `video not attached: ${JSON.stringify(tweet.extended_entities)}`)
    },
  ],
  [
    'filter-stream',
    async () => {
      const word = unique('twit')
      const stream = T.stream('statuses/filter', { track: word })
      try {
        const received = new Promise((resolve, reject) => {
          stream.on('tweet', (t) => t.text?.includes(word) && resolve(t))
          stream.on('error', reject)
        })
        await within(8000, 'the stream connecting', new Promise((resolve) => stream.on('connected', resolve)))
        await T.post('statuses/update', { status: `live on the stream ${word}` })
        const tweet = await within(8000, 'the tracked tweet on the stream', received)
        check(tweet.user.screen_name === 'emu_dev', 'wrong author')
      } finally {
        stream.stop()
      }
    },
  ],
  [
    'rate-limit-429',
    async () => {
      await admin('rate-limit', { route: 'show_user', limit: 1 })
      await T.get('users/show', { screen_name: 'jack' })
      const error = await T.get('users/show', { screen_name: 'jack' }).then(() => undefined, (e) => e)
      check(error, 'the second call was not refused')
      check(statusOf(error) === 429 && error.code === 88, `expected 429 code 88, got ${statusOf(error)} ${error.code} ${error.message}`)
    },
  ],
  [
    'injected-503',
    async () => {
      await admin('faults', { route: 'GET /1.1/statuses/home_timeline.json', status: 503, times: 1 })
      const error = await T.get('statuses/home_timeline', { count: 1 }).then(() => undefined, (e) => e)
      check(error && statusOf(error) === 503, `expected 503, got ${error ? statusOf(error) : 'success'}`)
      const { data } = await T.get('statuses/home_timeline', { count: 1 })
      check(data.length === 1, 'the call after the fault failed too')
    },
  ],
])
process.exit(0)
