// generated from spec/v2/models/places.yaml by @twython/generator: do not edit

/** A named place that a tweet is tagged with, such as a city or a point of interest; returned in `includes.places` with the `geo.place_id` expansion. */
export interface Place {
  /** The ids of larger places this place lies in. */
  contained_within?: PlaceContainedWithin
  /** The full name of the country the place is in. */
  country?: string
  /** The ISO 3166-1 alpha-2 code of that country, such as `US`. */
  country_code?: string
  /** A longer, readable name of the place, such as `Manhattan, NY`. */
  full_name?: string
  /** The place's location as a GeoJSON feature with a bounding box. */
  geo?: PlaceGeo
  /** The place's id. */
  id?: string
  /** The short name of the place. */
  name?: string
  /** The kind of place, such as `city`, `admin`, `country` or `poi`. */
  place_type?: string
}

/** The ids of the places that contain a place. */
export type PlaceContainedWithin = string[]

/** A place's location as a GeoJSON Feature with a bounding box (west, south, east, north). */
export interface PlaceGeo {
  bbox: number[]
  properties: { [key: string]: unknown }
  type: 'Feature'
}
