// generated from spec/v2/models/users.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { GetBookmarksResponseMeta } from './bookmarks.js'
import type { DmEventEntitiesCashtagsItem, DmEventEntitiesMentionsItem } from './direct_messages.js'
import type { Problem } from './errors.js'
import type { GetLikingUsersResponse } from './likes.js'
import type { Expansions, TweetEntitiesUrlsItemImagesItem } from './tweets.js'

/** The JSON body of `followUser`; its fields sit beside the other parameters in the one params object. */
export interface FollowUserRequest {
  target_user_id: string
}

/** What `followUser` resolves to: X's response envelope. */
export interface FollowUserResponse {
  data?: FollowUserResponseData
  errors?: Problem[]
}

/** The `data` field of `FollowUserResponse` (part of `followUser`). */
export interface FollowUserResponseData {
  following: boolean
  pending_follow: boolean
}

/** What `getBlockedUsers` resolves to: X's response envelope. */
export interface GetBlockedUsersResponse<F extends string = never> extends GetLikingUsersResponse<F> {
}

/** The `meta` field of `GetBlockedUsersResponse` (part of `getBlockedUsers`). */
export interface GetBlockedUsersResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getMe` resolves to: X's response envelope. */
export interface GetMeResponse<F extends string = never> {
  data?: Selected<User, F | 'id' | 'name' | 'username'>
  errors?: Problem[]
  includes?: Expansions
}

/** What `getMutedUsers` resolves to: X's response envelope. */
export interface GetMutedUsersResponse<F extends string = never> extends GetLikingUsersResponse<F> {
}

/** The `meta` field of `GetMutedUsersResponse` (part of `getMutedUsers`). */
export interface GetMutedUsersResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getUserAffiliates` resolves to: X's response envelope. */
export interface GetUserAffiliatesResponse<F extends string = never> extends GetLikingUsersResponse<F> {
}

/** The `meta` field of `GetUserAffiliatesResponse` (part of `getUserAffiliates`). */
export interface GetUserAffiliatesResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getUserByUsername` resolves to: X's response envelope. */
export interface GetUserByUsernameResponse<F extends string = never> extends GetMeResponse<F> {
}

/** What `getUserFollowers` resolves to: X's response envelope. */
export interface GetUserFollowersResponse<F extends string = never> extends GetLikingUsersResponse<F> {
}

/** The `meta` field of `GetUserFollowersResponse` (part of `getUserFollowers`). */
export interface GetUserFollowersResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getUserFollowing` resolves to: X's response envelope. */
export interface GetUserFollowingResponse<F extends string = never> extends GetLikingUsersResponse<F> {
}

/** The `meta` field of `GetUserFollowingResponse` (part of `getUserFollowing`). */
export interface GetUserFollowingResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getUser` resolves to: X's response envelope. */
export interface GetUserResponse<F extends string = never> extends GetMeResponse<F> {
}

/** What `getUsersByUsernames` resolves to: X's response envelope. */
export interface GetUsersByUsernamesResponse<F extends string = never> {
  data?: Selected<User, F | 'id' | 'name' | 'username'>[]
  errors?: Problem[]
  includes?: Expansions
}

/** What `getUsers` resolves to: X's response envelope. */
export interface GetUsersResponse<F extends string = never> extends GetUsersByUsernamesResponse<F> {
}

/** The JSON body of `muteUser`; its fields sit beside the other parameters in the one params object. */
export interface MuteUserRequest {
  target_user_id: string
}

/** What `muteUser` resolves to: X's response envelope. */
export interface MuteUserResponse {
  data?: MuteUserResponseData
  errors?: Problem[]
}

/** The `data` field of `MuteUserResponse` (part of `muteUser`). */
export interface MuteUserResponseData {
  muting: boolean
}

/** What `searchUsers` resolves to: X's response envelope. */
export interface SearchUsersResponse<F extends string = never> {
  data?: Selected<User, F | 'id' | 'name' | 'username'>[]
  errors?: Problem[]
  includes?: Expansions
  meta?: SearchUsersResponseMeta
}

/** The `meta` field of `SearchUsersResponse` (part of `searchUsers`). */
export interface SearchUsersResponseMeta {
  next_token?: string
  previous_token?: string
}

/** What `unfollowUser` resolves to: X's response envelope. */
export interface UnfollowUserResponse {
  data?: UnfollowUserResponseData
  errors?: Problem[]
}

/** The `data` field of `UnfollowUserResponse` (part of `unfollowUser`). */
export interface UnfollowUserResponseData {
  following: boolean
}

/** What `unmuteUser` resolves to: X's response envelope. */
export interface UnmuteUserResponse {
  data?: UnmuteUserResponseData
  errors?: Problem[]
}

/** The `data` field of `UnmuteUserResponse` (part of `unmuteUser`). */
export interface UnmuteUserResponseData {
  muting: boolean
}

/** An X account. Only `id`, `name` and `username` come by default; every other property is returned only when asked for with the `user.fields` parameter. */
export interface User {
  /** The organization the user is affiliated with, and its badge, if any. */
  affiliation?: UserAffiliation
  /** The user's confirmed email address; only returned for the authenticated user with the right scope. */
  confirmed_email?: string
  /** How the authenticated user is connected to this user (following, followed by, blocking, muting, pending requests). */
  connection_status?: UserConnectionStatus
  /** When the account was created. */
  created_at?: string
  /** The profile bio. */
  description?: string
  /** URLs, hashtags, cashtags and mentions found in the bio and the profile URL. */
  entities?: UserEntities
  /** The user's id. */
  id?: string
  /** Whether the user has verified their identity with X. */
  is_identity_verified?: boolean
  /** The free-text location the user gives in their profile. */
  location?: string
  /** The id of the user's most recent tweet. */
  most_recent_post_id?: string
  /** The display name. */
  name?: string
  /** Whether the account is labeled as a parody, commentary or fan account. */
  parody?: boolean
  /** The id of the tweet pinned to the user's profile. */
  pinned_post_id?: string
  /** The URL of the profile banner image. */
  profile_banner_url?: string
  /** The URL of the profile picture. */
  profile_image_url?: string
  /** Whether the user's tweets are protected (visible only to approved followers). */
  protected?: boolean
  /** Public counts of followers, followings, tweets, likes, media and Lists the user is on. */
  public_metrics?: UserPublicMetrics
  /** Whether the authenticated user can send this user a Direct Message. */
  receives_your_dm?: boolean
  /** Whether this user subscribes to the authenticated user. */
  subscribes_to_you?: boolean
  /** The subscription relationship between this user and the authenticated user. */
  subscription?: UserSubscription
  /** The kind of X Premium subscription the user has, such as `Basic`, `Premium` or `PremiumPlus`. */
  subscription_type?: string
  /** The URL given in the profile. */
  url?: string
  /** The handle, without the \@. */
  username?: string
  /** Whether the account is verified (has a checkmark). */
  verified?: boolean
  /** How many verified accounts follow the user. */
  verified_followers_count?: number
  /** The kind of verification, such as `blue`, `business`, `government` or `none`. */
  verified_type?: string
  /** In which countries the account is withheld. */
  withheld?: UserWithheld
}

/** The organization an account is affiliated with, with its badge, description and URL. */
export interface UserAffiliation {
  badge_url?: string | null
  description?: string | null
  url?: string | null
  user_id?: string[] | null
}

/** The ways the authenticated user is connected to another user, such as `following` or `muting`. */
export type UserConnectionStatus = ('blocking' | 'follow_request_received' | 'follow_request_sent' | 'followed_by' | 'following' | 'muting')[]

/** The URLs, hashtags, cashtags and mentions found in a user's bio and profile URL. */
export interface UserEntities {
  description?: UserEntitiesDescription | null
  url?: UserEntitiesUrl | null
}

/** The entities found in a user's bio, each with its position in the text. */
export interface UserEntitiesDescription {
  cashtags?: UserEntitiesDescriptionCashtagsItem[] | null
  hashtags?: UserEntitiesDescriptionHashtagsItem[] | null
  mentions?: UserEntitiesDescriptionMentionsItem[] | null
  urls?: UserEntitiesDescriptionUrlsItem[] | null
}

/** A cashtag (like `$TWTR`) found in a user's bio, with its position. */
export interface UserEntitiesDescriptionCashtagsItem extends DmEventEntitiesCashtagsItem {
}

/** A hashtag found in a user's bio, with its position. */
export interface UserEntitiesDescriptionHashtagsItem extends DmEventEntitiesCashtagsItem {
}

/** A mention of another user found in a user's bio, with its position. */
export interface UserEntitiesDescriptionMentionsItem extends DmEventEntitiesMentionsItem {
}

/** A URL found in a user's bio, with its shortened, displayed and expanded forms. */
export interface UserEntitiesDescriptionUrlsItem {
  description?: string | null
  display_url?: string | null
  end: number
  expanded_url?: string | null
  images?: UserEntitiesDescriptionUrlsItemImagesItem[] | null
  media_key?: string | null
  start: number
  status?: number | null
  title?: string | null
  unwound_url?: string | null
  url: string
}

/** A preview image of a URL found in a user's bio. */
export interface UserEntitiesDescriptionUrlsItemImagesItem extends TweetEntitiesUrlsItemImagesItem {
}

/** The entities of a user's profile URL. */
export interface UserEntitiesUrl {
  urls?: UserEntitiesUrlUrlsItem[] | null
}

/** The profile URL, with its shortened, displayed and expanded forms. */
export interface UserEntitiesUrlUrlsItem extends UserEntitiesDescriptionUrlsItem {
}

/** A preview image of the profile URL. */
export interface UserEntitiesUrlUrlsItemImagesItem extends TweetEntitiesUrlsItemImagesItem {
}

/** The id of a user, a string of up to 19 digits. */
export type UserId = string

/** Public counts of a user's followers, followings, tweets, likes, media and List memberships. */
export interface UserPublicMetrics {
  followers_count: number
  following_count: number
  like_count?: number | null
  listed_count: number
  media_count?: number | null
  post_count: number
}

/** The subscription relationship between a user and the authenticated user. */
export interface UserSubscription {
  subscribes_to_you: boolean
}

/** The countries where an account is withheld, and whether the whole account or only its tweets are. */
export interface UserWithheld {
  country_codes?: string[] | null
  scope?: 'user' | null
}
