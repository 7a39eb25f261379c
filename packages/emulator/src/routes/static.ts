/**
 * Endpoints whose data does not change with what clients do: trends, places, Twitter's help pages and
 * the caller's own rate-limit status. The values are written for the emulator (realistic in shape,
 * not copied from Twitter).
 */
import { ApiError } from '../server/errors.js'
import type { Handler, HandlerContext } from './common.js'
interface Location {
  name: string
  woeid: number
  country: string
  countryCode: string | null
  parentid: number
  placeType: { code: number; name: string }
  lat: number
  long: number
}

const LOCATIONS: readonly Location[] = [
  { name: 'Worldwide', woeid: 1, country: '', countryCode: null, parentid: 0, placeType: { code: 19, name: 'Supername' }, lat: 0, long: 0 },
  { name: 'United States', woeid: 23424977, country: 'United States', countryCode: 'US', parentid: 1, placeType: { code: 12, name: 'Country' }, lat: 39.8, long: -98.6 },
  { name: 'San Francisco', woeid: 2487956, country: 'United States', countryCode: 'US', parentid: 23424977, placeType: { code: 7, name: 'Town' }, lat: 37.77, long: -122.42 },
  { name: 'United Kingdom', woeid: 23424975, country: 'United Kingdom', countryCode: 'GB', parentid: 1, placeType: { code: 12, name: 'Country' }, lat: 54.3, long: -2.2 },
  { name: 'London', woeid: 44418, country: 'United Kingdom', countryCode: 'GB', parentid: 23424975, placeType: { code: 7, name: 'Town' }, lat: 51.51, long: -0.13 },
  { name: 'Tokyo', woeid: 1118370, country: 'Japan', countryCode: 'JP', parentid: 23424856, placeType: { code: 7, name: 'Town' }, lat: 35.68, long: 139.69 },
]

const TOPICS = ['#typescript', '#python', 'Twython', '#opensource', 'Ada Lovelace Day', '#apollo', 'Open Data', '#webdev', 'Grace Hopper', '#streaming']

function locationJson(l: Location) {
  return { name: l.name, placeType: l.placeType, url: `http://where.yahooapis.com/v1/place/${l.woeid}`, parentid: l.parentid, country: l.country, woeid: l.woeid, countryCode: l.countryCode }
}

interface PlaceSeed {
  id: string
  name: string
  full_name: string
  place_type: string
  country: string
  country_code: string
  box: [number, number, number, number]
}

const PLACES: readonly PlaceSeed[] = [
  { id: '5a110d312052166f', name: 'San Francisco', full_name: 'San Francisco, CA', place_type: 'city', country: 'United States', country_code: 'US', box: [-122.514926, 37.708075, -122.357031, 37.833238] },
  { id: '247f43d441defc03', name: 'Twitter HQ', full_name: 'Twitter HQ, San Francisco', place_type: 'poi', country: 'United States', country_code: 'US', box: [-122.4175, 37.7764, -122.4165, 37.7774] },
  { id: '457b4814b4240d87', name: 'London', full_name: 'London, England', place_type: 'city', country: 'United Kingdom', country_code: 'GB', box: [-0.187894, 51.483718, -0.109978, 51.5164655] },
]

function placeJson(p: PlaceSeed, origin: string): Record<string, unknown> {
  const [w, s, e, n] = p.box
  return {
    id: p.id,
    url: `${origin}/1.1/geo/id/${p.id}.json`,
    place_type: p.place_type,
    name: p.name,
    full_name: p.full_name,
    country_code: p.country_code,
    country: p.country,
    contained_within: [],
    centroid: [(w + e) / 2, (s + n) / 2],
    bounding_box: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
    attributes: {},
  }
}

function near(ctx: HandlerContext): PlaceSeed[] {
  const lat = Number(ctx.params.lat)
  const long = Number(ctx.params.long)
  const query = (ctx.params.query ?? ctx.params.name ?? '').toLowerCase()
  let found = PLACES.filter((p) => !query || p.full_name.toLowerCase().includes(query) || query.includes(p.name.toLowerCase()))
  if (Number.isFinite(lat) && Number.isFinite(long)) {
    const distance = (p: PlaceSeed) => Math.hypot((p.box[0] + p.box[2]) / 2 - long, (p.box[1] + p.box[3]) / 2 - lat)
    found = [...(found.length ? found : PLACES)].sort((a, b) => distance(a) - distance(b))
  }
  const max = Number(ctx.params.max_results)
  return Number.isFinite(max) && max > 0 ? found.slice(0, max) : found
}

function placeSearch(ctx: HandlerContext, type: string, withToken = false): Record<string, unknown> {
  const params: Record<string, unknown> = { accuracy: ctx.params.accuracy ? Number.parseFloat(ctx.params.accuracy) : 0, granularity: ctx.params.granularity ?? 'neighborhood' }
  if (ctx.params.lat && ctx.params.long) params.coordinates = { type: 'Point', coordinates: [Number(ctx.params.long), Number(ctx.params.lat)] }
  if (ctx.params.query) params.query = ctx.params.query
  if (ctx.params.name) params.name = ctx.params.name
  const result: Record<string, unknown> = { places: near(ctx).map((p) => placeJson(p, ctx.origin)) }
  if (withToken) result.token = `token-${Buffer.from(`${ctx.params.name}|${ctx.params.lat}|${ctx.params.long}`).toString('hex').slice(0, 24)}`
  return { query: { url: `${ctx.origin}/1.1/geo/${type}.json`, type, params }, result }
}

const LANGUAGES: readonly [string, string, string][] = [
  ['en', 'English', 'English'], ['fr', 'French', 'français'], ['de', 'German', 'Deutsch'], ['es', 'Spanish', 'Español'],
  ['ja', 'Japanese', '日本語'], ['ar', 'Arabic', 'العربية'], ['pt', 'Portuguese', 'Português'], ['zh-cn', 'Simplified Chinese', '简体中文'],
  ['it', 'Italian', 'Italiano'], ['ko', 'Korean', '한국어'], ['nl', 'Dutch', 'Nederlands'], ['hi', 'Hindi', 'हिन्दी'],
]

export const staticRoutes: Readonly<Record<string, Handler>> = {
  get_available_trends: () => LOCATIONS.map(locationJson),
  get_closest_trends(ctx) {
    const lat = Number(ctx.params.lat)
    const long = Number(ctx.params.long)
    const sorted = [...LOCATIONS].filter((l) => l.placeType.code === 7).sort((a, b) => Math.hypot(a.lat - lat, a.long - long) - Math.hypot(b.lat - lat, b.long - long))
    return sorted.slice(0, 1).map(locationJson)
  },
  get_place_trends(ctx) {
    const location = LOCATIONS.find((l) => String(l.woeid) === ctx.params.id)
    if (!location) throw new ApiError(404, 34, 'Sorry, that page does not exist.')
    const excludeHashtags = ctx.params.exclude === 'hashtags'
    const trends = TOPICS.filter((t) => !(excludeHashtags && t.startsWith('#'))).map((name, i) => ({
      name,
      url: `http://twitter.com/search?q=${encodeURIComponent(name)}`,
      promoted_content: null,
      query: encodeURIComponent(name),
      tweet_volume: i % 3 === 0 ? null : 10_000 * (TOPICS.length - i) + location.woeid % 997,
    }))
    const now = new Date(Math.floor(ctx.state.now().getTime() / 300_000) * 300_000).toISOString().replace(/\.\d+Z$/, 'Z')
    return [{ trends, as_of: now, created_at: now, locations: [{ name: location.name, woeid: location.woeid }] }]
  },
  get_geo_info(ctx) {
    const place = PLACES.find((p) => p.id === ctx.params.place_id)
    if (!place) throw new ApiError(404, 34, 'Sorry, that page does not exist.')
    return placeJson(place, ctx.origin)
  },
  reverse_geocode: (ctx) => placeSearch(ctx, 'reverse_geocode'),
  search_geo: (ctx) => placeSearch(ctx, 'search'),
  get_similar_places: (ctx) => placeSearch(ctx, 'similar_places', true),
  create_place(ctx) {
    const id = Buffer.from(`${ctx.params.name}${ctx.params.token}`).toString('hex').slice(0, 16)
    const lat = Number(ctx.params.lat)
    const long = Number(ctx.params.long)
    return placeJson({ id, name: ctx.params.name ?? '', full_name: ctx.params.name ?? '', place_type: 'poi', country: 'United States', country_code: 'US', box: [long, lat, long, lat] }, ctx.origin)
  },
  get_twitter_configuration: () => ({
    characters_reserved_per_media: 24,
    dm_text_character_limit: 10000,
    max_media_per_upload: 1,
    non_username_paths: ['about', 'account', 'download', 'explore', 'help', 'home', 'i', 'jobs', 'login', 'logout', 'privacy', 'search', 'settings', 'signup', 'tos'],
    photo_size_limit: 3145728,
    photo_sizes: {
      large: { h: 2048, resize: 'fit', w: 1024 },
      medium: { h: 1200, resize: 'fit', w: 600 },
      small: { h: 680, resize: 'fit', w: 340 },
      thumb: { h: 150, resize: 'crop', w: 150 },
    },
    short_url_length: 23,
    short_url_length_https: 23,
  }),
  get_supported_languages: () => LANGUAGES.map(([code, name, local_name]) => ({ code, debug: false, local_name, name, status: 'production' })),
  get_privacy_policy: () => ({ privacy: 'The emulator keeps everything in memory and forgets it when it stops. Nothing leaves 127.0.0.1.' }),
  get_tos: () => ({ tos: 'Use the emulator for tests and demos. It is not Twitter and answers only on this machine.' }),
  get_application_rate_limit_status(ctx) {
    const all = ctx.rateLimits()
    const wanted = ctx.params.resources?.split(',').filter(Boolean)
    const resources = wanted ? Object.fromEntries(Object.entries(all).filter(([family]) => wanted.includes(family))) : all
    return { rate_limit_context: ctx.viewer ? { access_token: ctx.token } : { application: 'emulator-app' }, resources }
  },
}
