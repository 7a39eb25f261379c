// generated from spec/models/places.yaml by @twython/generator: do not edit

import type { Coordinates } from './tweets.js'

/**
 * A named location, from a neighborhood up to a country. Tweets carry a trimmed version; `geo/id/:place_id` and the geo searches add the enclosing places and more detail.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/geo
 */
export interface Place {
  /** The place's id, a hexadecimal string such as "5a110d312052166f" (not a numeric id). */
  id: string
  /** The API address with more about the place (`geo/id/:place_id`). */
  url: string
  /** The kind of place: "poi", "neighborhood", "city", "admin" or "country". */
  place_type: string
  /** Short name, like "San Francisco". */
  name: string
  /** Longer display name, like "San Francisco, CA". */
  full_name: string
  /** Two-letter country code; may be empty for some admin areas. */
  country_code: string
  /** Country name; may be empty for some admin areas. */
  country: string
  /** The rectangle enclosing the place; null for some large places such as whole countries. */
  bounding_box: BoundingBox | null
  /** Extra key/value facts (such as street_address or phone); often empty. */
  attributes: { [key: string]: string }
  /** The places that enclose this one (for example the city around a neighborhood); not sent inside Tweets. */
  contained_within?: Place[]
  /** A central point of the place as [longitude, latitude]. */
  centroid?: number[]
  /** The exact outline of the place when Twitter has one; usually null. Sent by `geo/id`. */
  geometry?: unknown | null
  /** Encoded outlines of the place; usually empty. Sent by `geo/id`. */
  polylines?: unknown[]
}

/**
 * A GeoJSON polygon (in practice a rectangle) enclosing a place.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/geo
 */
export interface BoundingBox {
  /** The GeoJSON geometry type; "Polygon". */
  type: string
  /** One ring of [longitude, latitude] corner points, wrapped in an outer array as GeoJSON requires. */
  coordinates: number[][][]
}

/**
 * What `geo/search`, `geo/reverse_geocode` and `geo/similar_places` return: an echo of the query and the places found.
 *
 * Reference: https://developer.twitter.com/en/docs/geo/places-near-location/api-reference/get-geo-search
 */
export interface PlaceSearchResult {
  /** The query as Twitter understood it. */
  query: PlaceSearchQuery
  /** The matching places. */
  result: PlaceSearchPlaces
}

/** The echo of a geo query in a place search response. */
export interface PlaceSearchQuery {
  /** The full request address. */
  url: string
  /** Which search ran: "search", "reverse_geocode" or "similar_places". */
  type: string
  /** The parameters Twitter applied, after defaults. */
  params: PlaceSearchParams
}

/** The parameters of a geo query as Twitter applied them; which ones appear depends on the endpoint and the request. */
export interface PlaceSearchParams {
  /** The accuracy radius used, in meters. */
  accuracy: number | null
  /** The smallest kind of place searched for; may be empty. */
  granularity: string
  /** The point searched around, when one was given. */
  coordinates?: Coordinates
  /** The place name searched for (`similar_places`). */
  name?: string
  /** The free-text query, when one was given. */
  query?: string | null
  /** The IP address searched around, when one was given. */
  ip?: string
  /** The place id results had to be inside, when one was given. */
  contained_within?: string | null
  /** Whether place attributes had to match exactly. */
  strict?: boolean
  /** Whether the query was treated as a prefix. */
  autocomplete?: boolean | null
  /** Whether the places were trimmed. */
  trim_place?: boolean
  /** The result limit requested, when one was given. */
  max_results?: number
}

/** The places a geo query found. */
export interface PlaceSearchPlaces {
  /** The matching places, best first. */
  places: Place[]
  /** Token to pass to `geo/place` when creating a new place; sent by `geo/similar_places`. */
  token?: string
}
