/**
 * `npm run demo`: an example bot, run against the offline emulator on 127.0.0.1. It signs in through the
 * three-legged OAuth flow, posts a tweet with a mention, a hashtag and a link, reads it back from the home
 * timeline, follows a user, pages through followers with `cursor`, shows the remaining rate limit, runs
 * into a rate limit on purpose and reports the typed error. Nothing here is special to the emulator except
 * the `hosts` option and the approval click, which a real user would make on twitter.com.
 */
import { Twython, TwythonError, TwythonRateLimitError } from '@twython/client'
import { startEmulator } from '@twython/emulator'

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)
let stepNo = 0
function step(title: string): void {
  console.log(`\n${bold(`${++stepNo}. ${title}`)}`)
}
function show(label: string, value: unknown): void {
  console.log(`   ${label.padEnd(22)} ${typeof value === 'string' ? value : JSON.stringify(value)}`)
}

async function main(): Promise<void> {
  const emu = await startEmulator({ port: 0 })
  try {
    console.log(`Offline Twitter API v1.1 emulator listening on ${emu.url}`)
    const { appKey, appSecret } = emu.app

    step('Three-legged OAuth: request token, user approval, access token')
    const app = new Twython({ appKey, appSecret, hosts: emu.hosts })
    const request = await app.getAuthenticationTokens({ callbackUrl: 'oob' })
    show('request token', request.oauth_token)
    show('send the user to', request.auth_url)
    // The user clicks "Authorize app" on twitter.com; on the emulator the approval is one HTTP call.
    const approval = (await (await fetch(`${emu.url}/_emulator/authorize`, { method: 'POST', body: new URLSearchParams({ oauth_token: request.oauth_token }) })).json()) as { oauth_verifier: string }
    show('verifier (PIN)', approval.oauth_verifier)
    const signingIn = new Twython({ appKey, appSecret, oauthToken: request.oauth_token, oauthTokenSecret: request.oauth_token_secret, hosts: emu.hosts })
    const access = await signingIn.getAuthorizedTokens(approval.oauth_verifier)
    show('signed in as', `@${access.screen_name} (user id ${access.user_id})`)

    const twitter = new Twython({ appKey, appSecret, oauthToken: access.oauth_token, oauthTokenSecret: access.oauth_token_secret, hosts: emu.hosts })
    const me = await twitter.verifyCredentials()
    show('verify_credentials', `${me.name} @${me.screen_name}, ${me.followers_count} followers`)

    step('Post a tweet with a mention, a hashtag and a link')
    const others = await twitter.searchUsers({ q: 'a', count: 5 })
    const friend = others.find((u) => u.id_str !== me.id_str && !u.following) ?? others[0]!
    const tweet = await twitter.updateStatus({ status: `Hello @${friend.screen_name}! Trying the #typescript port of Twython: https://github.com/ryanmcgrath/twython` })
    show('tweet id_str', tweet.id_str)
    show('text', tweet.text ?? tweet.full_text ?? '')
    show('mentions', tweet.entities.user_mentions.map((m) => `@${m.screen_name} [${m.indices.join(',')}]`).join(' '))
    show('hashtags', tweet.entities.hashtags.map((h) => `#${h.text} [${h.indices.join(',')}]`).join(' '))
    show('urls', tweet.entities.urls.map((u) => `${u.url} -> ${u.expanded_url}`).join(' '))
    show('as HTML', Twython.htmlForTweet(tweet))

    step('Read it back from the home timeline')
    const timeline = await twitter.getHomeTimeline({ count: 5 })
    show('newest tweets', timeline.map((t) => `${t.id_str} @${t.user.screen_name}`).join(', '))
    show('found our tweet', timeline.some((t) => t.id_str === tweet.id_str))

    step(`Follow @${friend.screen_name}`)
    const followed = await twitter.createFriendship({ screen_name: friend.screen_name })
    show('following', `@${followed.screen_name}`)
    const relationship = await twitter.showFriendship({ source_screen_name: me.screen_name, target_screen_name: friend.screen_name })
    show('friendships/show', `following=${relationship.relationship.source.following}`)

    step('Page through followers with cursor()')
    const popular = [...others].sort((a, b) => b.followers_count - a.followers_count)[0]!
    let pages = 0
    let ids = 0
    for await (const page of twitter.cursor(twitter.getFollowersIds, { screen_name: popular.screen_name, count: 100, stringify_ids: true }, { returnPages: true })) {
      pages++
      ids += page.length
    }
    show(`@${popular.screen_name}`, `${ids} follower ids in ${pages} pages of up to 100`)

    step('Rate-limit headers of the last call')
    show('x-rate-limit-limit', twitter.getLastFunctionHeader('x-rate-limit-limit', '?'))
    show('x-rate-limit-remaining', twitter.getLastFunctionHeader('x-rate-limit-remaining', '?'))
    show('x-rate-limit-reset', twitter.getLastFunctionHeader('x-rate-limit-reset', '?'))

    step('Run into a rate limit on purpose')
    emu.setRateLimit('show_user', 3)
    try {
      for (let i = 1; ; i++) {
        await twitter.showUser({ screen_name: friend.screen_name })
        show(`users/show #${i}`, `ok, ${twitter.getLastFunctionHeader('x-rate-limit-remaining')} left`)
      }
    } catch (error) {
      if (!(error instanceof TwythonRateLimitError)) throw error
      show('caught', error.name)
      show('message', error.message)
      show('Twitter error code', error.errorCode)
      show('window resets at', new Date((error.retryAfter ?? 0) * 1000).toISOString())
    }
    console.log(`\n${bold('Done.')} Every call above went over real HTTP to the emulator, signed with OAuth 1.0a.`)
  } finally {
    await emu.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof TwythonError ? `TwythonError: ${error.message}` : error)
  process.exitCode = 1
})
