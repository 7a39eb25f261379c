/**
 * Test support shared by the emulator's route test and the client's shape test: parameters for every
 * spec route, filled from the seeded world so that each call can succeed.
 */
import type { Emulator, SpecRoute } from '../src/index.js'

/** Makes a parameter builder for one emulator: route -> wire parameters (strings). */
export function routeParams(emu: Emulator): (route: SpecRoute) => Record<string, string> {
  const s = emu.state
  const me = s.userByName('emu_dev')!.id.toString()
  const tweet = (i: number) => s.postTweet(s.userByName('maya_codes')!.id.toString(), `route coverage ${i} ${Math.random()} #python`).id.toString()
  const mine = s.postTweet(me, `to be deleted ${Math.random()}`).id.toString()
  const own = [...s.lists.values()].find((l) => l.owner === me)!
  const extraList = { ...own, id: s.nextId(), members: new Set<string>(), subscribers: new Set<string>() }
  s.lists.set(extraList.id.toString(), extraList)
  const saved = { id: s.nextId(), owner: me, query: 'to be destroyed', created_at: s.now() }
  s.savedSearches.set(saved.id.toString(), saved)
  const keep = [...s.savedSearches.values()][0]!.id.toString()
  const dms = [...s.dms.values()]
  const faved = tweet(4)
  s.users.get(me)!.favourites.add(faved)
  // Values for the routes that need particular ones; everything else gets generic values.
  const values: Record<string, Record<string, string>> = {
    show_status: { id: tweet(1) },
    get_retweets: { id: tweet(2) },
    get_retweeters_ids: { id: tweet(2) },
    retweet: { id: tweet(3) },
    destroy_status: { id: mine },
    create_favorite: { id: tweet(8) },
    destroy_favorite: { id: faved },
    lookup_status: { id: `${tweet(5)},${tweet(6)}` },
    get_oembed_tweet: { id: tweet(7) },
    show_saved_search: { id: keep },
    destroy_saved_search: { id: saved.id.toString() },
    get_direct_message: { id: dms[0]!.id.toString() },
    destroy_direct_message: { id: dms[1]!.id.toString() },
    send_direct_message: { screen_name: 'maya_codes', text: 'hello' },
    show_friendship: { source_screen_name: 'emu_dev', target_screen_name: 'maya_codes' },
    delete_list: { list_id: extraList.id.toString() },
    get_place_trends: { id: '1' },
    get_closest_trends: { lat: '37.78', long: '-122.40' },
    get_geo_info: { place_id: '5a110d312052166f' },
    get_user_suggestions_by_slug: { slug: 'developers' },
    get_user_suggestions_statuses_by_slug: { slug: 'developers' },
    create_list: { name: 'Route coverage' },
    is_list_member: { list_id: own.id.toString(), screen_name: 'maya_codes' },
    is_list_subscriber: { list_id: [...s.lists.values()].find((l) => l.subscribers.has(me))!.id.toString(), screen_name: 'emu_dev' },
    update_delivery_service: { device: 'none' },
    create_place: { name: 'Coverage HQ', contained_within: '5a110d312052166f', token: 'token-from-similar-places', lat: '37.78', long: '-122.40' },
    // A form field stands in for the multipart file part; the client's tests send the real multipart.
    update_status_with_media: { status: `with media ${Math.random()}`, 'media[]': 'aGVsbG8=' },
  }
  const generic: Record<string, string> = { screen_name: 'chen_ml', q: 'python', query: 'coverage', text: 'hi', name: 'Coverage', lat: '37.7821', long: '-122.4006', image: 'aGVsbG8=', banner: 'aGVsbG8=', device: 'none' }
  return (route) => {
    const out: Record<string, string> = {}
    for (const [name, p] of Object.entries(route.params)) {
      if (name === 'list_id') out.list_id = own.id.toString()
      else if (name === 'status' && p.required) out.status = `coverage ${route.id} ${Math.random()}`
      else if (p.required && generic[name] !== undefined) out[name] = generic[name]!
      else if (name === 'screen_name' && !('list_id' in route.params)) out.screen_name = 'chen_ml'
    }
    if ('list_id' in route.params && 'screen_name' in route.params) out.screen_name = 'maya_codes'
    return { ...out, ...values[route.id] }
  }
}

/** Routes covered elsewhere: the upload endpoint (upload tests) and invalidate_token (app Basic auth). */
export const COVERED_ELSEWHERE: ReadonlySet<string> = new Set(['upload_media', 'invalidate_token'])
