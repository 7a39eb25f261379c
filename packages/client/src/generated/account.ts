// generated from spec/endpoints/account.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { AccountSettings, User } from './models/users.js'

/** Parameters of `getAccountSettings` (`get_account_settings`). */
export interface GetAccountSettingsParams {
}

/** What `getAccountSettings` resolves to. */
export type GetAccountSettingsResponse = AccountSettings

/** How `get_account_settings` is called: `GET account/settings`. */
export const getAccountSettingsRoute: Route = { id: 'get_account_settings', method: 'GET', path: 'account/settings', auth: 'user', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Read the authenticating user's account settings, such as language, time zone, trend location and sleep time.
 *
 * `GET https://api.twitter.com/1.1/account/settings.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/get-account-settings
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `AccountSettings`: the authenticating user's account settings, as `account/settings` reads or updates them.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getAccountSettings(core)
 * ```
 */
export function getAccountSettings(core: BaseCore, params: GetAccountSettingsParams = {}, options?: CallOptions): Promise<GetAccountSettingsResponse> {
  return callV1(core, getAccountSettingsRoute, params, options)
}

/** Parameters of `verifyCredentials` (`verify_credentials`). */
export interface VerifyCredentialsParams {
  /**
   * Set to false to leave the `entities` object out of the user's embedded Tweet.
   * @example false
   */
  readonly include_entities?: boolean
  /**
   * When true, the user comes back without their most recent Tweet.
   * @example true
   */
  readonly skip_status?: boolean
  /**
   * When true, the user object gets an `email` string, or `null` if the account has no verified address. Needs the app's email permission.
   * @example true
   */
  readonly include_email?: boolean
}

/** What `verifyCredentials` resolves to. */
export type VerifyCredentialsResponse = User

/** How `verify_credentials` is called: `GET account/verify_credentials`. */
export const verifyCredentialsRoute: Route = { id: 'verify_credentials', method: 'GET', path: 'account/verify_credentials', auth: 'user', rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }] }

/**
 * Check the user's credentials and, if they are valid, return that user's profile.
 *
 * Answers 200 with the user object when the tokens are good and 401 when they are not, which makes it the usual way to test a token. The `email` field is only filled in when the app has been granted the email-address permission and the user authorised it after that (older tokens must be reissued).
 *
 * `GET https://api.twitter.com/1.1/account/verify_credentials.json` · Auth: OAuth 1.0a user context. Rate limit: 75 per user every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/get-account-verify_credentials
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
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
 * const result = await verifyCredentials(core)
 * ```
 */
export function verifyCredentials(core: BaseCore, params: VerifyCredentialsParams = {}, options?: CallOptions): Promise<VerifyCredentialsResponse> {
  return callV1(core, verifyCredentialsRoute, params, options)
}

/** Parameters of `updateAccountSettings` (`update_account_settings`). */
export interface UpdateAccountSettingsParams {
  /**
   * True to turn on sleep time, the hours during which Twitter holds back push and SMS notifications; false to turn it off.
   * @example true
   */
  readonly sleep_time_enabled?: boolean
  /**
   * Hour of the day (0-23, in the user's `time_zone`) at which sleep time begins.
   * @example 23
   */
  readonly start_sleep_time?: number
  /**
   * Hour of the day (0-23, in the user's `time_zone`) at which sleep time ends.
   * @example 7
   */
  readonly end_sleep_time?: number
  /**
   * The time zone to show dates and times in, given as a Rails time zone name.
   * @example 'Europe/Copenhagen'
   */
  readonly time_zone?: string
  /**
   * Yahoo! Where On Earth id of the user's default trends location; 1 means worldwide. It must be one of the places `getAvailableTrends` lists.
   * @example 1
   */
  readonly trend_location_woeid?: number
  /**
   * Two-letter ISO 639-1 code of the language twitter.com should use for this user; one of the codes `getSupportedLanguages` returns.
   * @example 'en'
   */
  readonly lang?: string
}

/** What `updateAccountSettings` resolves to. */
export type UpdateAccountSettingsResponse = AccountSettings

/** How `update_account_settings` is called: `POST account/settings`. */
export const updateAccountSettingsRoute: Route = { id: 'update_account_settings', method: 'POST', path: 'account/settings', auth: 'user' }

/**
 * Change one or more of the authenticating user's account settings.
 *
 * Every parameter is optional, but send at least one. Returns the settings as they stand afterwards.
 *
 * `POST https://api.twitter.com/1.1/account/settings.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-account-settings
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
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
 * const result = await updateAccountSettings(core, { lang: 'en' })
 * ```
 */
export function updateAccountSettings(core: BaseCore, params: UpdateAccountSettingsParams = {}, options?: CallOptions): Promise<UpdateAccountSettingsResponse> {
  return callV1(core, updateAccountSettingsRoute, params, options)
}

/** Parameters of `updateDeliveryService` (`update_delivery_service`). */
export interface UpdateDeliveryServiceParams {
  /**
   * Where to deliver updates: `sms` for text messages, `none` to stop them.
   * @example 'none'
   */
  readonly device: 'sms' | 'none'
  /**
   * Set to false to leave `entities` objects out of the response.
   * @example false
   */
  readonly include_entities?: boolean
}

/** What `updateDeliveryService` resolves to. */
export type UpdateDeliveryServiceResponse = unknown

/** How `update_delivery_service` is called: `POST account/update_delivery_device`. */
export const updateDeliveryServiceRoute: Route = { id: 'update_delivery_service', method: 'POST', path: 'account/update_delivery_device', auth: 'user' }

/**
 * Choose whether Twitter delivers notifications to the authenticating user by SMS.
 *
 * Twython names this method `updateDeliveryService`; the endpoint is `account/update_delivery_device`. Sending `none` turns SMS delivery off. Twitter's SMS features were later withdrawn and this endpoint dropped out of the v1.1 reference, so its response is not modelled.
 *
 * `POST https://api.twitter.com/1.1/account/update_delivery_device.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://dev.twitter.com/docs/api/1.1/post/account/update_delivery_device
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
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
 * const result = await updateDeliveryService(core, { device: 'none' })
 * ```
 */
export function updateDeliveryService(core: BaseCore, params: UpdateDeliveryServiceParams, options?: CallOptions): Promise<UpdateDeliveryServiceResponse> {
  return callV1(core, updateDeliveryServiceRoute, params, options)
}

/** Parameters of `updateProfile` (`update_profile`). */
export interface UpdateProfileParams {
  /**
   * The display name shown on the profile (Twitter's limit was 50 characters; older docs said 20).
   * @example 'Sean Cook'
   */
  readonly name?: string
  /**
   * The website linked from the profile; Twitter adds `http://` when no scheme is given.
   * @example 'https://example.com'
   */
  readonly url?: string
  /**
   * Free-text location shown on the profile; Twitter does not geocode or normalise it.
   * @example 'San Francisco, CA'
   */
  readonly location?: string
  /**
   * The profile bio text.
   * @example 'Keep calm and rock on.'
   */
  readonly description?: string
  /**
   * Colour for links on the user's twitter.com profile, as a three- or six-digit hex value without `#` (for example F00 or FF0000). This replaces the separate `updateProfileColors` call.
   * @example '1DA1F2'
   */
  readonly profile_link_color?: string
  /**
   * Set to false to leave the `entities` object out of the user's embedded Tweet.
   * @example false
   */
  readonly include_entities?: boolean
  /**
   * When true, the returned user comes without their most recent Tweet.
   * @example true
   */
  readonly skip_status?: boolean
}

/** What `updateProfile` resolves to. */
export type UpdateProfileResponse = User

/** How `update_profile` is called: `POST account/update_profile`. */
export const updateProfileRoute: Route = { id: 'update_profile', method: 'POST', path: 'account/update_profile', auth: 'user' }

/**
 * Change fields of the authenticating user's public profile.
 *
 * Only the fields sent are changed; send at least one. Returns the updated user.
 *
 * `POST https://api.twitter.com/1.1/account/update_profile.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-account-update_profile
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
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
 * const result = await updateProfile(core, { profile_link_color: '1DA1F2' })
 * ```
 */
export function updateProfile(core: BaseCore, params: UpdateProfileParams = {}, options?: CallOptions): Promise<UpdateProfileResponse> {
  return callV1(core, updateProfileRoute, params, options)
}

/** Parameters of `updateProfileBannerImage` (`update_profile_banner_image`). */
export interface UpdateProfileBannerImageParams {
  /**
   * The banner image, Base64-encoded.
   * @example 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
   */
  readonly banner: string
  /**
   * Width in pixels of the part of the image to use; goes with `height`, `offset_left` and `offset_top`.
   * @example 1500
   */
  readonly width?: number
  /**
   * Height in pixels of the part of the image to use; goes with `width`, `offset_left` and `offset_top`.
   * @example 500
   */
  readonly height?: number
  /**
   * How many pixels from the image's left edge the chosen part starts.
   * @example 0
   */
  readonly offset_left?: number
  /**
   * How many pixels from the image's top edge the chosen part starts.
   * @example 0
   */
  readonly offset_top?: number
}

/** What `updateProfileBannerImage` resolves to. */
export type UpdateProfileBannerImageResponse = void

/** How `update_profile_banner_image` is called: `POST account/update_profile_banner`. */
export const updateProfileBannerImageRoute: Route = { id: 'update_profile_banner_image', method: 'POST', path: 'account/update_profile_banner', auth: 'user' }

/**
 * Upload a new profile banner for the authenticating user.
 *
 * Despite Twython's method name (and its docstring, which mentions the background image), the request goes to `account/update_profile_banner`. Twitter answers 200, 201 or 202 with an empty body on success, 400 when the image is missing or unreadable and 422 when it cannot be resized or is too large. Banners are processed asynchronously, so `profile_banner_url` may not change straight away; see `getProfileBannerSizes` for the size variants.
 *
 * `POST https://api.twitter.com/1.1/account/update_profile_banner.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-account-update_profile_banner
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
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
 * const result = await updateProfileBannerImage(core, { banner: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==' })
 * ```
 */
export function updateProfileBannerImage(core: BaseCore, params: UpdateProfileBannerImageParams, options?: CallOptions): Promise<UpdateProfileBannerImageResponse> {
  return callV1(core, updateProfileBannerImageRoute, params, options)
}

/** Parameters of `updateProfileColors` (`update_profile_colors`). */
export interface UpdateProfileColorsParams {
  /**
   * Hex colour of the profile page background.
   * @example 'FFFFFF'
   */
  readonly profile_background_color?: string
  /**
   * Hex colour of links on the profile page.
   * @example '0000FF'
   */
  readonly profile_link_color?: string
  /**
   * Hex colour of the sidebar border on the profile page.
   * @example '87BC44'
   */
  readonly profile_sidebar_border_color?: string
  /**
   * Hex colour filling the sidebar on the profile page.
   * @example 'E0FF92'
   */
  readonly profile_sidebar_fill_color?: string
  /**
   * Hex colour of the text on the profile page.
   * @example '000000'
   */
  readonly profile_text_color?: string
  /**
   * Set to false to leave the `entities` object out of the user's embedded Tweet.
   * @example false
   */
  readonly include_entities?: boolean
  /**
   * When true, the returned user comes without their most recent Tweet.
   * @example true
   */
  readonly skip_status?: boolean
}

/** What `updateProfileColors` resolves to. */
export type UpdateProfileColorsResponse = User

/** How `update_profile_colors` is called: `POST account/update_profile_colors`. */
export const updateProfileColorsRoute: Route = { id: 'update_profile_colors', method: 'POST', path: 'account/update_profile_colors', auth: 'user' }

/**
 * Set the hex colours of the authenticating user's twitter.com profile theme.
 *
 * Send at least one colour, each a three- or six-digit hex value without `#`. Returns the updated user. Twitter later dropped this endpoint from the v1.1 reference.
 *
 * `POST https://api.twitter.com/1.1/account/update_profile_colors.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://dev.twitter.com/docs/api/1.1/post/account/update_profile_colors
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
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
 * const result = await updateProfileColors(core, { profile_link_color: '0000FF' })
 * ```
 */
export function updateProfileColors(core: BaseCore, params: UpdateProfileColorsParams = {}, options?: CallOptions): Promise<UpdateProfileColorsResponse> {
  return callV1(core, updateProfileColorsRoute, params, options)
}

/** Parameters of `updateProfileImage` (`update_profile_image`). */
export interface UpdateProfileImageParams {
  /**
   * The new avatar image, Base64-encoded (not a URL).
   * @example 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
   */
  readonly image: string
  /**
   * Set to false to leave the `entities` object out of the user's embedded Tweet.
   * @example false
   */
  readonly include_entities?: boolean
  /**
   * When true, the returned user comes without their most recent Tweet.
   * @example true
   */
  readonly skip_status?: boolean
}

/** What `updateProfileImage` resolves to. */
export type UpdateProfileImageResponse = User

/** How `update_profile_image` is called: `POST account/update_profile_image`. */
export const updateProfileImageRoute: Route = { id: 'update_profile_image', method: 'POST', path: 'account/update_profile_image', auth: 'user' }

/**
 * Replace the authenticating user's avatar.
 *
 * The image must be a GIF, JPEG or PNG under 700 KB; images wider than 400 pixels are scaled down and animated GIFs keep only their first frame. Twitter processes the upload asynchronously: the returned user may still show the old `profile_image_url`, so read the user again a few seconds later.
 *
 * `POST https://api.twitter.com/1.1/account/update_profile_image.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-account-update_profile_image
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
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
 * const result = await updateProfileImage(core, { image: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==' })
 * ```
 */
export function updateProfileImage(core: BaseCore, params: UpdateProfileImageParams, options?: CallOptions): Promise<UpdateProfileImageResponse> {
  return callV1(core, updateProfileImageRoute, params, options)
}

/** Parameters of `removeProfileBanner` (`remove_profile_banner`). */
export interface RemoveProfileBannerParams {
}

/** What `removeProfileBanner` resolves to. */
export type RemoveProfileBannerResponse = void

/** How `remove_profile_banner` is called: `POST account/remove_profile_banner`. */
export const removeProfileBannerRoute: Route = { id: 'remove_profile_banner', method: 'POST', path: 'account/remove_profile_banner', auth: 'user' }

/**
 * Remove the authenticating user's profile banner.
 *
 * Twitter answers 200 with no body when the banner has been removed.
 *
 * `POST https://api.twitter.com/1.1/account/remove_profile_banner.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-account-remove_profile_banner
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns Nothing (`undefined`): Twitter answers with an empty body.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await removeProfileBanner(core)
 * ```
 */
export function removeProfileBanner(core: BaseCore, params: RemoveProfileBannerParams = {}, options?: CallOptions): Promise<RemoveProfileBannerResponse> {
  return callV1(core, removeProfileBannerRoute, params, options)
}

/** Parameters of `updateProfileBackgroundImage` (`update_profile_background_image`). */
export interface UpdateProfileBackgroundImageParams {
  /** The background image, Base64-encoded: a GIF, JPEG or PNG under 800 KB; images wider than 2048 pixels are scaled down. */
  readonly image?: string
  /**
   * True to repeat (tile) the background image across the page; otherwise it is shown once.
   * @example true
   */
  readonly tile?: boolean
  /**
   * Set to false to leave the `entities` object out of the user's embedded Tweet.
   * @example false
   */
  readonly include_entities?: boolean
  /**
   * When true, the returned user comes without their most recent Tweet.
   * @example true
   */
  readonly skip_status?: boolean
  /**
   * Id of an image already uploaded with `uploadMedia`, to use instead of sending `image`.
   * @example '1656234633'
   */
  readonly media_id?: string | bigint
}

/** What `updateProfileBackgroundImage` resolves to. */
export type UpdateProfileBackgroundImageResponse = User

/** How `update_profile_background_image` is called: `POST account/update_profile_background_image`. */
export const updateProfileBackgroundImageRoute: Route = { id: 'update_profile_background_image', method: 'POST', path: 'account/update_profile_background_image' }

/**
 * Change or switch off the authenticating user's profile background image.
 *
 * Every parameter is optional, but send `image` or `media_id`. Twython's docstring for this method describes the banner upload by mistake; the request goes to `account/update_profile_background_image`. Although the reference only says "requires authentication", the call changes the token owner's profile, so it needs a user context in practice.
 *
 * `POST https://api.twitter.com/1.1/account/update_profile_background_image.json` · Auth: user context or app-only bearer token.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-account-update_profile_background_image
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
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
 * const result = await updateProfileBackgroundImage(core, { media_id: '1656234633', tile: true })
 * ```
 */
export function updateProfileBackgroundImage(core: BaseCore, params: UpdateProfileBackgroundImageParams = {}, options?: CallOptions): Promise<UpdateProfileBackgroundImageResponse> {
  return callV1(core, updateProfileBackgroundImageRoute, params, options)
}
