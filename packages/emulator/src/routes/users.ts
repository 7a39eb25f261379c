/** Users and the signed-in account: show/lookup/search, suggestions, banners, spam reports, settings and profile. */
import { Answer, bool, int, namesOrIds, requireViewer, showUser, userFrom, type Handler, type HandlerContext } from './common.js'
import type { UserRecord } from '../state/state.js'

/** Suggestion categories: slug -> [name, screen names]. */
const SUGGESTIONS: Readonly<Record<string, readonly [string, readonly string[]]>> = {
  developers: ['Developers', ['maya_codes', 'jules_py', 'chen_ml', 'tomas_ops']],
  'docs-and-design': ['Docs & Design', ['amara_writes', 'lena_ux']],
  twitter: ['Twitter', ['twitterapi']],
}

function suggested(ctx: HandlerContext): UserRecord[] {
  const names = SUGGESTIONS[ctx.params.slug ?? '']?.[1] ?? SUGGESTIONS.developers![1]
  return names.map((n) => ctx.state.userByName(n)).filter((u): u is UserRecord => u !== undefined)
}

function accountSettings(ctx: HandlerContext, me: UserRecord): Record<string, unknown> {
  return {
    time_zone: { name: me.settings.time_zone, tzinfo_name: me.settings.time_zone === 'UTC' ? 'Etc/UTC' : me.settings.time_zone, utc_offset: 0 },
    protected: me.protected,
    screen_name: me.screen_name,
    always_use_https: true,
    use_cookie_personalization: false,
    sleep_time: { enabled: me.settings.sleep_enabled, end_time: me.settings.sleep_enabled ? 7 : null, start_time: me.settings.sleep_enabled ? 23 : null },
    geo_enabled: me.settings.geo_enabled,
    language: me.settings.language,
    discoverable_by_email: me.settings.discoverable_by_email,
    discoverable_by_mobile_phone: false,
    display_sensitive_media: false,
    allow_contributor_request: 'none',
    allow_dms_from: 'following',
    allow_dm_groups_from: 'following',
    translator_type: 'none',
    trend_location: [{ name: 'Worldwide', countryCode: null, url: 'http://where.yahooapis.com/v1/place/1', woeid: 1, placeType: { name: 'Supername', code: 19 }, parentid: 0, country: '' }],
  }
}

export const userRoutes: Readonly<Record<string, Handler>> = {
  verify_credentials(ctx) {
    const me = showUser(ctx, requireViewer(ctx))
    return bool(ctx, 'include_email') ? { ...me, email: `${me.screen_name as string}@example.com` } : me
  },
  show_user: (ctx) => showUser(ctx, userFrom(ctx, '', false)),
  lookup_user: (ctx) => namesOrIds(ctx).slice(0, 100).map((u) => showUser(ctx, u)),
  search_users(ctx) {
    const q = (ctx.params.q ?? '').toLowerCase().replace(/^@/, '')
    const count = int(ctx, 'count', 20, 20)
    const page = int(ctx, 'page', 1, 50)
    // Generated followers are left out, as Twitter ranks inactive accounts last.
    const found = [...ctx.state.users.values()].filter((u) => !u.screen_name.startsWith('follower_') && [u.screen_name, u.name, u.description].some((f) => f.toLowerCase().includes(q)))
    return found.slice((page - 1) * count, page * count).map((u) => showUser(ctx, u))
  },
  get_contributees: () => [],
  get_contributors: () => [],
  get_profile_banner_sizes(ctx) {
    const user = userFrom(ctx)
    const base = `https://pbs.twimg.com/profile_banners/${user.id}/1500000000`
    const sizes: [string, number, number][] = [['ipad', 626, 313], ['ipad_retina', 1252, 626], ['web', 520, 260], ['web_retina', 1040, 520], ['mobile', 320, 160], ['mobile_retina', 640, 320], ['300x100', 300, 100], ['600x200', 600, 200], ['1500x500', 1500, 500]]
    return { sizes: Object.fromEntries(sizes.map(([k, w, h]) => [k, { h, w, url: `${base}/${k}` }])) }
  },
  get_user_suggestions: () => Object.entries(SUGGESTIONS).map(([slug, [name, users]]) => ({ name, slug, size: users.length })),
  get_user_suggestions_by_slug(ctx) {
    const slug = ctx.params.slug ?? ''
    const users = suggested(ctx)
    return { name: SUGGESTIONS[slug]?.[0] ?? slug, slug, size: users.length, users: users.map((u) => showUser(ctx, u)) }
  },
  get_user_suggestions_statuses_by_slug: (ctx) => suggested(ctx).map((u) => showUser(ctx, u)),
  report_spam(ctx) {
    const target = userFrom(ctx, '', false)
    const me = requireViewer(ctx).id.toString()
    if (ctx.params.perform_block !== 'false') ctx.state.toggle(ctx.state.blocks, me, target.id.toString(), true)
    return showUser(ctx, target)
  },

  get_account_settings: (ctx) => accountSettings(ctx, requireViewer(ctx)),
  update_account_settings(ctx) {
    const me = requireViewer(ctx)
    if (ctx.params.lang) me.settings.language = ctx.params.lang
    if (ctx.params.time_zone) me.settings.time_zone = ctx.params.time_zone
    if (ctx.params.sleep_time_enabled !== undefined) me.settings.sleep_enabled = bool(ctx, 'sleep_time_enabled')
    return accountSettings(ctx, me)
  },
  update_profile(ctx) {
    const me = requireViewer(ctx)
    for (const key of ['name', 'description', 'location'] as const) if (ctx.params[key] !== undefined) me[key] = ctx.params[key]
    if (ctx.params.url !== undefined) me.url = ctx.params.url || null
    if (ctx.params.profile_link_color) me.profile_link_color = ctx.params.profile_link_color
    return showUser(ctx, me)
  },
  update_profile_colors(ctx) {
    const me = requireViewer(ctx)
    for (const key of ['profile_link_color', 'profile_background_color', 'profile_sidebar_border_color', 'profile_sidebar_fill_color', 'profile_text_color'] as const) if (ctx.params[key]) me[key] = ctx.params[key]
    return showUser(ctx, me)
  },
  update_profile_image: (ctx) => showUser(ctx, requireViewer(ctx)),
  update_profile_background_image: (ctx) => showUser(ctx, requireViewer(ctx)),
  // Twitter answers these two with an empty body (201 and 200).
  update_profile_banner_image: () => new Answer(201, undefined),
  remove_profile_banner: () => new Answer(200, undefined),
  update_delivery_service: (ctx) => ({ device: ctx.params.device ?? 'none' }),
}
