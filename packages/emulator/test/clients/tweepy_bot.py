"""A bot written with tweepy (unmodified; Debian's python3-tweepy), as its documentation shows. Direct
mode: tweepy.API's own `host` and `upload_host` settings, pointed at the emulator's HTTPS listener (tweepy
always speaks https://), whose CA is in REQUESTS_CA_BUNDLE. tweepy.Stream has no host setting, so the
stream runs in intercepting mode only. Intercepting mode: HTTPS_PROXY and REQUESTS_CA_BUNDLE alone."""
import io
import os
import sys
import threading
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tweepy  # noqa: E402
from pybot import CREDENTIALS, DIRECT_HTTPS_URL, PNG, admin, check, in_thread, run_steps, unique, video_file, wait_for  # noqa: E402

KEYS = (CREDENTIALS['appKey'], CREDENTIALS['appSecret'], CREDENTIALS['oauthToken'], CREDENTIALS['oauthTokenSecret'])
auth = tweepy.OAuth1UserHandler(*KEYS)
if DIRECT_HTTPS_URL:
    host = urllib.parse.urlsplit(DIRECT_HTTPS_URL).netloc
    api = tweepy.API(auth, host=host, upload_host=host)
else:
    api = tweepy.API(auth)


def credentials():
    me = api.verify_credentials()
    check(me.screen_name == 'emu_dev', f'verify_credentials answered @{me.screen_name}')


def post_with_entities_and_media():
    media = api.media_upload('pixel.png', file=io.BytesIO(PNG))
    status = api.update_status('Shipping from tweepy @maya_codes #emulator https://example.com/post', media_ids=[media.media_id])
    e = status.entities
    check(any(h['text'] == 'emulator' for h in e['hashtags']), 'no #emulator hashtag entity')
    check(any(m['screen_name'] == 'maya_codes' for m in e['user_mentions']), 'no @maya_codes mention entity')
    check(any(u['expanded_url'] == 'https://example.com/post' for u in e['urls']), 'no url entity')
    check(e.get('media', [{}])[0].get('id_str') == media.media_id_string, f"media not attached: entities.media={e.get('media')}")
    check(status._json.get('extended_entities', {}).get('media', [{}])[0].get('type') == 'photo', 'extended_entities.media[0].type is not photo')


def timelines_and_cursors():
    pages = list(tweepy.Cursor(api.home_timeline, count=3).pages(2))
    check(len(pages) == 2 and len(pages[0]) == 3, f'home_timeline pages: {[len(p) for p in pages]}')
    check(pages[1][0].id < pages[0][-1].id, 'the second page (max_id) is not older')
    ids = list(tweepy.Cursor(api.get_follower_ids, screen_name='twitterapi', count=100).pages(2))
    check(len(ids) == 2 and ids[0][0] != ids[1][0], 'followers/ids did not page by cursor')


def follows():
    api.create_friendship(screen_name='grace_h')
    rel = api.lookup_friendships(screen_name=['grace_h'])[0]
    check(rel.is_following, f"friendships/lookup: { {k: v for k, v in vars(rel).items() if k != '_api'} }")
    api.destroy_friendship(screen_name='grace_h')


def lists():
    lst = api.create_list('docs-people', mode='private')
    api.add_list_member(list_id=lst.id, screen_name='amara_writes')
    members = api.get_list_members(list_id=lst.id)
    check(any(u.screen_name == 'amara_writes' for u in members), 'the new member is not listed')
    api.list_timeline(list_id=lst.id)
    api.destroy_list(list_id=lst.id)


def direct_messages():
    maya = api.get_user(screen_name='maya_codes')
    sent = api.send_direct_message(maya.id, 'hello over the events API')
    check(sent.message_create['message_data']['text'] == 'hello over the events API', 'events/new answered another text')
    messages = api.get_direct_messages()
    check(any(m.id == sent.id for m in messages), 'events/list does not show the new message')


def search_paging():
    pages = list(tweepy.Cursor(api.search_tweets, q='emulator', count=2).pages(2))
    check(len(pages) == 2 and len(pages[0]) == 2, f'search pages: {[len(p) for p in pages]}')
    check(pages[1][0].id != pages[0][0].id, 'the next search page repeats the first')


def chunked_video_upload():
    media = api.media_upload(video_file(), chunked=True, media_category='tweet_video')
    status = api.update_status('a clip from tweepy', media_ids=[media.media_id])
    check(status._json.get('extended_entities', {}).get('media', [{}])[0].get('type') == 'video', f"video not attached: {status._json.get('extended_entities')}")


def filter_stream():
    word = unique('tweepy')
    got = threading.Event()
    connected = threading.Event()
    errors = []

    class Bot(tweepy.Stream):
        def on_connect(self):
            connected.set()

        def on_status(self, status):
            if word in status.text:
                got.set()
                self.disconnect()

        def on_request_error(self, status_code):
            errors.append(status_code)
            self.disconnect()

    stream = Bot(*KEYS, max_retries=1)
    thread = stream.filter(track=[word], threaded=True)
    try:
        wait_for(connected, 8, f'the stream connecting (errors: {errors})')
        api.update_status(f'live on the stream {word}')
        wait_for(got, 8, 'the tracked tweet on the stream')
    finally:
        stream.disconnect()
    thread.join(5)


def rate_limit_429():
    admin('rate-limit', {'route': 'show_user', 'limit': 1})
    api.get_user(screen_name='jack')
    try:
        api.get_user(screen_name='jack')
    except tweepy.errors.TooManyRequests as error:
        check(88 in error.api_codes, f'expected code 88, got {error.api_codes}')
        return
    raise AssertionError('the second call was not refused')


def injected_503():
    admin('faults', {'route': 'GET /1.1/statuses/home_timeline.json', 'status': 503, 'times': 1})
    try:
        api.home_timeline(count=1)
        raise AssertionError('expected a 503, got success')
    except tweepy.errors.TwitterServerError as error:
        check(error.response.status_code == 503, f'expected 503, got {error.response.status_code}')
    check(len(api.home_timeline(count=1)) == 1, 'the call after the fault failed too')


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
