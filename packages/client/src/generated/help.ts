// generated from spec/endpoints/help.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { Language, PrivacyPolicy, RateLimitStatus, TermsOfService, TwitterConfiguration } from './models/help.js'

/** Parameters of `getTwitterConfiguration` (`get_twitter_configuration`). */
export interface GetTwitterConfigurationParams {
}

/** What `getTwitterConfiguration` resolves to. */
export type GetTwitterConfigurationResponse = TwitterConfiguration

/** How `get_twitter_configuration` is called: `GET help/configuration`. */
export const getTwitterConfigurationRoute: Route = { id: 'get_twitter_configuration', method: 'GET', path: 'help/configuration', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Read the settings Twitter currently applies, such as t.co link lengths, photo sizes and reserved path names.
 *
 * The values change rarely: fetch them when the application starts and at most once a day.
 *
 * `GET https://api.twitter.com/1.1/help/configuration.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/developer-utilities/configuration/api-reference/get-help-configuration
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `TwitterConfiguration`: current values of service-wide limits apps should respect, as `help/configuration` returns them.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getTwitterConfiguration(core)
 * ```
 */
export function getTwitterConfiguration(core: BaseCore, params: GetTwitterConfigurationParams = {}, options?: CallOptions): Promise<GetTwitterConfigurationResponse> {
  return callV1(core, getTwitterConfigurationRoute, params, options)
}

/** Parameters of `getSupportedLanguages` (`get_supported_languages`). */
export interface GetSupportedLanguagesParams {
}

/** What `getSupportedLanguages` resolves to. */
export type GetSupportedLanguagesResponse = Language[]

/** How `get_supported_languages` is called: `GET help/languages`. */
export const getSupportedLanguagesRoute: Route = { id: 'get_supported_languages', method: 'GET', path: 'help/languages', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * List the languages Twitter supports, each with the code Twitter uses for it.
 *
 * Codes are usually two-letter ISO 639-1 (`en`), sometimes three-letter ISO 639-3 (`msa`), or a two-letter code with an ISO 3166-1 region suffix (`zh-tw`).
 *
 * `GET https://api.twitter.com/1.1/help/languages.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/developer-utilities/supported-languages/api-reference/get-help-languages
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `Language`, each one a language Twitter's interface supports, as listed by `help/languages`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getSupportedLanguages(core)
 * ```
 */
export function getSupportedLanguages(core: BaseCore, params: GetSupportedLanguagesParams = {}, options?: CallOptions): Promise<GetSupportedLanguagesResponse> {
  return callV1(core, getSupportedLanguagesRoute, params, options)
}

/** Parameters of `getPrivacyPolicy` (`get_privacy_policy`). */
export interface GetPrivacyPolicyParams {
}

/** What `getPrivacyPolicy` resolves to. */
export type GetPrivacyPolicyResponse = PrivacyPolicy

/** How `get_privacy_policy` is called: `GET help/privacy`. */
export const getPrivacyPolicyRoute: Route = { id: 'get_privacy_policy', method: 'GET', path: 'help/privacy', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Read the text of Twitter's privacy policy.
 *
 * `GET https://api.twitter.com/1.1/help/privacy.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/developer-utilities/privacy-policy/api-reference/get-help-privacy
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `PrivacyPolicy`: Twitter's privacy policy, as `help/privacy` returns it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getPrivacyPolicy(core)
 * ```
 */
export function getPrivacyPolicy(core: BaseCore, params: GetPrivacyPolicyParams = {}, options?: CallOptions): Promise<GetPrivacyPolicyResponse> {
  return callV1(core, getPrivacyPolicyRoute, params, options)
}

/** Parameters of `getTos` (`get_tos`). */
export interface GetTosParams {
}

/** What `getTos` resolves to. */
export type GetTosResponse = TermsOfService

/** How `get_tos` is called: `GET help/tos`. */
export const getTosRoute: Route = { id: 'get_tos', method: 'GET', path: 'help/tos', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Read the text of Twitter's Terms of Service.
 *
 * These are the terms for people using Twitter, not the Developer Policy that governs API use.
 *
 * `GET https://api.twitter.com/1.1/help/tos.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/developer-utilities/terms-of-service/api-reference/get-help-tos
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `TermsOfService`: Twitter's terms of service, as `help/tos` returns them.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getTos(core)
 * ```
 */
export function getTos(core: BaseCore, params: GetTosParams = {}, options?: CallOptions): Promise<GetTosResponse> {
  return callV1(core, getTosRoute, params, options)
}

/** Parameters of `getApplicationRateLimitStatus` (`get_application_rate_limit_status`). */
export interface GetApplicationRateLimitStatusParams {
  /**
   * Resource families to report on (sent comma-separated); all families when left out.
   * @example ['statuses', 'friends', 'trends', 'help']
   */
  readonly resources?: readonly string[]
}

/** What `getApplicationRateLimitStatus` resolves to. */
export type GetApplicationRateLimitStatusResponse = RateLimitStatus

/** How `get_application_rate_limit_status` is called: `GET application/rate_limit_status`. */
export const getApplicationRateLimitStatusRoute: Route = { id: 'get_application_rate_limit_status', method: 'GET', path: 'application/rate_limit_status', rateLimits: [{ windowSeconds: 900, limit: 180, per: 'user' }, { windowSeconds: 900, limit: 180, per: 'app' }] }

/**
 * Report how many calls remain, and when each window resets, for the rate-limited endpoints of chosen resource families.
 *
 * A resource family is the first path segment of an endpoint (`statuses`, `friends`, `lists`, ...). Without `resources` every rate-limited GET endpoint is reported; naming only the families you use keeps the answer small. The limits reported are those of the credentials making the call (the user's access token, or the app when using an app-only bearer token), as shown in `rate_limit_context`.
 *
 * `GET https://api.twitter.com/1.1/application/rate_limit_status.json` · Auth: user context or app-only bearer token. Rate limit: 180 per user, 180 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/developer-utilities/rate-limit-status/api-reference/get-application-rate_limit_status
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.resources - Resource families to report on (sent comma-separated); all families when left out.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `RateLimitStatus`: the remaining requests in the current window for each endpoint, as `application/rate_limit_status` reports them.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getApplicationRateLimitStatus(core)
 * ```
 */
export function getApplicationRateLimitStatus(core: BaseCore, params: GetApplicationRateLimitStatusParams = {}, options?: CallOptions): Promise<GetApplicationRateLimitStatusResponse> {
  return callV1(core, getApplicationRateLimitStatusRoute, params, options)
}
