"""A bot written with Twython (unmodified; Debian's python3-twython), as its documentation shows. Direct
mode: Twython's `api_url` attribute, its one host setting, names the emulator's plain-HTTP origin; its
upload and stream URLs are hard-coded, so those steps run in intercepting mode only. Intercepting mode:
HTTPS_PROXY and REQUESTS_CA_BUNDLE alone."""
import io
import os
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from twython import Twython, TwythonError, TwythonRateLimitError, TwythonStreamer  # noqa: E402
from pybot import CREDENTIALS, DIRECT_URL, PNG, admin, check, in_thread, run_steps, unique, video_file, wait_for  # noqa: E402

KEYS = (CREDENTIALS['appKey'], CREDENTIALS['appSecret'], CREDENTIALS['oauthToken'], CREDENTIALS['oauthTokenSecret'])
twitter = Twython(*KEYS)
if DIRECT_URL:
    twitter.api_url = DIRECT_URL + '/%s'


def credentials():
    me = twitter.verify_credentials()
    check(me['screen_name'] == 'emu_dev', f"verify_credentials answered @{me['screen_name']}")


def post_with_entities_and_media():
    media = twitter.upload_media(media=io.BytesIO(PNG))
    tweet = twitter.update_status(status='Shipping from Twython @maya_codes #emulator https://example.com/post', media_ids=[media['media_id']])
    e = tweet['entities']
    check(any(h['text'] == 'emulator' for h in e['hashtags']), 'no #emulator hashtag entity')
    check(any(m['screen_name'] == 'maya_codes' for m in e['user_mentions']), 'no @maya_codes mention entity')
    check(any(u['expanded_url'] == 'https://example.com/post' for u in e['urls']), 'no url entity')
    check(e.get('media', [{}])[0].get('id_str') == media['media_id_string'], f"media not attached: entities.media={e.get('media')}")
    check(tweet.get('extended_entities', {}).get('media', [{}])[0].get('type') == 'photo', 'extended_entities.media[0].type is not photo')


def timelines_and_cursors():
    home = twitter.get_home_timeline(count=3)
    check(len(home) == 3, f'home_timeline gave {len(home)} for count=3')
    older = twitter.get_home_timeline(count=3, max_id=home[-1]['id'] - 1)
    check(older and older[0]['id'] < home[-1]['id'], 'the max_id page is not older')
    page1 = twitter.get_followers_ids(screen_name='twitterapi', count=100)
    check(page1['next_cursor'], 'followers/ids has no next cursor')
    page2 = twitter.get_followers_ids(screen_name='twitterapi', count=100, cursor=page1['next_cursor_str'])
    check(page2['ids'] and page2['ids'][0] != page1['ids'][0], 'followers/ids did not page by cursor')


def follows():
    twitter.create_friendship(screen_name='grace_h')
    rel = twitter.lookup_friendships(screen_name='grace_h')
    check('following' in rel[0]['connections'], f'friendships/lookup: {rel}')
    twitter.destroy_friendship(screen_name='grace_h')


def lists():
    lst = twitter.create_list(name='docs-people', mode='private')
    twitter.add_list_member(list_id=lst['id_str'], screen_name='amara_writes')
    members = twitter.get_list_members(list_id=lst['id_str'])
    check(any(u['screen_name'] == 'amara_writes' for u in members['users']), 'the new member is not listed')
    twitter.get_list_statuses(list_id=lst['id_str'])
    twitter.delete_list(list_id=lst['id_str'])


def direct_messages():
    maya = twitter.show_user(screen_name='maya_codes')
    event = {'type': 'message_create', 'message_create': {'target': {'recipient_id': maya['id_str']}, 'message_data': {'text': 'hello over the events API'}}}
    sent = twitter.send_direct_message(event=event)
    check(sent['event']['message_create']['message_data']['text'] == 'hello over the events API', f'events/new answered {sent}')
    listed = twitter.get_direct_messages()
    check(any(e['id'] == sent['event']['id'] for e in listed['events']), 'events/list does not show the new message')


def search_paging():
    first = twitter.search(q='emulator', count=2)
    check(len(first['statuses']) == 2, f"search gave {len(first['statuses'])} for count=2")
    next_results = first['search_metadata'].get('next_results')
    check(next_results, 'no search_metadata.next_results')
    params = dict(urllib.parse.parse_qsl(next_results.lstrip('?')))
    second = twitter.search(**params)
    check(second['statuses'] and second['statuses'][0]['id'] != first['statuses'][0]['id'], 'the next search page repeats the first')


def chunked_video_upload():
    with open(video_file(), 'rb') as f:
        media = twitter.upload_video(media=f, media_type='video/mp4', media_category='tweet_video', check_progress=True)
    tweet = twitter.update_status(status='a clip from Twython', media_ids=[media['media_id']])
    check(tweet.get('extended_entities', {}).get('media', [{}])[0].get('type') == 'video', f"video not attached: {tweet.get('extended_entities')}")


def filter_stream():
    word = unique('twython')
    got = threading.Event()
    errors = []

    class Bot(TwythonStreamer):
        def on_success(self, data):
            if word in data.get('text', ''):
                got.set()
                self.disconnect()

        def on_error(self, status_code, data, headers=None):
            errors.append(status_code)
            self.disconnect()

    stream = Bot(*KEYS, retry_count=0)
    in_thread(lambda: stream.statuses.filter(track=word))
    # TwythonStreamer tells nobody when it is connected: post until the tweet arrives (each text differs,
    # so none is a duplicate), as a bot posting on a schedule would.
    for n in range(40):
        if got.is_set() or errors:
            break
        twitter.update_status(status=f'live on the stream {word} #{n}')
        got.wait(0.25)
    stream.disconnect()
    check(not errors, f'the stream answered {errors}')
    wait_for(got, 1, 'the tracked tweet on the stream')


def rate_limit_429():
    admin('rate-limit', {'route': 'show_user', 'limit': 1})
    twitter.show_user(screen_name='jack')
    try:
        twitter.show_user(screen_name='jack')
    except TwythonRateLimitError as error:
        check(error.error_code == 429, f'expected 429, got {error.error_code}')
        return
    raise AssertionError('the second call was not refused')


def injected_503():
    admin('faults', {'route': 'GET /1.1/statuses/home_timeline.json', 'status': 503, 'times': 1})
    try:
        twitter.get_home_timeline(count=1)
        raise AssertionError('expected a 503, got success')
    except TwythonError as error:
        check(error.error_code == 503, f'expected 503, got {error.error_code}')
    check(len(twitter.get_home_timeline(count=1)) == 1, 'the call after the fault failed too')


run_steps([
    ('credentials', credentials),
    ('post-with-entities-and-media', post_with_entities_and_media),
    ('timelines-and-cursors', timelines_and_cursors),
    ('follows', follows),
    ('lists', lists),
    ('direct-messages', direct_messages),
    ('search-paging', search_paging),
    ('chunked-video-upload', chunked_video_upload),
    ('filter-stream', filter_stream),
    ('rate-limit-429', rate_limit_429),
    ('injected-503', injected_503),
])
