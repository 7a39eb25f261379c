// generated from spec/models/trends.yaml by @twython/generator: do not edit

/**
 * A location with trending topics, as `trends/available` and `trends/closest` list it.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/trends/locations-with-trending-topics/api-reference/get-trends-available
 */
export interface TrendLocation {
  /** The location's name. */
  name: string
  /** The Yahoo! Where On Earth id to pass to `trends/place`. */
  woeid: number
  /** The country's name; empty for "Worldwide". */
  country: string
  /** The location's address in the (retired) Yahoo! GeoPlanet service. */
  url: string
  /** WOEID of the enclosing location (1 for countries, 0 for "Worldwide"). */
  parentid: number
  /** What kind of place this is (town, country, the whole world). */
  placeType: PlaceType
  /** The two-letter country code; null for "Worldwide". */
  countryCode: string | null
}

/** The kind of a trends location (the `placeType` field of a TrendLocation), as a Yahoo! GeoPlanet place type. */
export interface PlaceType {
  /** The numeric type: 7 for a town, 12 for a country, 19 for the whole world. */
  code: number
  /** The type's name: "Town", "Country", "Supername", ... */
  name: string
}

/**
 * The current trending topics for one location; `trends/place` returns an array with one of these.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/trends/trends-for-location/api-reference/get-trends-place
 */
export interface TrendsForPlace {
  /** The trending topics, most prominent first. */
  trends: Trend[]
  /** When this list was fetched, in ISO 8601 form like "2017-02-08T16:18:18Z". */
  as_of: string
  /** When Twitter computed the trends, in ISO 8601 form. */
  created_at: string
  /** The location the trends belong to. */
  locations: TrendPlace[]
}

/** A location named in a trends response. */
export interface TrendPlace {
  /** The location's name. */
  name: string
  /** Its Yahoo! Where On Earth id. */
  woeid: number
}

/**
 * One trending topic.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/trends/trends-for-location/api-reference/get-trends-place
 */
export interface Trend {
  /** The topic as displayed (a hashtag or a phrase). */
  name: string
  /** A twitter.com search link for the topic. */
  url: string
  /** The URL-encoded search query for the topic. */
  query: string
  /** Set for promoted trends; null otherwise. */
  promoted_content: unknown | null
  /** Tweets about the topic in the last 24 hours, when Twitter reports it. */
  tweet_volume: number | null
}
