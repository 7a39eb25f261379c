/**
 * A realistic v1.1 tweet (~3 KB of JSON, as `statuses/show` returns with `include_entities`): nested user,
 * entities with urls, mentions and hashtags, a few non-ASCII characters. Every REST client parses this
 * same body, so JSON.parse cost is equal for all and the differences are the clients' own.
 */
export function tweetJson(id: string): string {
  const user = {
    id: 6253282, id_str: '6253282', name: 'Twitter API', screen_name: 'TwitterAPI', location: 'San Francisco, CA',
    description: 'The Real Twitter API. Tweets about API changes, service issues and our Developer Platform. Don\'t get an answer? It\'s on my website.',
    url: 'https://t.co/8IkCzCDr19', entities: { url: { urls: [{ url: 'https://t.co/8IkCzCDr19', expanded_url: 'https://developer.twitter.com', display_url: 'developer.twitter.com', indices: [0, 23] }] }, description: { urls: [] } },
    protected: false, followers_count: 6133636, friends_count: 12, listed_count: 12936, created_at: 'Wed May 23 06:01:13 +0000 2007',
    favourites_count: 31, utc_offset: null, time_zone: null, geo_enabled: null, verified: true, statuses_count: 3656, lang: null,
    contributors_enabled: null, is_translator: null, is_translation_enabled: null, profile_background_color: null,
    profile_background_image_url: null, profile_background_image_url_https: null, profile_background_tile: null,
    profile_image_url: null, profile_image_url_https: 'https://pbs.twimg.com/profile_images/942858479592554497/BbazLO9L_normal.jpg',
    profile_banner_url: null, profile_link_color: null, profile_sidebar_border_color: null, profile_sidebar_fill_color: null,
    profile_text_color: null, profile_use_background_image: null, has_extended_profile: null, default_profile: false,
    default_profile_image: false, following: null, follow_request_sent: null, notifications: null, translator_type: null,
  }
  return JSON.stringify({
    created_at: 'Thu Apr 06 15:28:43 +0000 2017', id: Number(id), id_str: id,
    text: '1/ Today we’re sharing our vision for the future of the Twitter API platform! 🚀 Café, naïve, 日本語 https://t.co/XweGngmxlP',
    truncated: false,
    entities: {
      hashtags: [{ text: 'TwitterAPI', indices: [60, 71] }], symbols: [],
      user_mentions: [{ screen_name: 'TwitterDev', name: 'Twitter Dev', id: 2244994945, id_str: '2244994945', indices: [3, 14] }],
      urls: [{ url: 'https://t.co/XweGngmxlP', expanded_url: 'https://cards.twitter.com/cards/18ce53wgo4h/3xo1c', display_url: 'cards.twitter.com/cards/18ce53wg…', indices: [76, 99] }],
    },
    source: '<a href="http://twitter.com" rel="nofollow">Twitter Web Client</a>',
    in_reply_to_status_id: null, in_reply_to_status_id_str: null, in_reply_to_user_id: null, in_reply_to_user_id_str: null,
    in_reply_to_screen_name: null, user, geo: null, coordinates: null,
    place: { id: '5a110d312052166f', url: 'https://api.twitter.com/1.1/geo/id/5a110d312052166f.json', place_type: 'city', name: 'San Francisco', full_name: 'San Francisco, CA', country_code: 'US', country: 'United States', bounding_box: { type: 'Polygon', coordinates: [[[-122.514926, 37.708075], [-122.357031, 37.708075], [-122.357031, 37.833238], [-122.514926, 37.833238]]] }, attributes: {} },
    contributors: null, is_quote_status: false, retweet_count: 284, favorite_count: 399, favorited: false, retweeted: false,
    possibly_sensitive: false, possibly_sensitive_appealable: false, lang: 'en',
    metadata: { iso_language_code: 'en', result_type: 'recent' },
  })
}
