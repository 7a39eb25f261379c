// generated from spec/endpoints/ by @twython/generator: do not edit

import { registerRoutes } from '@twython/runtime'
import type { CallOptions, Core } from '@twython/runtime'
import * as account from './account.js'
import * as blocks from './blocks.js'
import * as directMessages from './direct_messages.js'
import * as favorites from './favorites.js'
import * as friendships from './friendships.js'
import * as geo from './geo.js'
import * as help from './help.js'
import * as lists from './lists.js'
import * as media from './media.js'
import * as mutes from './mutes.js'
import * as oauth from './oauth.js'
import * as savedSearches from './saved_searches.js'
import * as search from './search.js'
import * as trends from './trends.js'
import * as tweets from './tweets.js'
import * as users from './users.js'

/**
 * Every endpoint method of the Twython developer interface, each delegating to its per-family function.
 * Extended by `Twython`, which adds authentication flows, `cursor`, uploads and the helpers.
 */
export class TwythonEndpoints {
  /** @param core - The core that signs and sends every call. */
  constructor(public readonly core: Core) {
  }

  /**
   * Read the authenticating user's account settings, such as language, time zone, trend location and sleep time.
   *
   * `GET https://api.twitter.com/1.1/account/settings.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/get-account-settings
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `AccountSettings`: the authenticating user's account settings, as `account/settings` reads or updates them.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getAccountSettings()
   * ```
   */
  getAccountSettings(params: account.GetAccountSettingsParams = {}, options?: CallOptions): Promise<account.GetAccountSettingsResponse> {
    return account.getAccountSettings(this.core, params, options)
  }

  /**
   * Check the user's credentials and, if they are valid, return that user's profile.
   *
   * Answers 200 with the user object when the tokens are good and 401 when they are not, which makes it the usual way to test a token. The `email` field is only filled in when the app has been granted the email-address permission and the user authorised it after that (older tokens must be reissued).
   *
   * `GET https://api.twitter.com/1.1/account/verify_credentials.json` · Auth: OAuth 1.0a user context. Rate limit: 75 per user every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/get-account-verify_credentials
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.include_entities - Set to false to leave the `entities` object out of the user's embedded Tweet.
   * @param params.skip_status - When true, the user comes back without their most recent Tweet.
   * @param params.include_email - When true, the user object gets an `email` string, or `null` if the account has no verified address. Needs the app's email permission.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The authenticating user, which proves the credentials work.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.verifyCredentials()
   * ```
   */
  verifyCredentials(params: account.VerifyCredentialsParams = {}, options?: CallOptions): Promise<account.VerifyCredentialsResponse> {
    return account.verifyCredentials(this.core, params, options)
  }

  /**
   * Change one or more of the authenticating user's account settings.
   *
   * Every parameter is optional, but send at least one. Returns the settings as they stand afterwards.
   *
   * `POST https://api.twitter.com/1.1/account/settings.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-account-settings
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.sleep_time_enabled - True to turn on sleep time, the hours during which Twitter holds back push and SMS notifications; false to turn it off.
   * @param params.start_sleep_time - Hour of the day (0-23, in the user's `time_zone`) at which sleep time begins.
   * @param params.end_sleep_time - Hour of the day (0-23, in the user's `time_zone`) at which sleep time ends.
   * @param params.time_zone - The time zone to show dates and times in, given as a Rails time zone name.
   * @param params.trend_location_woeid - Yahoo! Where On Earth id of the user's default trends location; 1 means worldwide. It must be one of the places `getAvailableTrends` lists.
   * @param params.lang - Two-letter ISO 639-1 code of the language twitter.com should use for this user; one of the codes `getSupportedLanguages` returns.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `AccountSettings`: the authenticating user's account settings, as `account/settings` reads or updates them.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.updateAccountSettings({ lang: 'en' })
   * ```
   */
  updateAccountSettings(params: account.UpdateAccountSettingsParams = {}, options?: CallOptions): Promise<account.UpdateAccountSettingsResponse> {
    return account.updateAccountSettings(this.core, params, options)
  }

  /**
   * Choose whether Twitter delivers notifications to the authenticating user by SMS.
   *
   * Twython names this method `updateDeliveryService`; the endpoint is `account/update_delivery_device`. Sending `none` turns SMS delivery off. Twitter's SMS features were later withdrawn and this endpoint dropped out of the v1.1 reference, so its response is not modelled.
   *
   * `POST https://api.twitter.com/1.1/account/update_delivery_device.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://dev.twitter.com/docs/api/1.1/post/account/update_delivery_device
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.device - (required) Where to deliver updates: `sms` for text messages, `none` to stop them.
   * @param params.include_entities - Set to false to leave `entities` objects out of the response.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns Twitter's JSON as it arrives: the spec has no model for this response.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.updateDeliveryService({ device: 'none' })
   * ```
   */
  updateDeliveryService(params: account.UpdateDeliveryServiceParams, options?: CallOptions): Promise<account.UpdateDeliveryServiceResponse> {
    return account.updateDeliveryService(this.core, params, options)
  }

  /**
   * Change fields of the authenticating user's public profile.
   *
   * Only the fields sent are changed; send at least one. Returns the updated user.
   *
   * `POST https://api.twitter.com/1.1/account/update_profile.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-account-update_profile
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.name - The display name shown on the profile (Twitter's limit was 50 characters; older docs said 20).
   * @param params.url - The website linked from the profile; Twitter adds `http://` when no scheme is given.
   * @param params.location - Free-text location shown on the profile; Twitter does not geocode or normalise it.
   * @param params.description - The profile bio text.
   * @param params.profile_link_color - Colour for links on the user's twitter.com profile, as a three- or six-digit hex value without `#` (for example F00 or FF0000). This replaces the separate `updateProfileColors` call.
   * @param params.include_entities - Set to false to leave the `entities` object out of the user's embedded Tweet.
   * @param params.skip_status - When true, the returned user comes without their most recent Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `User`: a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.updateProfile({ profile_link_color: '1DA1F2' })
   * ```
   */
  updateProfile(params: account.UpdateProfileParams = {}, options?: CallOptions): Promise<account.UpdateProfileResponse> {
    return account.updateProfile(this.core, params, options)
  }

  /**
   * Upload a new profile banner for the authenticating user.
   *
   * Despite Twython's method name (and its docstring, which mentions the background image), the request goes to `account/update_profile_banner`. Twitter answers 200, 201 or 202 with an empty body on success, 400 when the image is missing or unreadable and 422 when it cannot be resized or is too large. Banners are processed asynchronously, so `profile_banner_url` may not change straight away; see `getProfileBannerSizes` for the size variants.
   *
   * `POST https://api.twitter.com/1.1/account/update_profile_banner.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-account-update_profile_banner
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.banner - (required) The banner image, Base64-encoded.
   * @param params.width - Width in pixels of the part of the image to use; goes with `height`, `offset_left` and `offset_top`.
   * @param params.height - Height in pixels of the part of the image to use; goes with `width`, `offset_left` and `offset_top`.
   * @param params.offset_left - How many pixels from the image's left edge the chosen part starts.
   * @param params.offset_top - How many pixels from the image's top edge the chosen part starts.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns Nothing (`undefined`): Twitter answers with an empty body.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.updateProfileBannerImage({ banner: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==' })
   * ```
   */
  updateProfileBannerImage(params: account.UpdateProfileBannerImageParams, options?: CallOptions): Promise<account.UpdateProfileBannerImageResponse> {
    return account.updateProfileBannerImage(this.core, params, options)
  }

  /**
   * Set the hex colours of the authenticating user's twitter.com profile theme.
   *
   * Send at least one colour, each a three- or six-digit hex value without `#`. Returns the updated user. Twitter later dropped this endpoint from the v1.1 reference.
   *
   * `POST https://api.twitter.com/1.1/account/update_profile_colors.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://dev.twitter.com/docs/api/1.1/post/account/update_profile_colors
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.profile_background_color - Hex colour of the profile page background.
   * @param params.profile_link_color - Hex colour of links on the profile page.
   * @param params.profile_sidebar_border_color - Hex colour of the sidebar border on the profile page.
   * @param params.profile_sidebar_fill_color - Hex colour filling the sidebar on the profile page.
   * @param params.profile_text_color - Hex colour of the text on the profile page.
   * @param params.include_entities - Set to false to leave the `entities` object out of the user's embedded Tweet.
   * @param params.skip_status - When true, the returned user comes without their most recent Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `User`: a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @deprecated Twitter deprecated this endpoint; set the link colour with `updateProfile`'s `profile_link_color` instead. The other theme colours can no longer be changed.
   * @example
   * ```ts
   * const result = await twitter.updateProfileColors({ profile_link_color: '0000FF' })
   * ```
   */
  updateProfileColors(params: account.UpdateProfileColorsParams = {}, options?: CallOptions): Promise<account.UpdateProfileColorsResponse> {
    return account.updateProfileColors(this.core, params, options)
  }

  /**
   * Replace the authenticating user's avatar.
   *
   * The image must be a GIF, JPEG or PNG under 700 KB; images wider than 400 pixels are scaled down and animated GIFs keep only their first frame. Twitter processes the upload asynchronously: the returned user may still show the old `profile_image_url`, so read the user again a few seconds later.
   *
   * `POST https://api.twitter.com/1.1/account/update_profile_image.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-account-update_profile_image
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.image - (required) The new avatar image, Base64-encoded (not a URL).
   * @param params.include_entities - Set to false to leave the `entities` object out of the user's embedded Tweet.
   * @param params.skip_status - When true, the returned user comes without their most recent Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `User`: a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.updateProfileImage({ image: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==' })
   * ```
   */
  updateProfileImage(params: account.UpdateProfileImageParams, options?: CallOptions): Promise<account.UpdateProfileImageResponse> {
    return account.updateProfileImage(this.core, params, options)
  }

  /**
   * Remove the authenticating user's profile banner.
   *
   * Twitter answers 200 with no body when the banner has been removed.
   *
   * `POST https://api.twitter.com/1.1/account/remove_profile_banner.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-account-remove_profile_banner
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns Nothing (`undefined`): Twitter answers with an empty body.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.removeProfileBanner()
   * ```
   */
  removeProfileBanner(params: account.RemoveProfileBannerParams = {}, options?: CallOptions): Promise<account.RemoveProfileBannerResponse> {
    return account.removeProfileBanner(this.core, params, options)
  }

  /**
   * Change or switch off the authenticating user's profile background image.
   *
   * Every parameter is optional, but send `image` or `media_id`. Twython's docstring for this method describes the banner upload by mistake; the request goes to `account/update_profile_background_image`. Although the reference only says "requires authentication", the call changes the token owner's profile, so it needs a user context in practice.
   *
   * `POST https://api.twitter.com/1.1/account/update_profile_background_image.json` · Auth: user context or app-only bearer token.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-account-update_profile_background_image
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.image - The background image, Base64-encoded: a GIF, JPEG or PNG under 800 KB; images wider than 2048 pixels are scaled down.
   * @param params.tile - True to repeat (tile) the background image across the page; otherwise it is shown once.
   * @param params.include_entities - Set to false to leave the `entities` object out of the user's embedded Tweet.
   * @param params.skip_status - When true, the returned user comes without their most recent Tweet.
   * @param params.media_id - Id of an image already uploaded with `uploadMedia`, to use instead of sending `image`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `User`: a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @deprecated Twitter deprecated profile background images in 2018 (twitter.com no longer shows them); there is no replacement.
   * @example
   * ```ts
   * const result = await twitter.updateProfileBackgroundImage({ media_id: '1656234633', tile: true })
   * ```
   */
  updateProfileBackgroundImage(params: account.UpdateProfileBackgroundImageParams = {}, options?: CallOptions): Promise<account.UpdateProfileBackgroundImageResponse> {
    return account.updateProfileBackgroundImage(this.core, params, options)
  }

  /**
   * Page through the accounts the authenticating user blocks, as full user objects.
   *
   * The collection is cursored; keep requesting pages until `next_cursor` is 0 to see every block.
   *
   * `GET https://api.twitter.com/1.1/blocks/list.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.listBlocks, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/get-blocks-list
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded Tweet.
   * @param params.skip_status - When true, each user comes back without their most recent Tweet.
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredUsers`: one page of users, as `followers/list`, `friends/list`, `blocks/list`, `lists/members` and similar endpoints return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.listBlocks()
   * ```
   */
  listBlocks(params: blocks.ListBlocksParams = {}, options?: CallOptions): Promise<blocks.ListBlocksResponse> {
    return blocks.listBlocks(this.core, params, options)
  }

  /**
   * Page through the ids of the accounts the authenticating user blocks.
   *
   * Pages hold up to 5,000 ids; keep requesting pages until `next_cursor` is 0 to see every block. Use `stringify_ids` in JavaScript, since ids can exceed 2^53.
   *
   * `GET https://api.twitter.com/1.1/blocks/ids.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.listBlockIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/get-blocks-ids
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredStringIds`: one page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.listBlockIds({ stringify_ids: true })
   * ```
   */
  listBlockIds(params: blocks.ListBlockIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<blocks.ListBlockIdsStringIdsResponse>
  /**
   * Page through the ids of the accounts the authenticating user blocks.
   *
   * Pages hold up to 5,000 ids; keep requesting pages until `next_cursor` is 0 to see every block. Use `stringify_ids` in JavaScript, since ids can exceed 2^53.
   *
   * `GET https://api.twitter.com/1.1/blocks/ids.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.listBlockIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/get-blocks-ids
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredIds`: one page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.listBlockIds()
   * ```
   */
  listBlockIds(params?: blocks.ListBlockIdsParams, options?: CallOptions): Promise<blocks.ListBlockIdsResponse>
  listBlockIds(params: blocks.ListBlockIdsParams = {}, options?: CallOptions): Promise<blocks.ListBlockIdsResponse> {
    return blocks.listBlockIds(this.core, params, options)
  }

  /**
   * Block an account on behalf of the authenticating user.
   *
   * Any follow relationship between the two accounts, in either direction, is removed, and the blocked account's Tweets no longer show in the user's timeline or mentions (unless someone else retweets them). Returns the blocked user.
   *
   * `POST https://api.twitter.com/1.1/blocks/create.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/post-blocks-create
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.screen_name - Handle (without the \@) of the account to block. Give this or `user_id`; one of them is required.
   * @param params.user_id - Numeric id of the account to block. Give this or `screen_name`; one of them is required.
   * @param params.include_entities - Set to false to leave the `entities` object out of the returned user's embedded Tweet.
   * @param params.skip_status - When true, the returned user comes without their most recent Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The blocked account.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.createBlock({ screen_name: 'tomas_ops' })
   * ```
   */
  createBlock(params: blocks.CreateBlockParams = {}, options?: CallOptions): Promise<blocks.CreateBlockResponse> {
    return blocks.createBlock(this.core, params, options)
  }

  /**
   * Lift the authenticating user's block on an account.
   *
   * Returns the unblocked user. Follow relationships removed by the block are not restored.
   *
   * `POST https://api.twitter.com/1.1/blocks/destroy.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/post-blocks-destroy
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.screen_name - Handle (without the \@) of the account to unblock. Give this or `user_id`; one of them is required.
   * @param params.user_id - Numeric id of the account to unblock. Give this or `screen_name`; one of them is required.
   * @param params.include_entities - Set to false to leave the `entities` object out of the returned user's embedded Tweet.
   * @param params.skip_status - When true, the returned user comes without their most recent Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The account no longer blocked.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.destroyBlock({ screen_name: 'follower_007' })
   * ```
   */
  destroyBlock(params: blocks.DestroyBlockParams = {}, options?: CallOptions): Promise<blocks.DestroyBlockResponse> {
    return blocks.destroyBlock(this.core, params, options)
  }

  /**
   * Get the most recent direct messages sent to the authenticating user.
   *
   * Retired by Twitter in 2018 in favour of `GET direct_messages/events/list`. Returned 20 messages by default and up to 200 per call, and only the most recent messages (200 at the end of the endpoint's life) could be reached at all. The token needed read, write and direct message permission.
   *
   * `GET https://api.twitter.com/1.1/direct_messages.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getDirectMessages, params))` walks every page.
   *
   * Reference: https://dev.twitter.com/docs/api/1.1/get/direct_messages
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.since_id - Only return messages newer than this message id. If too many have arrived since then, Twitter moves it up to the oldest id it can still serve.
   * @param params.max_id - Only return messages with this id or older; used to page backwards.
   * @param params.count - How many messages to try to fetch, at most 200; deleted or suspended content is dropped afterwards, so fewer may come back.
   * @param params.include_entities - Set to false to leave the `entities` object out of each message.
   * @param params.skip_status - When true, the sender and recipient user objects come back without their most recent Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `DirectMessage`, each one a private message between two users, as the legacy `direct_messages`, `direct_messages/sent`, `direct_messages/show`, `direct_messages/new` and `direct_messages/destroy` endpoints returned it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getDirectMessages()
   * ```
   */
  getDirectMessages(params: directMessages.GetDirectMessagesParams = {}, options?: CallOptions): Promise<directMessages.GetDirectMessagesResponse> {
    return directMessages.getDirectMessages(this.core, params, options)
  }

  /**
   * Get the most recent direct messages the authenticating user has sent.
   *
   * Retired by Twitter in 2018 in favour of `GET direct_messages/events/list`. Returned 20 messages by default and up to 200 per call, and only the most recent sent messages could be reached. The token needed read, write and direct message permission.
   *
   * `GET https://api.twitter.com/1.1/direct_messages/sent.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getSentMessages, params))` walks every page.
   *
   * Reference: https://dev.twitter.com/docs/api/1.1/get/direct_messages/sent
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.since_id - Only return messages newer than this message id. If too many have been sent since then, Twitter moves it up to the oldest id it can still serve.
   * @param params.max_id - Only return messages with this id or older; used to page backwards.
   * @param params.count - How many messages to fetch, at most 200.
   * @param params.page - Which page of results to return, counting from 1.
   * @param params.include_entities - Set to false to leave the `entities` object out of each message.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `DirectMessage`, each one a private message between two users, as the legacy `direct_messages`, `direct_messages/sent`, `direct_messages/show`, `direct_messages/new` and `direct_messages/destroy` endpoints returned it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getSentMessages()
   * ```
   */
  getSentMessages(params: directMessages.GetSentMessagesParams = {}, options?: CallOptions): Promise<directMessages.GetSentMessagesResponse> {
    return directMessages.getSentMessages(this.core, params, options)
  }

  /**
   * Get one direct message by its id, with its sender and recipient.
   *
   * Retired by Twitter in 2018 in favour of `GET direct_messages/events/show`. The token needed read, write and direct message permission.
   *
   * `GET https://api.twitter.com/1.1/direct_messages/show.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Reference: https://dev.twitter.com/docs/api/1.1/get/direct_messages/show
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) Numeric id of the direct message to read.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `DirectMessage`: a private message between two users, as the legacy `direct_messages`, `direct_messages/sent`, `direct_messages/show`, `direct_messages/new` and `direct_messages/destroy` endpoints returned it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getDirectMessage({ id: '2105618728350646663' })
   * ```
   */
  getDirectMessage(params: directMessages.GetDirectMessageParams, options?: CallOptions): Promise<directMessages.GetDirectMessageResponse> {
    return directMessages.getDirectMessage(this.core, params, options)
  }

  /**
   * Delete a direct message, returning the deleted message.
   *
   * Retired by Twitter in 2018 in favour of `DELETE direct_messages/events/destroy`. Only a message the authenticating user received could be deleted. The token needed read, write and direct message permission.
   *
   * `POST https://api.twitter.com/1.1/direct_messages/destroy.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://dev.twitter.com/docs/api/1.1/post/direct_messages/destroy
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) Numeric id of the direct message to delete.
   * @param params.include_entities - Set to false to leave the `entities` object out of the returned message.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `DirectMessage`: a private message between two users, as the legacy `direct_messages`, `direct_messages/sent`, `direct_messages/show`, `direct_messages/new` and `direct_messages/destroy` endpoints returned it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.destroyDirectMessage({ id: '2105621244933046664' })
   * ```
   */
  destroyDirectMessage(params: directMessages.DestroyDirectMessageParams, options?: CallOptions): Promise<directMessages.DestroyDirectMessageResponse> {
    return directMessages.destroyDirectMessage(this.core, params, options)
  }

  /**
   * Send a direct message from the authenticating user to another account.
   *
   * Retired by Twitter in 2018 in favour of `POST direct_messages/events/new`. Name the recipient with `user_id` or `screen_name`. Returns the message as sent. The token needed read, write and direct message permission.
   *
   * `POST https://api.twitter.com/1.1/direct_messages/new.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://dev.twitter.com/docs/api/1.1/post/direct_messages/new
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the recipient. Give this or `screen_name`; one of them is required.
   * @param params.screen_name - Handle (without the \@) of the recipient. Give this or `user_id`; one of them is required.
   * @param params.text - (required) The message body as plain text (the client does the form encoding); it had to fit the direct message length limit of the time.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `DirectMessage`: a private message between two users, as the legacy `direct_messages`, `direct_messages/sent`, `direct_messages/show`, `direct_messages/new` and `direct_messages/destroy` endpoints returned it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.sendDirectMessage({ screen_name: 'maya_codes', text: 'Thanks for the review!' })
   * ```
   */
  sendDirectMessage(params: directMessages.SendDirectMessageParams, options?: CallOptions): Promise<directMessages.SendDirectMessageResponse> {
    return directMessages.sendDirectMessage(this.core, params, options)
  }

  /**
   * Get the most recent Tweets liked by the authenticating user or by another user.
   *
   * Name the user with `user_id` or `screen_name`; with neither, the authenticating user's likes are returned. Page with `max_id` (the iterator does this for you).
   *
   * `GET https://api.twitter.com/1.1/favorites/list.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 75 per app every 15 minutes.
   *
   * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getFavorites, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-favorites-list
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the user whose likes to return. Give either this or `screen_name`, or neither for the authenticating user.
   * @param params.screen_name - Handle (without the \@) of the user whose likes to return. Give either this or `user_id`, or neither for the authenticating user.
   * @param params.count - The most Tweets to return, up to 200 (20 when left out). Deleted and suspended content is removed after the count is taken, so fewer may come back.
   * @param params.since_id - Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
   * @param params.max_id - Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
   * @param params.include_entities - Set to false to leave the `entities` node out of every Tweet.
   * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `Tweet`, each one a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getFavorites()
   * ```
   */
  getFavorites(params: favorites.GetFavoritesParams = {}, options?: CallOptions): Promise<favorites.GetFavoritesResponse> {
    return favorites.getFavorites(this.core, params, options)
  }

  /**
   * Remove the authenticating user's like from a Tweet.
   *
   * Returns the Tweet. Twitter processes the change asynchronously, so the returned Tweet's `favorited` flag may not reflect it yet; a 200 status means it succeeded.
   *
   * `POST https://api.twitter.com/1.1/favorites/destroy.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/post-favorites-destroy
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) Numeric id of the Tweet to un-like.
   * @param params.include_entities - Set to false to leave the `entities` node out of the returned Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The Tweet that is no longer liked.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.destroyFavorite({ id: '2104934217937846609' })
   * ```
   */
  destroyFavorite(params: favorites.DestroyFavoriteParams, options?: CallOptions): Promise<favorites.DestroyFavoriteResponse> {
    return favorites.destroyFavorite(this.core, params, options)
  }

  /**
   * Like a Tweet as the authenticating user.
   *
   * Returns the Tweet. Twitter processes the like asynchronously, so the returned Tweet's `favorited` flag may not reflect it yet; a 200 status means it succeeded. Limited to 1,000 likes per user per 24 hours.
   *
   * `POST https://api.twitter.com/1.1/favorites/create.json` · Auth: OAuth 1.0a user context. Rate limit: 1000 per user every 1440 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/post-favorites-create
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) Numeric id of the Tweet to like.
   * @param params.include_entities - Set to false to leave the `entities` node out of the returned Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The liked Tweet.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.createFavorite({ id: '2105085212881846619' })
   * ```
   */
  createFavorite(params: favorites.CreateFavoriteParams, options?: CallOptions): Promise<favorites.CreateFavoriteResponse> {
    return favorites.createFavorite(this.core, params, options)
  }

  /**
   * Get the ids of the users whose retweets the authenticating user has turned off.
   *
   * The response is a plain JSON array of user ids, not a cursored object. Pass `stringify_ids: true` in JavaScript, since ids can exceed 2^53. Turn retweets from a user on or off with `updateFriendship`.
   *
   * `GET https://api.twitter.com/1.1/friendships/no_retweets/ids.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-no_retweets-ids
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `string[]`. With `stringify_ids: true` every id is a string.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getUserIdsOfBlockedRetweets({ stringify_ids: true })
   * ```
   */
  getUserIdsOfBlockedRetweets(params: friendships.GetUserIdsOfBlockedRetweetsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<friendships.GetUserIdsOfBlockedRetweetsStringIdsResponse>
  /**
   * Get the ids of the users whose retweets the authenticating user has turned off.
   *
   * The response is a plain JSON array of user ids, not a cursored object. Pass `stringify_ids: true` in JavaScript, since ids can exceed 2^53. Turn retweets from a user on or off with `updateFriendship`.
   *
   * `GET https://api.twitter.com/1.1/friendships/no_retweets/ids.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-no_retweets-ids
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The ids of the users whose retweets are turned off, as numbers (as strings with `stringify_ids` true).
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getUserIdsOfBlockedRetweets()
   * ```
   */
  getUserIdsOfBlockedRetweets(params?: friendships.GetUserIdsOfBlockedRetweetsParams, options?: CallOptions): Promise<friendships.GetUserIdsOfBlockedRetweetsResponse>
  getUserIdsOfBlockedRetweets(params: friendships.GetUserIdsOfBlockedRetweetsParams = {}, options?: CallOptions): Promise<friendships.GetUserIdsOfBlockedRetweetsResponse> {
    return friendships.getUserIdsOfBlockedRetweets(this.core, params, options)
  }

  /**
   * Page through the ids of every account a user follows.
   *
   * Pages hold up to 5,000 ids, newest follows first (an order Twitter does not promise to keep). Suspended accounts are removed after a page is cut, so a page can be short. Turn the ids into user objects in bulk with `lookupUser`. With neither `user_id` nor `screen_name`, the authenticating user's friends are listed.
   *
   * `GET https://api.twitter.com/1.1/friends/ids.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getFriendsIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friends-ids
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the user whose friends to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own friends).
   * @param params.screen_name - Handle (without the \@) of the user whose friends to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own friends).
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param params.count - The most ids to return per page, up to 5,000 (also the default). Keep the same value for every page of one walk through the collection.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredStringIds`: one page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getFriendsIds({ screen_name: 'twitterapi', stringify_ids: true })
   * ```
   */
  getFriendsIds(params: friendships.GetFriendsIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<friendships.GetFriendsIdsStringIdsResponse>
  /**
   * Page through the ids of every account a user follows.
   *
   * Pages hold up to 5,000 ids, newest follows first (an order Twitter does not promise to keep). Suspended accounts are removed after a page is cut, so a page can be short. Turn the ids into user objects in bulk with `lookupUser`. With neither `user_id` nor `screen_name`, the authenticating user's friends are listed.
   *
   * `GET https://api.twitter.com/1.1/friends/ids.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getFriendsIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friends-ids
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the user whose friends to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own friends).
   * @param params.screen_name - Handle (without the \@) of the user whose friends to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own friends).
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param params.count - The most ids to return per page, up to 5,000 (also the default). Keep the same value for every page of one walk through the collection.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredIds`: one page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getFriendsIds({ screen_name: 'twitterapi' })
   * ```
   */
  getFriendsIds(params?: friendships.GetFriendsIdsParams, options?: CallOptions): Promise<friendships.GetFriendsIdsResponse>
  getFriendsIds(params: friendships.GetFriendsIdsParams = {}, options?: CallOptions): Promise<friendships.GetFriendsIdsResponse> {
    return friendships.getFriendsIds(this.core, params, options)
  }

  /**
   * Page through the ids of every account that follows a user.
   *
   * Pages hold up to 5,000 ids, newest followers first (an order Twitter does not promise to keep). Suspended accounts are removed after a page is cut, so a page can be short. Turn the ids into user objects in bulk with `lookupUser`. With neither `user_id` nor `screen_name`, the authenticating user's followers are listed.
   *
   * `GET https://api.twitter.com/1.1/followers/ids.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getFollowersIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-followers-ids
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the user whose followers to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own followers).
   * @param params.screen_name - Handle (without the \@) of the user whose followers to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own followers).
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param params.count - The most ids to return per page, up to 5,000 (also the default). Keep the same value for every page of one walk through the collection.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredStringIds`: one page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getFollowersIds({ screen_name: 'twitterapi', stringify_ids: true })
   * ```
   */
  getFollowersIds(params: friendships.GetFollowersIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<friendships.GetFollowersIdsStringIdsResponse>
  /**
   * Page through the ids of every account that follows a user.
   *
   * Pages hold up to 5,000 ids, newest followers first (an order Twitter does not promise to keep). Suspended accounts are removed after a page is cut, so a page can be short. Turn the ids into user objects in bulk with `lookupUser`. With neither `user_id` nor `screen_name`, the authenticating user's followers are listed.
   *
   * `GET https://api.twitter.com/1.1/followers/ids.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getFollowersIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-followers-ids
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the user whose followers to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own followers).
   * @param params.screen_name - Handle (without the \@) of the user whose followers to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own followers).
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param params.count - The most ids to return per page, up to 5,000 (also the default). Keep the same value for every page of one walk through the collection.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredIds`: one page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getFollowersIds({ screen_name: 'twitterapi' })
   * ```
   */
  getFollowersIds(params?: friendships.GetFollowersIdsParams, options?: CallOptions): Promise<friendships.GetFollowersIdsResponse>
  getFollowersIds(params: friendships.GetFollowersIdsParams = {}, options?: CallOptions): Promise<friendships.GetFollowersIdsResponse> {
    return friendships.getFollowersIds(this.core, params, options)
  }

  /**
   * Get how the authenticating user is connected to each of up to 100 other accounts.
   *
   * Each result carries a `connections` array drawn from `following`, `following_requested`, `followed_by`, `none`, `blocking` and `muting`. Name the accounts with `screen_name`, `user_id` or both; up to 100 in total per request.
   *
   * `GET https://api.twitter.com/1.1/friendships/lookup.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-lookup
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.screen_name - Handles (without the \@) of the accounts to check, up to 100, sent comma-separated. Give this or `user_id` (at least one of them is needed).
   * @param params.user_id - Numeric ids of the accounts to check, up to 100, sent comma-separated. Give this or `screen_name` (at least one of them is needed).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `FriendshipLookup`, each one how the authenticating user relates to one of the accounts passed to `friendships/lookup`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.lookupFriendships({ screen_name: ['twitterapi', 'maya_codes'] })
   * ```
   */
  lookupFriendships(params: friendships.LookupFriendshipsParams = {}, options?: CallOptions): Promise<friendships.LookupFriendshipsResponse> {
    return friendships.lookupFriendships(this.core, params, options)
  }

  /**
   * Page through the ids of accounts waiting for the authenticating user to accept their follow request.
   *
   * Only protected accounts receive follow requests, so this is empty for public accounts. Pages hold up to 5,000 ids.
   *
   * `GET https://api.twitter.com/1.1/friendships/incoming.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getIncomingFriendshipIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-incoming
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredStringIds`: one page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getIncomingFriendshipIds({ stringify_ids: true })
   * ```
   */
  getIncomingFriendshipIds(params: friendships.GetIncomingFriendshipIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<friendships.GetIncomingFriendshipIdsStringIdsResponse>
  /**
   * Page through the ids of accounts waiting for the authenticating user to accept their follow request.
   *
   * Only protected accounts receive follow requests, so this is empty for public accounts. Pages hold up to 5,000 ids.
   *
   * `GET https://api.twitter.com/1.1/friendships/incoming.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getIncomingFriendshipIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-incoming
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredIds`: one page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getIncomingFriendshipIds()
   * ```
   */
  getIncomingFriendshipIds(params?: friendships.GetIncomingFriendshipIdsParams, options?: CallOptions): Promise<friendships.GetIncomingFriendshipIdsResponse>
  getIncomingFriendshipIds(params: friendships.GetIncomingFriendshipIdsParams = {}, options?: CallOptions): Promise<friendships.GetIncomingFriendshipIdsResponse> {
    return friendships.getIncomingFriendshipIds(this.core, params, options)
  }

  /**
   * Page through the ids of protected accounts the authenticating user has asked to follow and that have not yet answered.
   *
   * Pages hold up to 5,000 ids.
   *
   * `GET https://api.twitter.com/1.1/friendships/outgoing.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getOutgoingFriendshipIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-outgoing
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredStringIds`: one page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getOutgoingFriendshipIds({ stringify_ids: true })
   * ```
   */
  getOutgoingFriendshipIds(params: friendships.GetOutgoingFriendshipIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<friendships.GetOutgoingFriendshipIdsStringIdsResponse>
  /**
   * Page through the ids of protected accounts the authenticating user has asked to follow and that have not yet answered.
   *
   * Pages hold up to 5,000 ids.
   *
   * `GET https://api.twitter.com/1.1/friendships/outgoing.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getOutgoingFriendshipIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-outgoing
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredIds`: one page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getOutgoingFriendshipIds()
   * ```
   */
  getOutgoingFriendshipIds(params?: friendships.GetOutgoingFriendshipIdsParams, options?: CallOptions): Promise<friendships.GetOutgoingFriendshipIdsResponse>
  getOutgoingFriendshipIds(params: friendships.GetOutgoingFriendshipIdsParams = {}, options?: CallOptions): Promise<friendships.GetOutgoingFriendshipIdsResponse> {
    return friendships.getOutgoingFriendshipIds(this.core, params, options)
  }

  /**
   * Follow an account as the authenticating user.
   *
   * Returns the account now followed. Following a protected account sends a follow request instead. If the user already follows the account Twitter may answer 403, or for speed simply 200. The change is applied asynchronously. Twitter caps follows at 1,000 a day per user and 1,000 a day per app, on top of its account-level follow limits.
   *
   * `POST https://api.twitter.com/1.1/friendships/create.json` · Auth: OAuth 1.0a user context. Rate limit: 1000 per user every 1440 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/post-friendships-create
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.screen_name - Handle (without the \@) of the account to follow. Give this or `user_id`; one of them is required.
   * @param params.user_id - Numeric id of the account to follow. Give this or `screen_name`; one of them is required.
   * @param params.follow - When true, also turn on device notifications for the followed account's Tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The account now followed (or asked to follow, if it is protected).
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.createFriendship({ screen_name: 'chen_ml' })
   * ```
   */
  createFriendship(params: friendships.CreateFriendshipParams = {}, options?: CallOptions): Promise<friendships.CreateFriendshipResponse> {
    return friendships.createFriendship(this.core, params, options)
  }

  /**
   * Unfollow an account as the authenticating user.
   *
   * Returns the account no longer followed. The change is applied asynchronously.
   *
   * `POST https://api.twitter.com/1.1/friendships/destroy.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/post-friendships-destroy
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.screen_name - Handle (without the \@) of the account to unfollow. Give this or `user_id`; one of them is required.
   * @param params.user_id - Numeric id of the account to unfollow. Give this or `screen_name`; one of them is required.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The account no longer followed.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.destroyFriendship({ screen_name: 'maya_codes' })
   * ```
   */
  destroyFriendship(params: friendships.DestroyFriendshipParams = {}, options?: CallOptions): Promise<friendships.DestroyFriendshipResponse> {
    return friendships.destroyFriendship(this.core, params, options)
  }

  /**
   * Turn retweets or device notifications from a followed account on or off.
   *
   * `POST https://api.twitter.com/1.1/friendships/update.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/post-friendships-update
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.screen_name - Handle (without the \@) of the followed account. Give this or `user_id`; one of them is required.
   * @param params.user_id - Numeric id of the followed account. Give this or `screen_name`; one of them is required.
   * @param params.device - True to get device notifications for this account's Tweets, false to stop them.
   * @param params.retweets - False to hide this account's retweets from the authenticating user's timeline, true to show them again.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `Relationship`: the relationship between a source and a target account, as `friendships/show` returns it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.updateFriendship({ screen_name: 'maya_codes', retweets: false })
   * ```
   */
  updateFriendship(params: friendships.UpdateFriendshipParams = {}, options?: CallOptions): Promise<friendships.UpdateFriendshipResponse> {
    return friendships.updateFriendship(this.core, params, options)
  }

  /**
   * Describe the relationship between two accounts, from the first one's point of view.
   *
   * Name the source account with `source_id` or `source_screen_name` (with user auth it defaults to the authenticating user) and the target with `target_id` or `target_screen_name` (one of these is required).
   *
   * `GET https://api.twitter.com/1.1/friendships/show.json` · Auth: user context or app-only bearer token. Rate limit: 180 per user, 15 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-show
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.source_id - Numeric id of the source (subject) account. Give this or `source_screen_name`; with user auth both may be left out to use the authenticating user.
   * @param params.source_screen_name - Handle of the source (subject) account. Give this or `source_id`; with user auth both may be left out to use the authenticating user.
   * @param params.target_id - Numeric id of the target account. Give this or `target_screen_name`; one of them is required.
   * @param params.target_screen_name - Handle of the target account. Give this or `target_id`; one of them is required.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `Relationship`: the relationship between a source and a target account, as `friendships/show` returns it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.showFriendship({ target_screen_name: 'maya_codes' })
   * ```
   */
  showFriendship(params: friendships.ShowFriendshipParams = {}, options?: CallOptions): Promise<friendships.ShowFriendshipResponse> {
    return friendships.showFriendship(this.core, params, options)
  }

  /**
   * Page through the accounts a user follows, as full user objects.
   *
   * Pages hold 20 users by default and up to 200, newest follows first (an order Twitter does not promise to keep). With neither `user_id` nor `screen_name`, the authenticating user's friends are listed.
   *
   * `GET https://api.twitter.com/1.1/friends/list.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getFriendsList, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friends-list
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the user whose friends to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own friends).
   * @param params.screen_name - Handle (without the \@) of the user whose friends to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own friends).
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param params.count - How many users to return per page, at most 200; 20 when left out.
   * @param params.skip_status - When true, each user comes back without their most recent Tweet.
   * @param params.include_user_entities - Set to false to leave the `entities` object out of each user.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredUsers`: one page of users, as `followers/list`, `friends/list`, `blocks/list`, `lists/members` and similar endpoints return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getFriendsList({ screen_name: 'emu_dev' })
   * ```
   */
  getFriendsList(params: friendships.GetFriendsListParams = {}, options?: CallOptions): Promise<friendships.GetFriendsListResponse> {
    return friendships.getFriendsList(this.core, params, options)
  }

  /**
   * Page through the accounts that follow a user, as full user objects.
   *
   * Pages hold 20 users by default and up to 200, newest followers first (an order Twitter does not promise to keep). With neither `user_id` nor `screen_name`, the authenticating user's followers are listed.
   *
   * `GET https://api.twitter.com/1.1/followers/list.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getFollowersList, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-followers-list
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the user whose followers to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own followers).
   * @param params.screen_name - Handle (without the \@) of the user whose followers to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own followers).
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param params.count - How many users to return per page, at most 200; 20 when left out.
   * @param params.skip_status - When true, each user comes back without their most recent Tweet.
   * @param params.include_user_entities - Set to false to leave the `entities` object out of each user.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredUsers`: one page of users, as `followers/list`, `friends/list`, `blocks/list`, `lists/members` and similar endpoints return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getFollowersList({ screen_name: 'twitterapi' })
   * ```
   */
  getFollowersList(params: friendships.GetFollowersListParams = {}, options?: CallOptions): Promise<friendships.GetFollowersListResponse> {
    return friendships.getFollowersList(this.core, params, options)
  }

  /**
   * Read everything Twitter knows about one place, given its place id.
   *
   * `GET https://api.twitter.com/1.1/geo/id/:place_id.json` · Auth: OAuth 1.0a user context. Rate limit: 75 per user every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/geo/place-information/api-reference/get-geo-id-place_id
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.place_id - (required) The place's id, a hexadecimal string such as the `id` of a Place returned by `reverseGeocode` or `searchGeo` (not a numeric id).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `Place`: a named location, from a neighborhood up to a country. Tweets carry a trimmed version; `geo/id/:place_id` and the geo searches add the enclosing places and more detail.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getGeoInfo({ place_id: '5a110d312052166f' })
   * ```
   */
  getGeoInfo(params: geo.GetGeoInfoParams, options?: CallOptions): Promise<geo.GetGeoInfoResponse> {
    return geo.getGeoInfo(this.core, params, options)
  }

  /**
   * Find up to 20 places around a latitude and longitude that can be used as a Tweet's place_id.
   *
   * Gives general-purpose geographic results without tailoring them to the user; for letting a person pick where they are, `searchGeo` is the better choice. The places are in `result.places` of the response.
   *
   * `GET https://api.twitter.com/1.1/geo/reverse_geocode.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/geo/places-near-location/api-reference/get-geo-reverse_geocode
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.lat - (required) Latitude of the point to search around, from -90.0 to +90.0 with north positive; ignored without `long`.
   * @param params.long - (required) Longitude of the point to search around, from -180.0 to +180.0 with east positive; ignored when out of range, not a number, or sent without `lat`.
   * @param params.accuracy - How uncertain the position is, which widens the search area: a plain number is a radius in meters, a number followed by `ft` is in feet. Zero meters unless set; a device would normally pass the accuracy of its own location fix.
   * @param params.granularity - The smallest kind of place to return; `city`, for instance, also yields admin areas and countries but no neighborhoods. `neighborhood` unless set.
   * @param params.max_results - Suggested number of places to return. Twitter treats it as a hint, not a guarantee; ask for about as many as you mean to show.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `PlaceSearchResult`: what `geo/search`, `geo/reverse_geocode` and `geo/similar_places` return: an echo of the query and the places found.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.reverseGeocode({ lat: 30.2673701685, long: -97.7426147461 })
   * ```
   */
  reverseGeocode(params: geo.ReverseGeocodeParams, options?: CallOptions): Promise<geo.ReverseGeocodeResponse> {
    return geo.reverseGeocode(this.core, params, options)
  }

  /**
   * Search for places to attach to a new Tweet, by coordinates, IP address or free-text name.
   *
   * Pass at least one of `lat` and `long` (always as a pair), `ip` or `query`. Unlike `reverseGeocode`, the order of results may be adjusted for the authenticating user, which makes this the call to use when a person picks a place interactively; send the chosen place's `id` as `place_id` when posting the Tweet. The places are in `result.places` of the response.
   *
   * `GET https://api.twitter.com/1.1/geo/search.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/geo/places-near-location/api-reference/get-geo-search
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.lat - Latitude to search around, from -90.0 to +90.0 with north positive. Must be paired with `long`; ignored otherwise.
   * @param params.long - Longitude to search around, from -180.0 to +180.0 with east positive. Must be paired with `lat`; ignored when out of range or not a number.
   * @param params.query - Free text matched against place names, handy for finding a nearby place by what it is called. Pass it as plain text; the client percent-encodes it.
   * @param params.ip - An IP address whose approximate location is used as the search center.
   * @param params.granularity - The smallest kind of place to return; `city`, for instance, also yields admin areas and countries but no neighborhoods. `neighborhood` unless set.
   * @param params.accuracy - How uncertain the position is, which widens the search area: a plain number is a radius in meters, a number followed by `ft` is in feet. Zero meters unless set.
   * @param params.max_results - Suggested number of places to return. Twitter treats it as a hint, not a guarantee; ask for about as many as you mean to show.
   * @param params.contained_within - A place id; only places inside that place are returned (for example `5a110d312052166f` limits the search to San Francisco, CA).
   * @param params.attribute:street_address - A street address to match the place against (one of the place attributes Twitter accepted as `attribute:<name>` parameters).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `PlaceSearchResult`: what `geo/search`, `geo/reverse_geocode` and `geo/similar_places` return: an echo of the query and the places found.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.searchGeo({ query: 'Twitter HQ' })
   * ```
   */
  searchGeo(params: geo.SearchGeoParams = {}, options?: CallOptions): Promise<geo.SearchGeoResponse> {
    return geo.searchGeo(this.core, params, options)
  }

  /**
   * Find known places near a coordinate whose names resemble a given name.
   *
   * The first step before creating a place: check whether it already exists. Besides the matching places (in `result.places`), the response carries a `token` that `createPlace` requires if none of them is the place you meant.
   *
   * This endpoint is no longer in Twitter's developer.twitter.com reference; the link is the archived dev.twitter.com page. Its JSONP `callback` parameter is left out: it does not apply to this client.
   *
   * `GET https://api.twitter.com/1.1/geo/similar_places.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Reference: https://dev.twitter.com/docs/api/1.1/get/geo/similar_places
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.lat - (required) Latitude of the spot, from -90.0 to +90.0 with north positive; ignored without `long`.
   * @param params.long - (required) Longitude of the spot, from -180.0 to +180.0 with east positive; ignored when out of range or without `lat`.
   * @param params.name - (required) The name the place goes by, which results are compared against.
   * @param params.contained_within - A place id; only places inside that place are considered.
   * @param params.attribute:street_address - A street address to match the place against (one of the place attributes Twitter accepted as `attribute:<name>` parameters).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `PlaceSearchResult`: what `geo/search`, `geo/reverse_geocode` and `geo/similar_places` return: an echo of the query and the places found.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getSimilarPlaces({ lat: 37.7821120598956, long: -122.400612831116, name: 'South of Market Child Care' })
   * ```
   */
  getSimilarPlaces(params: geo.GetSimilarPlacesParams, options?: CallOptions): Promise<geo.GetSimilarPlacesResponse> {
    return geo.getSimilarPlaces(this.core, params, options)
  }

  /**
   * Create a new place at a latitude and longitude, using a token from `getSimilarPlaces`.
   *
   * Call `getSimilarPlaces` with the same coordinates and name first; if the place is not among its results, pass that response's `token` here to create it.
   *
   * Twitter dropped this endpoint from its v1.1 reference and it is not known to work any more; the link is the archived dev.twitter.com page. Its JSONP `callback` parameter is left out: it does not apply to this client.
   *
   * `POST https://api.twitter.com/1.1/geo/place.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://dev.twitter.com/docs/api/1.1/post/geo/place
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.name - (required) The name the new place goes by.
   * @param params.contained_within - (required) Id of an existing place that encloses the new one (for example its city).
   * @param params.token - (required) The `token` from the `getSimilarPlaces` response for the same coordinates and name.
   * @param params.lat - (required) Latitude of the new place, from -90.0 to +90.0 with north positive.
   * @param params.long - (required) Longitude of the new place, from -180.0 to +180.0 with east positive.
   * @param params.attribute:street_address - A street address to match the place against (one of the place attributes Twitter accepted as `attribute:<name>` parameters).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `Place`: a named location, from a neighborhood up to a country. Tweets carry a trimmed version; `geo/id/:place_id` and the geo searches add the enclosing places and more detail.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @deprecated Retired by Twitter (no longer part of the v1.1 reference); kept only because Twython 3.4.0 exposes it. Attach an existing place found with `searchGeo` instead.
   * @example
   * ```ts
   * const result = await twitter.createPlace({ name: 'amara_writes HQ', contained_within: '5a110d312052166f', token: '22ff5b1f7159032cf69218c4d8bb78bc', lat: 37.7821120598956, long: -122.400612831116 })
   * ```
   */
  createPlace(params: geo.CreatePlaceParams, options?: CallOptions): Promise<geo.CreatePlaceResponse> {
    return geo.createPlace(this.core, params, options)
  }

  /**
   * Read the settings Twitter currently applies, such as t.co link lengths, photo sizes and reserved path names.
   *
   * The values change rarely: fetch them when the application starts and at most once a day.
   *
   * `GET https://api.twitter.com/1.1/help/configuration.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/developer-utilities/configuration/api-reference/get-help-configuration
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `TwitterConfiguration`: current values of service-wide limits apps should respect, as `help/configuration` returns them.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getTwitterConfiguration()
   * ```
   */
  getTwitterConfiguration(params: help.GetTwitterConfigurationParams = {}, options?: CallOptions): Promise<help.GetTwitterConfigurationResponse> {
    return help.getTwitterConfiguration(this.core, params, options)
  }

  /**
   * List the languages Twitter supports, each with the code Twitter uses for it.
   *
   * Codes are usually two-letter ISO 639-1 (`en`), sometimes three-letter ISO 639-3 (`msa`), or a two-letter code with an ISO 3166-1 region suffix (`zh-tw`).
   *
   * `GET https://api.twitter.com/1.1/help/languages.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/developer-utilities/supported-languages/api-reference/get-help-languages
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `Language`, each one a language Twitter's interface supports, as listed by `help/languages`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getSupportedLanguages()
   * ```
   */
  getSupportedLanguages(params: help.GetSupportedLanguagesParams = {}, options?: CallOptions): Promise<help.GetSupportedLanguagesResponse> {
    return help.getSupportedLanguages(this.core, params, options)
  }

  /**
   * Read the text of Twitter's privacy policy.
   *
   * `GET https://api.twitter.com/1.1/help/privacy.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/developer-utilities/privacy-policy/api-reference/get-help-privacy
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `PrivacyPolicy`: Twitter's privacy policy, as `help/privacy` returns it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getPrivacyPolicy()
   * ```
   */
  getPrivacyPolicy(params: help.GetPrivacyPolicyParams = {}, options?: CallOptions): Promise<help.GetPrivacyPolicyResponse> {
    return help.getPrivacyPolicy(this.core, params, options)
  }

  /**
   * Read the text of Twitter's Terms of Service.
   *
   * These are the terms for people using Twitter, not the Developer Policy that governs API use.
   *
   * `GET https://api.twitter.com/1.1/help/tos.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/developer-utilities/terms-of-service/api-reference/get-help-tos
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `TermsOfService`: Twitter's terms of service, as `help/tos` returns them.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getTos()
   * ```
   */
  getTos(params: help.GetTosParams = {}, options?: CallOptions): Promise<help.GetTosResponse> {
    return help.getTos(this.core, params, options)
  }

  /**
   * Report how many calls remain, and when each window resets, for the rate-limited endpoints of chosen resource families.
   *
   * A resource family is the first path segment of an endpoint (`statuses`, `friends`, `lists`, ...). Without `resources` every rate-limited GET endpoint is reported; naming only the families you use keeps the answer small. The limits reported are those of the credentials making the call (the user's access token, or the app when using an app-only bearer token), as shown in `rate_limit_context`.
   *
   * `GET https://api.twitter.com/1.1/application/rate_limit_status.json` · Auth: user context or app-only bearer token. Rate limit: 180 per user, 180 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/developer-utilities/rate-limit-status/api-reference/get-application-rate_limit_status
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.resources - Resource families to report on (sent comma-separated); all families when left out.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `RateLimitStatus`: the remaining requests in the current window for each endpoint, as `application/rate_limit_status` reports them.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getApplicationRateLimitStatus()
   * ```
   */
  getApplicationRateLimitStatus(params: help.GetApplicationRateLimitStatusParams = {}, options?: CallOptions): Promise<help.GetApplicationRateLimitStatusResponse> {
    return help.getApplicationRateLimitStatus(this.core, params, options)
  }

  /**
   * List up to 100 lists a user subscribes to, their own lists included.
   *
   * At most 100 lists come back, with no paging. Subscriptions are listed before the user's own lists unless `reverse` is true, so a user with many subscriptions may have owned lists cut off (and the other way round). To see every list, page through `getListSubscriptions` and `showOwnedLists` instead. With neither `user_id` nor `screen_name`, the authenticating user's lists are returned.
   *
   * `GET https://api.twitter.com/1.1/lists/list.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-list
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the user whose lists to return. Use this or `screen_name`; with neither, the authenticating user is used. Prefer it when a handle could be mistaken for an id.
   * @param params.screen_name - Handle (without the \@) of the user whose lists to return. Use this or `user_id`; with neither, the authenticating user is used.
   * @param params.reverse - When true, the user's own lists are listed first and subscriptions after them; by default subscriptions come first.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `List`, each one a list of accounts owned by one user, public or private.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.showLists()
   * ```
   */
  showLists(params: lists.ShowListsParams = {}, options?: CallOptions): Promise<lists.ShowListsResponse> {
    return lists.showLists(this.core, params, options)
  }

  /**
   * Read the timeline of Tweets posted by the members of a list.
   *
   * Retweets are part of the timeline unless `include_rts` is false. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
   *
   * `GET https://api.twitter.com/1.1/lists/statuses.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 900 per app every 15 minutes.
   *
   * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getListStatuses, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-statuses
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name (as in twitter.com/owner/lists/slug). Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param params.since_id - Only return Tweets newer than this Tweet id. If too many Tweets have been posted since then, Twitter moves it up to the oldest id it can still serve.
   * @param params.max_id - Only return Tweets with this id or older; used to page back through the timeline.
   * @param params.count - How many Tweets to fetch per page.
   * @param params.include_entities - Set to false to leave the `entities` object (hashtags, mentions, URLs) out of each Tweet.
   * @param params.include_rts - Whether native Retweets appear in the timeline alongside original Tweets; false drops them.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `Tweet`, each one a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getListStatuses({ owner_screen_name: 'amara_writes', slug: 'docs-people' })
   * ```
   */
  getListStatuses(params: lists.GetListStatusesParams = {}, options?: CallOptions): Promise<lists.GetListStatusesResponse> {
    return lists.getListStatuses(this.core, params, options)
  }

  /**
   * Remove one account from a list the authenticating user owns.
   *
   * Only the list's owner may remove members. Name the list by `list_id`, or by `slug` plus `owner_screen_name` or `owner_id`; name the account by `user_id` or `screen_name`.
   *
   * `POST https://api.twitter.com/1.1/lists/members/destroy.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-members-destroy
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param params.user_id - Numeric id of the account to take off the list. Give this or `screen_name`.
   * @param params.screen_name - Handle of the account to take off the list. Give this or `user_id`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `List`: a list of accounts owned by one user, public or private.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.deleteListMember({ slug: 'api-folks', owner_screen_name: 'emu_dev', screen_name: 'maya_codes' })
   * ```
   */
  deleteListMember(params: lists.DeleteListMemberParams = {}, options?: CallOptions): Promise<lists.DeleteListMemberResponse> {
    return lists.deleteListMember(this.core, params, options)
  }

  /**
   * Page through the lists that a user has been added to as a member.
   *
   * With neither `user_id` nor `screen_name`, the authenticating user's memberships are returned.
   *
   * `GET https://api.twitter.com/1.1/lists/memberships.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 75 per app every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getListMemberships, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-memberships
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the user whose memberships to return. Use this or `screen_name`; with neither, the authenticating user is used.
   * @param params.screen_name - Handle of the user whose memberships to return. Use this or `user_id`; with neither, the authenticating user is used.
   * @param params.count - Lists per page; 20 unless set, and never more than 1000.
   * @param params.cursor - Page position: -1 for the first page, then the `next_cursor` or `previous_cursor` value of the previous response.
   * @param params.filter_to_owned_lists - When true, only lists owned by the authenticating user that the given user belongs to are returned.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredLists`: one page of lists, as `lists/memberships`, `lists/ownerships` and `lists/subscriptions` return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getListMemberships()
   * ```
   */
  getListMemberships(params: lists.GetListMembershipsParams = {}, options?: CallOptions): Promise<lists.GetListMembershipsResponse> {
    return lists.getListMemberships(this.core, params, options)
  }

  /**
   * Page through the users who subscribe to (follow) a list.
   *
   * Subscribers of a private list are only visible to the list's owner. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
   *
   * `GET https://api.twitter.com/1.1/lists/subscribers.json` · Auth: user context or app-only bearer token. Rate limit: 180 per user, 15 per app every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getListSubscribers, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-subscribers
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param params.count - Users per page; 20 unless set, at most 5000.
   * @param params.cursor - Page position: -1 for the first page, then the `next_cursor` or `previous_cursor` value of the previous response.
   * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded status.
   * @param params.skip_status - When true, each user comes back without their most recent Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredUsers`: one page of users, as `followers/list`, `friends/list`, `blocks/list`, `lists/members` and similar endpoints return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getListSubscribers({ owner_screen_name: 'amara_writes', slug: 'docs-people' })
   * ```
   */
  getListSubscribers(params: lists.GetListSubscribersParams = {}, options?: CallOptions): Promise<lists.GetListSubscribersResponse> {
    return lists.getListSubscribers(this.core, params, options)
  }

  /**
   * Make the authenticating user a subscriber (follower) of a list.
   *
   * Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
   *
   * `POST https://api.twitter.com/1.1/lists/subscribers/create.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-subscribers-create
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `List`: a list of accounts owned by one user, public or private.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.subscribeToList({ owner_screen_name: 'amara_writes', slug: 'docs-people' })
   * ```
   */
  subscribeToList(params: lists.SubscribeToListParams = {}, options?: CallOptions): Promise<lists.SubscribeToListResponse> {
    return lists.subscribeToList(this.core, params, options)
  }

  /**
   * Check whether a given user subscribes to a list, returning that user if so.
   *
   * When the user is not a subscriber Twitter answers with an error (HTTP 404) rather than an empty result, so expect a thrown error for "no". Name the list by `list_id`, or by `slug` plus `owner_screen_name` or `owner_id`; name the user by `user_id` or `screen_name`.
   *
   * `GET https://api.twitter.com/1.1/lists/subscribers/show.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-subscribers-show
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param params.user_id - Numeric id of the user to look for among the subscribers. Give this or `screen_name`.
   * @param params.screen_name - Handle of the user to look for among the subscribers. Give this or `user_id`.
   * @param params.include_entities - Set to false to leave the `entities` object out of the returned user's embedded status.
   * @param params.skip_status - When true, the user comes back without their most recent Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `User`: a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.isListSubscriber({ owner_screen_name: 'amara_writes', slug: 'docs-people', screen_name: 'tomas_ops' })
   * ```
   */
  isListSubscriber(params: lists.IsListSubscriberParams = {}, options?: CallOptions): Promise<lists.IsListSubscriberResponse> {
    return lists.isListSubscriber(this.core, params, options)
  }

  /**
   * Stop the authenticating user's subscription to a list.
   *
   * Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
   *
   * `POST https://api.twitter.com/1.1/lists/subscribers/destroy.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-subscribers-destroy
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `List`: a list of accounts owned by one user, public or private.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.unsubscribeFromList({ owner_screen_name: 'amara_writes', slug: 'docs-people' })
   * ```
   */
  unsubscribeFromList(params: lists.UnsubscribeFromListParams = {}, options?: CallOptions): Promise<lists.UnsubscribeFromListResponse> {
    return lists.unsubscribeFromList(this.core, params, options)
  }

  /**
   * Add up to 100 accounts to a list the authenticating user owns in one request.
   *
   * Only the list's owner may add members, and a list holds at most 5,000 accounts. Pass the accounts as `user_id` and/or `screen_name` arrays (sent comma-separated, up to 100 per call). Twitter warns that quickly alternating bulk adds and removals on the same list can leave its membership inconsistent, so space such calls out. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
   *
   * `POST https://api.twitter.com/1.1/lists/members/create_all.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-members-create_all
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param params.user_id - Numeric ids of the accounts to add, at most 100 per request. Use this and/or `screen_name`.
   * @param params.screen_name - Handles of the accounts to add, at most 100 per request. Use this and/or `user_id`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `List`: a list of accounts owned by one user, public or private.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.createListMembers({ slug: 'api-folks', owner_screen_name: 'emu_dev', screen_name: ['amara_writes', 'lena_ux'] })
   * ```
   */
  createListMembers(params: lists.CreateListMembersParams = {}, options?: CallOptions): Promise<lists.CreateListMembersResponse> {
    return lists.createListMembers(this.core, params, options)
  }

  /**
   * Check whether a given user is a member of a list, returning that user if so.
   *
   * When the user is not a member Twitter answers with an error (HTTP 404) rather than an empty result, so expect a thrown error for "no". Name the list by `list_id`, or by `slug` plus `owner_screen_name` or `owner_id`; name the user by `user_id` or `screen_name`.
   *
   * `GET https://api.twitter.com/1.1/lists/members/show.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-members-show
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param params.user_id - Numeric id of the user to look for among the members. Give this or `screen_name`.
   * @param params.screen_name - Handle of the user to look for among the members. Give this or `user_id`.
   * @param params.include_entities - Set to false to leave the `entities` object out of the returned user's embedded status.
   * @param params.skip_status - When true, the user comes back without their most recent Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `User`: a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.isListMember({ owner_screen_name: 'amara_writes', slug: 'docs-people', screen_name: 'lena_ux' })
   * ```
   */
  isListMember(params: lists.IsListMemberParams = {}, options?: CallOptions): Promise<lists.IsListMemberResponse> {
    return lists.isListMember(this.core, params, options)
  }

  /**
   * Page through the accounts that are members of a list.
   *
   * Members of a private list are only visible to the list's owner. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
   *
   * `GET https://api.twitter.com/1.1/lists/members.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 75 per app every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getListMembers, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-members
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param params.count - Members per page; 20 unless set, at most 5000.
   * @param params.cursor - Page position: -1 (the default) for the first page, then the `next_cursor` or `previous_cursor` value of the previous response.
   * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded status.
   * @param params.skip_status - When true, each user comes back without their most recent Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredUsers`: one page of users, as `followers/list`, `friends/list`, `blocks/list`, `lists/members` and similar endpoints return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getListMembers({ owner_screen_name: 'amara_writes', slug: 'docs-people' })
   * ```
   */
  getListMembers(params: lists.GetListMembersParams = {}, options?: CallOptions): Promise<lists.GetListMembersResponse> {
    return lists.getListMembers(this.core, params, options)
  }

  /**
   * Add one account to a list the authenticating user owns.
   *
   * Only the list's owner may add members, and a list holds at most 5,000 accounts. Name the list by `list_id`, or by `slug` plus `owner_screen_name` or `owner_id`; name the account by `user_id` or `screen_name`.
   *
   * `POST https://api.twitter.com/1.1/lists/members/create.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-members-create
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param params.user_id - Numeric id of the account to add. Give this or `screen_name`.
   * @param params.screen_name - Handle of the account to add. Give this or `user_id`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `List`: a list of accounts owned by one user, public or private.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.addListMember({ slug: 'api-folks', owner_screen_name: 'emu_dev', screen_name: 'maya_codes' })
   * ```
   */
  addListMember(params: lists.AddListMemberParams = {}, options?: CallOptions): Promise<lists.AddListMemberResponse> {
    return lists.addListMember(this.core, params, options)
  }

  /**
   * Delete a list the authenticating user owns.
   *
   * Only the owner can delete a list. Identify it with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`. The deleted list is returned.
   *
   * `POST https://api.twitter.com/1.1/lists/destroy.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-destroy
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `List`: a list of accounts owned by one user, public or private.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.deleteList({ list_id: '2105266406814646658' })
   * ```
   */
  deleteList(params: lists.DeleteListParams = {}, options?: CallOptions): Promise<lists.DeleteListResponse> {
    return lists.deleteList(this.core, params, options)
  }

  /**
   * Change the name, visibility or description of a list the authenticating user owns.
   *
   * Only the owner can edit a list; fields left out keep their current values. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
   *
   * `POST https://api.twitter.com/1.1/lists/update.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-update
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param params.name - New display name for the list.
   * @param params.mode - New visibility; `private` hides the list from everyone but its owner.
   * @param params.description - New description text for the list.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `List`: a list of accounts owned by one user, public or private.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.updateList({ list_id: '2105266406814646658', description: 'Accounts to watch for API news and outages.' })
   * ```
   */
  updateList(params: lists.UpdateListParams = {}, options?: CallOptions): Promise<lists.UpdateListResponse> {
    return lists.updateList(this.core, params, options)
  }

  /**
   * Create a new list owned by the authenticating user.
   *
   * An account can own at most 1000 lists. New lists are public unless `mode` is `private`.
   *
   * `POST https://api.twitter.com/1.1/lists/create.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-create
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.name - (required) Display name of the new list: it must begin with a letter and have no more than 25 characters, using only letters, digits, `-` and `_`.
   * @param params.mode - Visibility of the list; `public` unless set, `private` hides it from everyone but its owner.
   * @param params.description - Free-text description shown with the list.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `List`: a list of accounts owned by one user, public or private.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.createList({ name: 'tweeps' })
   * ```
   */
  createList(params: lists.CreateListParams, options?: CallOptions): Promise<lists.CreateListResponse> {
    return lists.createList(this.core, params, options)
  }

  /**
   * Read one list by its id, or by its slug and owner.
   *
   * A private list is only returned to its owner. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
   *
   * `GET https://api.twitter.com/1.1/lists/show.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 75 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-show
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `List`: a list of accounts owned by one user, public or private.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getSpecificList({ owner_screen_name: 'amara_writes', slug: 'docs-people' })
   * ```
   */
  getSpecificList(params: lists.GetSpecificListParams = {}, options?: CallOptions): Promise<lists.GetSpecificListResponse> {
    return lists.getSpecificList(this.core, params, options)
  }

  /**
   * Page through the lists a user subscribes to, not counting lists they own.
   *
   * With neither `user_id` nor `screen_name`, the authenticating user's subscriptions are returned.
   *
   * `GET https://api.twitter.com/1.1/lists/subscriptions.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getListSubscriptions, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-subscriptions
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the user whose subscriptions to return. Use this or `screen_name`; with neither, the authenticating user is used.
   * @param params.screen_name - Handle of the user whose subscriptions to return. Use this or `user_id`; with neither, the authenticating user is used.
   * @param params.count - Lists per page; 20 unless set, and never more than 1000.
   * @param params.cursor - Page position: -1 for the first page, then the `next_cursor` or `previous_cursor` value of the previous response.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredLists`: one page of lists, as `lists/memberships`, `lists/ownerships` and `lists/subscriptions` return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getListSubscriptions()
   * ```
   */
  getListSubscriptions(params: lists.GetListSubscriptionsParams = {}, options?: CallOptions): Promise<lists.GetListSubscriptionsResponse> {
    return lists.getListSubscriptions(this.core, params, options)
  }

  /**
   * Remove up to 100 accounts from a list the authenticating user owns in one request.
   *
   * Only the list's owner may remove members. Pass the accounts as `user_id` and/or `screen_name` arrays (sent comma-separated, up to 100 per call). Twitter warns that quickly alternating bulk adds and removals on the same list can leave its membership inconsistent, so space such calls out. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
   *
   * `POST https://api.twitter.com/1.1/lists/members/destroy_all.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-members-destroy_all
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @param params.user_id - Numeric ids of the accounts to remove, at most 100 per request. Use this and/or `screen_name`.
   * @param params.screen_name - Handles of the accounts to remove, at most 100 per request. Use this and/or `user_id`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `List`: a list of accounts owned by one user, public or private.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.deleteListMembers({ slug: 'api-folks', owner_screen_name: 'emu_dev', screen_name: ['amara_writes', 'lena_ux'] })
   * ```
   */
  deleteListMembers(params: lists.DeleteListMembersParams = {}, options?: CallOptions): Promise<lists.DeleteListMembersResponse> {
    return lists.deleteListMembers(this.core, params, options)
  }

  /**
   * Page through the lists a user owns.
   *
   * Private lists are included only when the authenticating user is their owner. With neither `user_id` nor `screen_name`, the authenticating user's lists are returned.
   *
   * `GET https://api.twitter.com/1.1/lists/ownerships.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.showOwnedLists, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-ownerships
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the user whose lists to return. Use this or `screen_name`; with neither, the authenticating user is used.
   * @param params.screen_name - Handle of the user whose lists to return. Use this or `user_id`; with neither, the authenticating user is used.
   * @param params.count - Lists per page; 20 unless set, and never more than 1000.
   * @param params.cursor - Page position: -1 for the first page, then the `next_cursor` or `previous_cursor` value of the previous response.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredLists`: one page of lists, as `lists/memberships`, `lists/ownerships` and `lists/subscriptions` return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.showOwnedLists()
   * ```
   */
  showOwnedLists(params: lists.ShowOwnedListsParams = {}, options?: CallOptions): Promise<lists.ShowOwnedListsResponse> {
    return lists.showOwnedLists(this.core, params, options)
  }

  /**
   * Upload a media file, or run one step of a chunked upload, and get its media id.
   *
   * Two ways to use it. Simple upload: send the whole image in `media` (raw bytes, preferred) or `media_data` (base64), never both. Chunked upload, needed for videos and animated GIFs: call it with `command: INIT` (`total_bytes`, `media_type`, optionally `media_category`), then `APPEND` each piece of at most 5 MB (`media_id`, `segment_index`, `media`), then `FINALIZE` (`media_id`). When the FINALIZE response holds `processing_info`, poll with `command: STATUS` until its `state` is `succeeded` before using the id (Twitter documents STATUS as a GET; Twython 3.4 posts every command).
   * Use `media_id_string` from the response, not `media_id`, which can lose precision in JavaScript. The id is only valid for `expires_after_secs` seconds. `APPEND` answers 204 with no body.
   *
   * `POST https://upload.twitter.com/1.1/media/upload.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/media/upload-media/api-reference/post-media-upload
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.media - The file's raw bytes: the whole file for a simple upload, or one chunk (at most 5 MB) for `APPEND`. Do not combine with `media_data`.
   * @param params.media_data - The file (or, for `APPEND`, the chunk) encoded as base64, as an alternative to `media`. Base64 makes the request about a third larger, so prefer `media`.
   * @param params.media_category - What the media will be used for, which decides the size and duration limits and enables asynchronous processing: for Tweets `tweet_image`, `tweet_gif` or `tweet_video` (also `amplify_video`, and `dm_image`, `dm_gif`, `dm_video` for Direct Messages). Needed with `INIT` for GIFs and videos.
   * @param params.additional_owners - Ids of up to 100 other users who may also use the returned media id in their Tweets or Cards (upload as one user, post as another).
   * @param params.command - The chunked-upload step to run (case-sensitive). Leave it out for a simple one-request upload.
   * @param params.total_bytes - With `INIT`, the size of the whole file in bytes.
   * @param params.media_type - With `INIT`, the file's MIME type.
   * @param params.media_id - With `APPEND`, `FINALIZE` and `STATUS`, the id returned by `INIT` (use its `media_id_string`).
   * @param params.segment_index - With `APPEND`, the position of this chunk in the file, from 0 (first chunk) to 999.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `MediaUpload`: an uploaded (or uploading) media item. Attach it to a Tweet by passing `media_id_string` in `media_ids` before it expires; when `processing_info` is present, poll STATUS until it succeeds.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.uploadMedia({ media: './banner.png' })
   * ```
   */
  uploadMedia(params: media.UploadMediaParams = {}, options?: CallOptions): Promise<media.UploadMediaResponse> {
    return media.uploadMedia(this.core, params, options)
  }

  /**
   * Page through the accounts the authenticating user has muted, as full user objects.
   *
   * `GET https://api.twitter.com/1.1/mutes/users/list.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.listMutes, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/get-mutes-users-list
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded Tweet.
   * @param params.skip_status - When true, each user comes back without their most recent Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredUsers`: one page of users, as `followers/list`, `friends/list`, `blocks/list`, `lists/members` and similar endpoints return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.listMutes()
   * ```
   */
  listMutes(params: mutes.ListMutesParams = {}, options?: CallOptions): Promise<mutes.ListMutesResponse> {
    return mutes.listMutes(this.core, params, options)
  }

  /**
   * Page through the ids of the accounts the authenticating user has muted.
   *
   * Pages hold up to 5,000 ids. Use `stringify_ids` in JavaScript, since ids can exceed 2^53.
   *
   * `GET https://api.twitter.com/1.1/mutes/users/ids.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.listMuteIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/get-mutes-users-ids
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredStringIds`: one page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.listMuteIds({ stringify_ids: true })
   * ```
   */
  listMuteIds(params: mutes.ListMuteIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<mutes.ListMuteIdsStringIdsResponse>
  /**
   * Page through the ids of the accounts the authenticating user has muted.
   *
   * Pages hold up to 5,000 ids. Use `stringify_ids` in JavaScript, since ids can exceed 2^53.
   *
   * `GET https://api.twitter.com/1.1/mutes/users/ids.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.listMuteIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/get-mutes-users-ids
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredIds`: one page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.listMuteIds()
   * ```
   */
  listMuteIds(params?: mutes.ListMuteIdsParams, options?: CallOptions): Promise<mutes.ListMuteIdsResponse>
  listMuteIds(params: mutes.ListMuteIdsParams = {}, options?: CallOptions): Promise<mutes.ListMuteIdsResponse> {
    return mutes.listMuteIds(this.core, params, options)
  }

  /**
   * Mute an account on behalf of the authenticating user.
   *
   * Returns the muted user. The change is applied asynchronously, so listings may lag behind briefly.
   *
   * `POST https://api.twitter.com/1.1/mutes/users/create.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/post-mutes-users-create
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.screen_name - Handle (without the \@) of the account to mute. Give this or `user_id`; one of them is required.
   * @param params.user_id - Numeric id of the account to mute. Give this or `screen_name`; one of them is required.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The muted account.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.createMute({ screen_name: 'tomas_ops' })
   * ```
   */
  createMute(params: mutes.CreateMuteParams = {}, options?: CallOptions): Promise<mutes.CreateMuteResponse> {
    return mutes.createMute(this.core, params, options)
  }

  /**
   * Unmute an account on behalf of the authenticating user.
   *
   * Returns the unmuted user. The change is applied asynchronously, so listings may lag behind briefly.
   *
   * `POST https://api.twitter.com/1.1/mutes/users/destroy.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/post-mutes-users-destroy
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.screen_name - Handle (without the \@) of the account to unmute. Give this or `user_id`; one of them is required.
   * @param params.user_id - Numeric id of the account to unmute. Give this or `screen_name`; one of them is required.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The account no longer muted.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.destroyMute({ screen_name: 'ravi_data' })
   * ```
   */
  destroyMute(params: mutes.DestroyMuteParams = {}, options?: CallOptions): Promise<mutes.DestroyMuteResponse> {
    return mutes.destroyMute(this.core, params, options)
  }

  /**
   * Revoke an app-only bearer token that was issued to this application.
   *
   * Authenticates with the application's consumer key and secret over HTTP Basic, not with a user or bearer token. Once revoked, the token stops working, and the next token request returns a different one. The response names the revoked token.
   *
   * The real endpoint is `https://api.twitter.com/oauth2/invalidate_token`, with no `/1.1/` prefix and no `.json` suffix. Twython 3.4.0 posts to `/1.1/oauth2/invalidate_token.json` instead, which Twitter does not serve; this client uses the correct address.
   *
   * `POST https://api.twitter.com/oauth2/invalidate_token` · Auth: the application's key and secret (HTTP Basic).
   *
   * Reference: https://developer.twitter.com/en/docs/basics/authentication/api-reference/invalidate_bearer_token
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.access_token - (required) The bearer token to revoke, as the oauth2/token endpoint issued it (without a "Bearer " prefix).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `InvalidatedToken`: confirmation that a bearer token was revoked, as `oauth2/invalidate_token` returns it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.invalidateToken({ access_token: 'AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid' })
   * ```
   */
  invalidateToken(params: oauth.InvalidateTokenParams, options?: CallOptions): Promise<oauth.InvalidateTokenResponse> {
    return oauth.invalidateToken(this.core, params, options)
  }

  /**
   * List every search query the authenticating user has saved.
   *
   * `GET https://api.twitter.com/1.1/saved_searches/list.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/get-saved_searches-list
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `SavedSearch`, each one a search query the authenticating user saved.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getSavedSearches()
   * ```
   */
  getSavedSearches(params: savedSearches.GetSavedSearchesParams = {}, options?: CallOptions): Promise<savedSearches.GetSavedSearchesResponse> {
    return savedSearches.getSavedSearches(this.core, params, options)
  }

  /**
   * Read one of the authenticating user's saved searches by its id.
   *
   * `GET https://api.twitter.com/1.1/saved_searches/show/:id.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/get-saved_searches-show-id
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) The numeric id of the saved search (the id_str of a SavedSearch).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `SavedSearch`: a search query the authenticating user saved.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.showSavedSearch({ id: '2105447600747446660' })
   * ```
   */
  showSavedSearch(params: savedSearches.ShowSavedSearchParams, options?: CallOptions): Promise<savedSearches.ShowSavedSearchResponse> {
    return savedSearches.showSavedSearch(this.core, params, options)
  }

  /**
   * Save a new search query for the authenticating user.
   *
   * `POST https://api.twitter.com/1.1/saved_searches/create.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-saved_searches-create
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.query - (required) The search query to save, written as it would be typed into search.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `SavedSearch`: a search query the authenticating user saved.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.createSavedSearch({ query: '#typescript' })
   * ```
   */
  createSavedSearch(params: savedSearches.CreateSavedSearchParams, options?: CallOptions): Promise<savedSearches.CreateSavedSearchResponse> {
    return savedSearches.createSavedSearch(this.core, params, options)
  }

  /**
   * Delete one of the authenticating user's saved searches.
   *
   * The saved search must belong to the authenticating user.
   *
   * `POST https://api.twitter.com/1.1/saved_searches/destroy/:id.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-saved_searches-destroy-id
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) The numeric id of the saved search to delete.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `SavedSearch`: a search query the authenticating user saved.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.destroySavedSearch({ id: '2105447600747446660' })
   * ```
   */
  destroySavedSearch(params: savedSearches.DestroySavedSearchParams, options?: CallOptions): Promise<savedSearches.DestroySavedSearchResponse> {
    return savedSearches.destroySavedSearch(this.core, params, options)
  }

  /**
   * Find recent Tweets that match a search query.
   *
   * The standard index covers roughly the last seven days and is not complete: not every Tweet is searchable. The response is an object with the Tweets in `statuses` and paging data in `search_metadata`; the iterator follows `search_metadata.next_results`. The query may use Twitter's search operators (`from:`, `#tag`, `-filter:retweets`, ...).
   *
   * `GET https://api.twitter.com/1.1/search/tweets.json` · Auth: user context or app-only bearer token. Rate limit: 180 per user, 450 per app every 15 minutes.
   *
   * Paginated (search_metadata.next_results): `for await (const item of twitter.cursor(twitter.search, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/search/api-reference/get-search-tweets
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.q - (required) The search query, operators included, at most 500 characters (the client percent-encodes it). Very complex queries may be refused.
   * @param params.geocode - Only Tweets from users near a point, written `latitude,longitude,radius` with the radius in `mi` or `km`. Twitter uses the Tweet's geotag when there is one and otherwise the user's profile location.
   * @param params.lang - Only Tweets detected (on a best-effort basis) as this ISO 639-1 language.
   * @param params.locale - The language the query itself is written in; only `ja` has any effect. Normally leave it out.
   * @param params.result_type - Which Tweets to prefer: `recent` for the newest only, `popular` for the most popular only, `mixed` (the default) for both.
   * @param params.count - The most Tweets to return per page, up to 100 (15 when left out).
   * @param params.until - Only Tweets created before this date, written `YYYY-MM-DD`. Dates more than about a week back find nothing, because of the index's seven-day window.
   * @param params.since_id - Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
   * @param params.max_id - Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
   * @param params.include_entities - Set to false to leave the `entities` node out of every Tweet.
   * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns One page of matching Tweets in `statuses`, and in `search_metadata` what the next page needs.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.search({ q: '#typescript', count: 20 })
   * ```
   */
  search(params: search.SearchParams, options?: CallOptions): Promise<search.SearchResponse> {
    return search.search(this.core, params, options)
  }

  /**
   * Read the current top trending topics (up to 50) for one location, given its WOEID.
   *
   * Each trend has its name, a search query for it and a search URL, plus its Tweet volume over the last 24 hours when Twitter has one. The response is a one-element array whose object holds the `trends`. Twitter caches the data for five minutes, so polling more often only spends rate limit.
   *
   * `GET https://api.twitter.com/1.1/trends/place.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 75 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/trends/trends-for-location/api-reference/get-trends-place
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) The WOEID of the location, as found with `getAvailableTrends` or `getClosestTrends`; 1 means worldwide.
   * @param params.exclude - Pass `hashtags` to drop hashtag trends from the result.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `TrendsForPlace`, each one the current trending topics for one location; `trends/place` returns an array with one of these.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getPlaceTrends({ id: 1 })
   * ```
   */
  getPlaceTrends(params: trends.GetPlaceTrendsParams, options?: CallOptions): Promise<trends.GetPlaceTrendsResponse> {
    return trends.getPlaceTrends(this.core, params, options)
  }

  /**
   * List every location for which Twitter has trending-topic data.
   *
   * Each location carries its WOEID, a readable name and the country it belongs to; pass the WOEID to `getPlaceTrends`.
   *
   * `GET https://api.twitter.com/1.1/trends/available.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 75 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/trends/locations-with-trending-topics/api-reference/get-trends-available
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `TrendLocation`, each one a location with trending topics, as `trends/available` and `trends/closest` list it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getAvailableTrends()
   * ```
   */
  getAvailableTrends(params: trends.GetAvailableTrendsParams = {}, options?: CallOptions): Promise<trends.GetAvailableTrendsResponse> {
    return trends.getAvailableTrends(this.core, params, options)
  }

  /**
   * List the locations with trending-topic data nearest to a latitude and longitude.
   *
   * Locations are sorted from nearest to farthest and carry the same fields as `getAvailableTrends`; pass a WOEID to `getPlaceTrends`.
   *
   * `GET https://api.twitter.com/1.1/trends/closest.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 75 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/trends/locations-with-trending-topics/api-reference/get-trends-closest
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.lat - (required) Latitude of the reference point, from -90.0 to +90.0 with north positive; used together with `long`.
   * @param params.long - (required) Longitude of the reference point, from -180.0 to +180.0 with east positive; used together with `lat`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `TrendLocation`, each one a location with trending topics, as `trends/available` and `trends/closest` list it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getClosestTrends({ lat: 37.781157, long: -122.400612831116 })
   * ```
   */
  getClosestTrends(params: trends.GetClosestTrendsParams, options?: CallOptions): Promise<trends.GetClosestTrendsResponse> {
    return trends.getClosestTrends(this.core, params, options)
  }

  /**
   * Get the most recent Tweets that mention the authenticating user.
   *
   * Only about the newest 800 mentions can be reached, however far you page back. Page with `max_id` (the iterator does this for you).
   *
   * `GET https://api.twitter.com/1.1/statuses/mentions_timeline.json` · Auth: OAuth 1.0a user context. Rate limit: 75 per user every 15 minutes.
   *
   * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getMentionsTimeline, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/timelines/api-reference/get-statuses-mentions_timeline
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.count - The most Tweets to return, up to 200 (20 when left out). It is a ceiling, not a promise: Tweets that were deleted or whose author is suspended are removed after the count is taken, so a page can come back shorter.
   * @param params.since_id - Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
   * @param params.max_id - Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
   * @param params.trim_user - When true, each Tweet carries only the author's id instead of the full user object.
   * @param params.include_entities - Set to false to leave the `entities` node out of every Tweet.
   * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `Tweet`, each one a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getMentionsTimeline()
   * ```
   */
  getMentionsTimeline(params: tweets.GetMentionsTimelineParams = {}, options?: CallOptions): Promise<tweets.GetMentionsTimelineResponse> {
    return tweets.getMentionsTimeline(this.core, params, options)
  }

  /**
   * Get the most recent Tweets posted by one user.
   *
   * Name the user with `user_id` or `screen_name`; with neither, the authenticating user's own timeline is returned. Only the newest 3,200 Tweets (retweets included) can be reached. A protected user's timeline is visible only to the owner and approved followers.
   *
   * `GET https://api.twitter.com/1.1/statuses/user_timeline.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 1500 per app every 15 minutes.
   *
   * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getUserTimeline, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/timelines/api-reference/get-statuses-user_timeline
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the user whose Tweets to return. Give either this or `screen_name`, not both.
   * @param params.screen_name - Handle (without the \@) of the user whose Tweets to return. Give either this or `user_id`, not both.
   * @param params.since_id - Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
   * @param params.count - The most Tweets to return in one request, up to 200 (20 when left out). Retweets are counted even when `include_rts` is false, and deleted or suspended content is removed after counting, so fewer Tweets may come back.
   * @param params.max_id - Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
   * @param params.trim_user - When true, each Tweet carries only the author's id instead of the full user object.
   * @param params.exclude_replies - When true, replies are left out. They are filtered after `count` is applied, so a page may hold fewer Tweets than asked for.
   * @param params.include_rts - Set to false to drop native retweets from the result. They still use up places in `count` and in the 3,200-Tweet limit; retweets that are returned keep a full user object even with `trim_user`.
   * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The user's Tweets, newest first.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getUserTimeline({ screen_name: 'twitterapi', count: 10 })
   * ```
   */
  getUserTimeline(params: tweets.GetUserTimelineParams = {}, options?: CallOptions): Promise<tweets.GetUserTimelineResponse> {
    return tweets.getUserTimeline(this.core, params, options)
  }

  /**
   * Get the most recent Tweets and retweets from the authenticating user and the accounts they follow.
   *
   * About the newest 800 Tweets can be reached. The home timeline changes quickly for users who follow many or very active accounts, so page with `max_id` rather than by offset.
   *
   * `GET https://api.twitter.com/1.1/statuses/home_timeline.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getHomeTimeline, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/timelines/api-reference/get-statuses-home_timeline
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.count - The most Tweets to return, up to 200 (20 when left out). Deleted and suspended content is removed after the count is taken, so fewer may come back.
   * @param params.since_id - Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
   * @param params.max_id - Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
   * @param params.trim_user - When true, each Tweet carries only the author's id instead of the full user object.
   * @param params.exclude_replies - When true, replies are left out. They are filtered after `count` is applied, so a page may hold fewer Tweets than asked for.
   * @param params.include_entities - Set to false to leave the `entities` node out of every Tweet.
   * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The newest Tweets of the authenticating user and the accounts they follow, newest first.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getHomeTimeline()
   * ```
   */
  getHomeTimeline(params: tweets.GetHomeTimelineParams = {}, options?: CallOptions): Promise<tweets.GetHomeTimelineResponse> {
    return tweets.getHomeTimeline(this.core, params, options)
  }

  /**
   * Get the authenticating user's own Tweets that other people have retweeted, newest first.
   *
   * `GET https://api.twitter.com/1.1/statuses/retweets_of_me.json` · Auth: OAuth 1.0a user context. Rate limit: 75 per user every 15 minutes.
   *
   * Paginated (max_id): `for await (const item of twitter.cursor(twitter.retweetedOfMe, params))` walks every page.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-retweets_of_me
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.count - The most Tweets to return, up to 100 (20 when left out).
   * @param params.since_id - Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
   * @param params.max_id - Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
   * @param params.trim_user - When true, each Tweet carries only the author's id instead of the full user object.
   * @param params.include_entities - Set to false to leave the Tweet `entities` node out.
   * @param params.include_user_entities - Set to false to leave the `entities` node out of the embedded user objects.
   * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `Tweet`, each one a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.retweetedOfMe()
   * ```
   */
  retweetedOfMe(params: tweets.RetweetedOfMeParams = {}, options?: CallOptions): Promise<tweets.RetweetedOfMeResponse> {
    return tweets.retweetedOfMe(this.core, params, options)
  }

  /**
   * Get up to 100 of the most recent retweets of one Tweet.
   *
   * `GET https://api.twitter.com/1.1/statuses/retweets/:id.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 300 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-retweets-id
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) Numeric id of the Tweet whose retweets to return.
   * @param params.count - The most retweets to return, up to 100.
   * @param params.trim_user - When true, each retweet carries only the author's id instead of the full user object.
   * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `Tweet`, each one a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getRetweets({ id: '2104934217937846609' })
   * ```
   */
  getRetweets(params: tweets.GetRetweetsParams, options?: CallOptions): Promise<tweets.GetRetweetsResponse> {
    return tweets.getRetweets(this.core, params, options)
  }

  /**
   * Get a single Tweet, with its author embedded, by its id.
   *
   * Pass the id as a string (or bigint): Tweet ids do not fit in a JavaScript number. For many Tweets at once use `lookupStatus`.
   *
   * `GET https://api.twitter.com/1.1/statuses/show/:id.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 900 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-show-id
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) Numeric id of the Tweet to fetch.
   * @param params.trim_user - When true, the Tweet carries only the author's id instead of the full user object.
   * @param params.include_my_retweet - When true and the authenticating user has retweeted this Tweet, the result gains a `current_user_retweet` node with the id of that retweet.
   * @param params.include_entities - Set to false to leave the `entities` node out.
   * @param params.include_ext_alt_text - When true, attached media entities get an `ext_alt_text` field holding their alt text (`null` when none was set).
   * @param params.include_card_uri - When true, a Tweet that had an ads card attached through `card_uri` includes that `card_uri` value.
   * @param params.tweet_mode - `extended` returns the Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The Tweet, with its author and entities (`full_text` with `tweet_mode: extended`).
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.showStatus({ id: '2104934217937846609' })
   * ```
   */
  showStatus(params: tweets.ShowStatusParams, options?: CallOptions): Promise<tweets.ShowStatusResponse> {
    return tweets.showStatus(this.core, params, options)
  }

  /**
   * Get up to 100 Tweets in one request from a list of ids.
   *
   * Twython 3.4 sends this as a POST (Twitter accepts GET as well; POST suits long id lists). Tweets that are unknown, deleted or hidden from the caller (protected authors you do not follow) are simply missing, and the order of the result need not match the order of `id`. With `map: true` the response is instead an object keyed by the requested ids, with `null` for the missing ones.
   *
   * `POST https://api.twitter.com/1.1/statuses/lookup.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 300 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-lookup
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) The Tweet ids to fetch, at most 100; sent comma-separated. Pass them as strings.
   * @param params.include_entities - Set to false to leave the `entities` node out of embedded statuses.
   * @param params.trim_user - When true, each Tweet carries only the author's id instead of the full user object.
   * @param params.map - When true, every requested id appears in the response, with `null` for Tweets that do not exist or that the caller may not see (the response becomes an id-keyed object).
   * @param params.include_ext_alt_text - When true, attached media entities get an `ext_alt_text` field holding their alt text (`null` when none was set).
   * @param params.include_card_uri - When true, Tweets that had an ads card attached through `card_uri` include that `card_uri` value.
   * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `Tweet`, each one a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.lookupStatus({ id: ['2104934217937846609', '2104964416926646611'] })
   * ```
   */
  lookupStatus(params: tweets.LookupStatusParams, options?: CallOptions): Promise<tweets.LookupStatusResponse> {
    return tweets.lookupStatus(this.core, params, options)
  }

  /**
   * Delete one of the authenticating user's Tweets and get it back as it was.
   *
   * Only the author of a Tweet can delete it.
   *
   * `POST https://api.twitter.com/1.1/statuses/destroy/:id.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/post-statuses-destroy-id
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) Numeric id of the Tweet to delete.
   * @param params.trim_user - When true, the returned Tweet carries only the author's id instead of the full user object.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The Tweet that was deleted, as it was.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.destroyStatus({ id: '2105055013893046617' })
   * ```
   */
  destroyStatus(params: tweets.DestroyStatusParams, options?: CallOptions): Promise<tweets.DestroyStatusResponse> {
    return tweets.destroyStatus(this.core, params, options)
  }

  /**
   * Post a new Tweet as the authenticating user.
   *
   * Twitter refuses (403) a Tweet identical to the user's previous one, and a Tweet over the user's posting limit. That limit, 300 per 3 hours, is shared with `retweet`. To attach images or video, upload them with `uploadMedia` first and pass the returned ids in `media_ids`.
   *
   * `POST https://api.twitter.com/1.1/statuses/update.json` · Auth: OAuth 1.0a user context. Rate limit: 300 per user every 180 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/post-statuses-update
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.status - (required) The text of the Tweet. The client percent-encodes it; links are shortened with t.co, which counts towards the length.
   * @param params.in_reply_to_status_id - Id of the Tweet this one answers. Twitter ignores it unless the text mentions the author of that Tweet (or `auto_populate_reply_metadata` is true).
   * @param params.auto_populate_reply_metadata - With `in_reply_to_status_id`: when true, Twitter copies the leading \@mentions of the Tweet being answered into the reply's metadata. Fails if that Tweet has been deleted.
   * @param params.exclude_reply_user_ids - With `auto_populate_reply_metadata`: user ids to remove from the generated \@mention list. The first mention (the author being answered) cannot be removed.
   * @param params.attachment_url - A Tweet permalink or Direct Message deep link to attach instead of writing it in the text, so it does not count towards the length. Any other URL makes the request fail.
   * @param params.media_ids - Ids from `uploadMedia` to attach: up to 4 photos, or 1 animated GIF, or 1 video. Use the `media_id_string` values.
   * @param params.possibly_sensitive - Set to true when the attached media may be sensitive (for example nudity or medical images).
   * @param params.lat - Latitude of the place the Tweet is about, from -90 to 90 (north positive). Ignored when out of range or when `long` is missing.
   * @param params.long - Longitude of the place the Tweet is about, from -180 to 180 (east positive). Ignored when out of range, not a number, when `lat` is missing, or when the user has geotagging turned off.
   * @param params.place_id - Id of a place (from the geo endpoints) to attach to the Tweet.
   * @param params.display_coordinates - Whether to show a pin at the exact coordinates the Tweet was sent from.
   * @param params.trim_user - When true, the returned Tweet carries only the author's id instead of the full user object.
   * @param params.enable_dmcommands - When true, text that starts with a Direct Message shortcode (such as `D username`) sends a Direct Message instead of posting; when false the text is posted as written.
   * @param params.fail_dmcommands - When true (the default), text that starts with a Direct Message shortcode is rejected with an error; when false the shortcode is allowed and acted on.
   * @param params.card_uri - The `card_uri` of an ads card to attach to the Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The Tweet as posted, with its id (`id_str`), entities and author.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.updateStatus({ status: 'Hello from twython-ts' })
   * ```
   */
  updateStatus(params: tweets.UpdateStatusParams, options?: CallOptions): Promise<tweets.UpdateStatusResponse> {
    return tweets.updateStatus(this.core, params, options)
  }

  /**
   * Retweet a Tweet as the authenticating user.
   *
   * Returns the new retweet, with the original Tweet in `retweeted_status`. Retweeting the same Tweet twice is ignored. Counts towards the 300-per-3-hours posting limit shared with `updateStatus`; over it Twitter answers 403.
   *
   * `POST https://api.twitter.com/1.1/statuses/retweet/:id.json` · Auth: OAuth 1.0a user context. Rate limit: 300 per user every 180 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/post-statuses-retweet-id
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) Numeric id of the Tweet to retweet.
   * @param params.trim_user - When true, the returned Tweet carries only the author's id instead of the full user object.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The new Retweet; the original Tweet is in its `retweeted_status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.retweet({ id: '2105085212881846619' })
   * ```
   */
  retweet(params: tweets.RetweetParams, options?: CallOptions): Promise<tweets.RetweetResponse> {
    return tweets.retweet(this.core, params, options)
  }

  /**
   * Post a Tweet with one image attached, in a single multipart request.
   *
   * Twitter retired this endpoint: it takes a single image only (no GIF or video), and the media URL is appended to the text, which shortens the room left for it. Users also have a daily media upload limit (reported in the `x-mediaratelimit-*` response headers).
   *
   * `POST https://api.twitter.com/1.1/statuses/update_with_media.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/post-statuses-update_with_media
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.status - (required) The text of the Tweet. Leave room for the media link Twitter appends (`characters_reserved_per_media` in help/configuration) and for t.co-wrapped URLs.
   * @param params.media[] - (required) The image to attach (PNG, JPG or GIF), sent as a multipart part named `media[]`.
   * @param params.possibly_sensitive - Set to true when the image may not be suitable for every audience.
   * @param params.in_reply_to_status_id - Id of the Tweet this one answers. Twitter ignores it unless the text mentions the author of that Tweet.
   * @param params.lat - Latitude of the place the Tweet is about, from -90 to 90 (north positive). Ignored when out of range or when `long` is missing.
   * @param params.long - Longitude of the place the Tweet is about, from -180 to 180 (east positive). Ignored when out of range, when `lat` is missing, or when the user has geotagging turned off.
   * @param params.place_id - Id of a place (from the geo endpoints) to attach to the Tweet.
   * @param params.display_coordinates - Whether to show a pin at the exact coordinates the Tweet was sent from.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `Tweet`: a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @deprecated Twitter deprecated this endpoint. Upload with `uploadMedia`, then call `updateStatus` with the returned `media_ids`.
   * @example
   * ```ts
   * const result = await twitter.updateStatusWithMedia({ status: 'Look at this', 'media[]': './banner.png' })
   * ```
   */
  updateStatusWithMedia(params: tweets.UpdateStatusWithMediaParams, options?: CallOptions): Promise<tweets.UpdateStatusWithMediaResponse> {
    return tweets.updateStatusWithMedia(this.core, params, options)
  }

  /**
   * Get the oEmbed data (including ready-to-paste HTML) that embeds one Tweet in a web page.
   *
   * Give either `id` or `url`. The returned `html` turns into an embedded Tweet once Twitter's `widgets.js` runs on the page; it may be cached for up to `cache_age` seconds. Twython 3.4 calls the `api.twitter.com/1.1/statuses/oembed` path; Twitter later moved the public version of this endpoint to `publish.twitter.com/oembed`, which needs no authentication.
   *
   * `GET https://api.twitter.com/1.1/statuses/oembed.json` · Auth: user context or app-only bearer token. Rate limit: 180 per user, 180 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-oembed
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - Numeric id of the Tweet to embed. Give either this or `url`.
   * @param params.url - Web address of the Tweet to embed. Give either this or `id`.
   * @param params.maxwidth - Widest the rendered Tweet may be, in pixels, between 220 and 550; values outside are clamped and the response's `width` shows the value used. There is no height option.
   * @param params.hide_media - When true, links in the Tweet are not expanded into photo, video or link previews.
   * @param params.hide_thread - When true, the Tweet this one replies to is not shown above it.
   * @param params.omit_script - When true, the `<script>` tag that loads `widgets.js` is left out of `html`; the page must then load `widgets.js` itself.
   * @param params.align - How the embedded Tweet floats relative to the surrounding content.
   * @param params.related - Comma-separated screen names related to your content; they are suggested to readers who reply to, like or retweet from the embed.
   * @param params.lang - Language code for the embed's own interface text (not the Tweet text).
   * @param params.theme - `dark` shows light text on a dark background.
   * @param params.link_color - Colour of links in the Tweet text, as a hexadecimal colour value.
   * @param params.widget_type - Set to `video` to get a video embed for a Tweet that contains a video.
   * @param params.hide_tweet - With `widget_type` `video`, when true only the video is shown, without the Tweet text.
   * @param params.dnt - When true, the embedded Tweet and the page it is on are not used for personalised suggestions or advertising.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `OEmbed`: embeddable HTML for one Tweet in the oEmbed format, as `statuses/oembed` returns it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getOembedTweet({ url: 'https://twitter.com/twitterapi/status/2104934217937846609' })
   * ```
   */
  getOembedTweet(params: tweets.GetOembedTweetParams = {}, options?: CallOptions): Promise<tweets.GetOembedTweetResponse> {
    return tweets.getOembedTweet(this.core, params, options)
  }

  /**
   * Get the ids of up to 100 users who retweeted a given Tweet.
   *
   * The ids are returned in a cursored collection (`ids`, `next_cursor`, `previous_cursor`). Suspended users are filtered out after paging, so a page can hold fewer ids than requested. Use `stringify_ids` in JavaScript, since user ids can exceed 2^53.
   *
   * `GET https://api.twitter.com/1.1/statuses/retweeters/ids.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 300 per app every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getRetweetersIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-retweeters-ids
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) Numeric id of the Tweet whose retweeters to list.
   * @param params.count - The most ids to return, up to 100.
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredStringIds`: one page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getRetweetersIds({ id: '2104934217937846609', stringify_ids: true })
   * ```
   */
  getRetweetersIds(params: tweets.GetRetweetersIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<tweets.GetRetweetersIdsStringIdsResponse>
  /**
   * Get the ids of up to 100 users who retweeted a given Tweet.
   *
   * The ids are returned in a cursored collection (`ids`, `next_cursor`, `previous_cursor`). Suspended users are filtered out after paging, so a page can hold fewer ids than requested. Use `stringify_ids` in JavaScript, since user ids can exceed 2^53.
   *
   * `GET https://api.twitter.com/1.1/statuses/retweeters/ids.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 300 per app every 15 minutes.
   *
   * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getRetweetersIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
   *
   * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-retweeters-ids
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.id - (required) Numeric id of the Tweet whose retweeters to list.
   * @param params.count - The most ids to return, up to 100.
   * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `CursoredIds`: one page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getRetweetersIds({ id: '2104934217937846609' })
   * ```
   */
  getRetweetersIds(params: tweets.GetRetweetersIdsParams, options?: CallOptions): Promise<tweets.GetRetweetersIdsResponse>
  getRetweetersIds(params: tweets.GetRetweetersIdsParams, options?: CallOptions): Promise<tweets.GetRetweetersIdsResponse> {
    return tweets.getRetweetersIds(this.core, params, options)
  }

  /**
   * Get full user objects for up to 100 accounts in one request.
   *
   * Name the accounts with `screen_name`, `user_id` or both, up to 100 in total. The results may come back in a different order than asked, and unknown, suspended or deleted accounts are silently left out; if none of them can be returned Twitter answers 404. A protected account's latest Tweet is only included when the authenticating user follows it. Twython sends this as a GET; Twitter recommends POST for long lists, which this method does not do.
   *
   * `GET https://api.twitter.com/1.1/users/lookup.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 300 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-lookup
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.screen_name - Handles (without the \@) of the accounts to fetch, up to 100, sent comma-separated. Give this or `user_id` (at least one of them is needed).
   * @param params.user_id - Numeric ids of the accounts to fetch, up to 100, sent comma-separated. Give this or `screen_name` (at least one of them is needed).
   * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded Tweet.
   * @param params.tweet_mode - `extended` gives each embedded Tweet its whole text in `full_text`; `compat`, the default, gives a `text` field cut to 140 characters where needed.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `User`, each one a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.lookupUser({ screen_name: ['twitterapi', 'maya_codes'] })
   * ```
   */
  lookupUser(params: users.LookupUserParams = {}, options?: CallOptions): Promise<users.LookupUserResponse> {
    return users.lookupUser(this.core, params, options)
  }

  /**
   * Get the profile of one account, with its latest Tweet when Twitter can include it.
   *
   * A protected account's latest Tweet is only included when the authenticating user follows it, and even then the `status` field is not guaranteed. Use `lookupUser` to fetch many accounts at once.
   *
   * `GET https://api.twitter.com/1.1/users/show.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 900 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-show
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the account. Give this or `screen_name`; one of them is required.
   * @param params.screen_name - Handle (without the \@) of the account. Give this or `user_id`; one of them is required.
   * @param params.include_entities - Set to false to leave the `entities` object out of the user's embedded Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns The account, with its latest Tweet in `status` unless that is protected.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.showUser({ user_id: '102665763025846275' })
   * ```
   */
  showUser(params: users.ShowUserParams = {}, options?: CallOptions): Promise<users.ShowUserResponse> {
    return users.showUser(this.core, params, options)
  }

  /**
   * Search public accounts by relevance to a query such as a name, topic, company or place.
   *
   * Exact-match searches are not supported, and only the first 1,000 matches can be reached through `page` and `count`.
   *
   * `GET https://api.twitter.com/1.1/users/search.json` · Auth: OAuth 1.0a user context. Rate limit: 900 per user every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-search
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.q - (required) The people-search query (plain text; the client encodes it).
   * @param params.page - Which page of results to return, counting from 1.
   * @param params.count - How many accounts to return per page, at most 20.
   * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `User`, each one a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.searchUsers({ q: 'maya_codes' })
   * ```
   */
  searchUsers(params: users.SearchUsersParams, options?: CallOptions): Promise<users.SearchUsersResponse> {
    return users.searchUsers(this.core, params, options)
  }

  /**
   * List the accounts a user is allowed to Tweet for as a contributor.
   *
   * Part of Twitter's old contributors (shared team account) feature. The endpoint was later dropped from the v1.1 reference (the feature was retired); it is kept for parity with Twython 3.4.0.
   *
   * `GET https://api.twitter.com/1.1/users/contributees.json` · Auth: user context or app-only bearer token.
   *
   * Reference: https://dev.twitter.com/docs/api/1.1/get/users/contributees
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the contributor whose accounts to list. Give this or `screen_name`; one of them is required.
   * @param params.screen_name - Handle (without the \@) of the contributor whose accounts to list. Give this or `user_id`; one of them is required.
   * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded Tweet.
   * @param params.skip_status - When true, each user comes back without their most recent Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `User`, each one a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getContributees({ screen_name: 'follower_042' })
   * ```
   */
  getContributees(params: users.GetContributeesParams = {}, options?: CallOptions): Promise<users.GetContributeesResponse> {
    return users.getContributees(this.core, params, options)
  }

  /**
   * List the users allowed to Tweet on behalf of an account as contributors.
   *
   * Part of Twitter's old contributors (shared team account) feature. The endpoint was later dropped from the v1.1 reference (the feature was retired); it is kept for parity with Twython 3.4.0.
   *
   * `GET https://api.twitter.com/1.1/users/contributors.json` · Auth: user context or app-only bearer token.
   *
   * Reference: https://dev.twitter.com/docs/api/1.1/get/users/contributors
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the account whose contributors to list. Give this or `screen_name`; one of them is required.
   * @param params.screen_name - Handle (without the \@) of the account whose contributors to list. Give this or `user_id`; one of them is required.
   * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded Tweet.
   * @param params.skip_status - When true, each user comes back without their most recent Tweet.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `User`, each one a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getContributors({ screen_name: 'twitterapi' })
   * ```
   */
  getContributors(params: users.GetContributorsParams = {}, options?: CallOptions): Promise<users.GetContributorsResponse> {
    return users.getContributors(this.core, params, options)
  }

  /**
   * Get the URLs and dimensions of every size variant of a user's profile banner.
   *
   * Answers 404 when the user has no banner. The variants are PNG images. This saves building variant URLs from `profile_banner_url` by hand. With neither `user_id` nor `screen_name`, the authenticating user's banner is described.
   *
   * `GET https://api.twitter.com/1.1/users/profile_banner.json` · Auth: OAuth 1.0a user context. Rate limit: 180 per user every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/get-users-profile_banner
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.user_id - Numeric id of the user whose banner to describe. Give this or `screen_name` (one of them is needed unless you mean the authenticating user).
   * @param params.screen_name - Handle (without the \@) of the user whose banner to describe. Give this or `user_id` (one of them is needed unless you mean the authenticating user).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `ProfileBanner`: the renditions of a user's profile banner, as `users/profile_banner` returns them.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getProfileBannerSizes({ screen_name: 'twitterapi' })
   * ```
   */
  getProfileBannerSizes(params: users.GetProfileBannerSizesParams = {}, options?: CallOptions): Promise<users.GetProfileBannerSizesResponse> {
    return users.getProfileBannerSizes(this.core, params, options)
  }

  /**
   * Get the accounts in one of Twitter's suggested-user categories.
   *
   * Find category slugs with `getUserSuggestions`. Twitter asks apps to cache the answer for no more than an hour. If you passed `lang` when listing the categories, pass the same value here.
   *
   * `GET https://api.twitter.com/1.1/users/suggestions/:slug.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-suggestions-slug
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.slug - (required) The category's short name, as given in the `slug` field of a suggestion category.
   * @param params.lang - Two-letter ISO 639-1 code limiting the suggestions to one language (see `getSupportedLanguages`); unsupported codes fall back to English.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `UserSuggestions`: a category of suggested accounts together with its users, as `users/suggestions/:slug` returns it.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getUserSuggestionsBySlug({ slug: 'sports' })
   * ```
   */
  getUserSuggestionsBySlug(params: users.GetUserSuggestionsBySlugParams, options?: CallOptions): Promise<users.GetUserSuggestionsBySlugResponse> {
    return users.getUserSuggestionsBySlug(this.core, params, options)
  }

  /**
   * List the categories of Twitter's suggested-user list.
   *
   * Each category's `slug` can be passed to `getUserSuggestionsBySlug` or `getUserSuggestionsStatusesBySlug`. If you pass `lang` here, pass the same value there too.
   *
   * `GET https://api.twitter.com/1.1/users/suggestions.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-suggestions
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.lang - Two-letter ISO 639-1 code limiting the categories to one language (see `getSupportedLanguages`); unsupported codes fall back to English.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `UserSuggestionCategory`, each one category of suggested accounts, as listed by `users/suggestions`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getUserSuggestions()
   * ```
   */
  getUserSuggestions(params: users.GetUserSuggestionsParams = {}, options?: CallOptions): Promise<users.GetUserSuggestionsResponse> {
    return users.getUserSuggestions(this.core, params, options)
  }

  /**
   * Get the accounts in a suggested-user category, each with its latest Tweet unless the account is protected.
   *
   * `GET https://api.twitter.com/1.1/users/suggestions/:slug/members.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-suggestions-slug-members
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.slug - (required) The category's short name, as given in the `slug` field of a suggestion category.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An array of `User`, each one a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.getUserSuggestionsStatusesBySlug({ slug: 'sports' })
   * ```
   */
  getUserSuggestionsStatusesBySlug(params: users.GetUserSuggestionsStatusesBySlugParams, options?: CallOptions): Promise<users.GetUserSuggestionsStatusesBySlugResponse> {
    return users.getUserSuggestionsStatusesBySlug(this.core, params, options)
  }

  /**
   * Report an account to Twitter as spam, and by default block it too.
   *
   * Returns the reported user. Set `perform_block` to false to report without blocking.
   *
   * `POST https://api.twitter.com/1.1/users/report_spam.json` · Auth: OAuth 1.0a user context.
   *
   * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/post-users-report_spam
   *
   * @param params - Request parameters, by Twitter's wire names.
   * @param params.screen_name - Handle (without the \@) of the account to report. Give this or `user_id`; one of them is required.
   * @param params.user_id - Numeric id of the account to report. Give this or `screen_name`; one of them is required.
   * @param params.perform_block - Whether to also block the account for the authenticating user; true unless set to false.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns `User`: a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
   * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
   * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
   * @throws TwythonError for every other failure: an error status, a network error or a timeout.
   * @example
   * ```ts
   * const result = await twitter.reportSpam({ screen_name: 'follower_042', perform_block: false })
   * ```
   */
  reportSpam(params: users.ReportSpamParams = {}, options?: CallOptions): Promise<users.ReportSpamResponse> {
    return users.reportSpam(this.core, params, options)
  }
}

/** Routes by method name, read by `cursor()` to find how a method pages. */
const ROUTES_BY_METHOD = {
  getAccountSettings: account.getAccountSettingsRoute,
  verifyCredentials: account.verifyCredentialsRoute,
  updateAccountSettings: account.updateAccountSettingsRoute,
  updateDeliveryService: account.updateDeliveryServiceRoute,
  updateProfile: account.updateProfileRoute,
  updateProfileBannerImage: account.updateProfileBannerImageRoute,
  updateProfileColors: account.updateProfileColorsRoute,
  updateProfileImage: account.updateProfileImageRoute,
  removeProfileBanner: account.removeProfileBannerRoute,
  updateProfileBackgroundImage: account.updateProfileBackgroundImageRoute,
  listBlocks: blocks.listBlocksRoute,
  listBlockIds: blocks.listBlockIdsRoute,
  createBlock: blocks.createBlockRoute,
  destroyBlock: blocks.destroyBlockRoute,
  getDirectMessages: directMessages.getDirectMessagesRoute,
  getSentMessages: directMessages.getSentMessagesRoute,
  getDirectMessage: directMessages.getDirectMessageRoute,
  destroyDirectMessage: directMessages.destroyDirectMessageRoute,
  sendDirectMessage: directMessages.sendDirectMessageRoute,
  getFavorites: favorites.getFavoritesRoute,
  destroyFavorite: favorites.destroyFavoriteRoute,
  createFavorite: favorites.createFavoriteRoute,
  getUserIdsOfBlockedRetweets: friendships.getUserIdsOfBlockedRetweetsRoute,
  getFriendsIds: friendships.getFriendsIdsRoute,
  getFollowersIds: friendships.getFollowersIdsRoute,
  lookupFriendships: friendships.lookupFriendshipsRoute,
  getIncomingFriendshipIds: friendships.getIncomingFriendshipIdsRoute,
  getOutgoingFriendshipIds: friendships.getOutgoingFriendshipIdsRoute,
  createFriendship: friendships.createFriendshipRoute,
  destroyFriendship: friendships.destroyFriendshipRoute,
  updateFriendship: friendships.updateFriendshipRoute,
  showFriendship: friendships.showFriendshipRoute,
  getFriendsList: friendships.getFriendsListRoute,
  getFollowersList: friendships.getFollowersListRoute,
  getGeoInfo: geo.getGeoInfoRoute,
  reverseGeocode: geo.reverseGeocodeRoute,
  searchGeo: geo.searchGeoRoute,
  getSimilarPlaces: geo.getSimilarPlacesRoute,
  createPlace: geo.createPlaceRoute,
  getTwitterConfiguration: help.getTwitterConfigurationRoute,
  getSupportedLanguages: help.getSupportedLanguagesRoute,
  getPrivacyPolicy: help.getPrivacyPolicyRoute,
  getTos: help.getTosRoute,
  getApplicationRateLimitStatus: help.getApplicationRateLimitStatusRoute,
  showLists: lists.showListsRoute,
  getListStatuses: lists.getListStatusesRoute,
  deleteListMember: lists.deleteListMemberRoute,
  getListMemberships: lists.getListMembershipsRoute,
  getListSubscribers: lists.getListSubscribersRoute,
  subscribeToList: lists.subscribeToListRoute,
  isListSubscriber: lists.isListSubscriberRoute,
  unsubscribeFromList: lists.unsubscribeFromListRoute,
  createListMembers: lists.createListMembersRoute,
  isListMember: lists.isListMemberRoute,
  getListMembers: lists.getListMembersRoute,
  addListMember: lists.addListMemberRoute,
  deleteList: lists.deleteListRoute,
  updateList: lists.updateListRoute,
  createList: lists.createListRoute,
  getSpecificList: lists.getSpecificListRoute,
  getListSubscriptions: lists.getListSubscriptionsRoute,
  deleteListMembers: lists.deleteListMembersRoute,
  showOwnedLists: lists.showOwnedListsRoute,
  uploadMedia: media.uploadMediaRoute,
  listMutes: mutes.listMutesRoute,
  listMuteIds: mutes.listMuteIdsRoute,
  createMute: mutes.createMuteRoute,
  destroyMute: mutes.destroyMuteRoute,
  invalidateToken: oauth.invalidateTokenRoute,
  getSavedSearches: savedSearches.getSavedSearchesRoute,
  showSavedSearch: savedSearches.showSavedSearchRoute,
  createSavedSearch: savedSearches.createSavedSearchRoute,
  destroySavedSearch: savedSearches.destroySavedSearchRoute,
  search: search.searchRoute,
  getPlaceTrends: trends.getPlaceTrendsRoute,
  getAvailableTrends: trends.getAvailableTrendsRoute,
  getClosestTrends: trends.getClosestTrendsRoute,
  getMentionsTimeline: tweets.getMentionsTimelineRoute,
  getUserTimeline: tweets.getUserTimelineRoute,
  getHomeTimeline: tweets.getHomeTimelineRoute,
  retweetedOfMe: tweets.retweetedOfMeRoute,
  getRetweets: tweets.getRetweetsRoute,
  showStatus: tweets.showStatusRoute,
  lookupStatus: tweets.lookupStatusRoute,
  destroyStatus: tweets.destroyStatusRoute,
  updateStatus: tweets.updateStatusRoute,
  retweet: tweets.retweetRoute,
  updateStatusWithMedia: tweets.updateStatusWithMediaRoute,
  getOembedTweet: tweets.getOembedTweetRoute,
  getRetweetersIds: tweets.getRetweetersIdsRoute,
  lookupUser: users.lookupUserRoute,
  showUser: users.showUserRoute,
  searchUsers: users.searchUsersRoute,
  getContributees: users.getContributeesRoute,
  getContributors: users.getContributorsRoute,
  getProfileBannerSizes: users.getProfileBannerSizesRoute,
  getUserSuggestionsBySlug: users.getUserSuggestionsBySlugRoute,
  getUserSuggestions: users.getUserSuggestionsRoute,
  getUserSuggestionsStatusesBySlug: users.getUserSuggestionsStatusesBySlugRoute,
  reportSpam: users.reportSpamRoute,
}
registerRoutes(TwythonEndpoints.prototype, ROUTES_BY_METHOD)
