"""tweepy's v2 Client, unmodified, against the emulator (run by third-party.test.ts).

tweepy addresses https://api.twitter.com itself; the only change is the requests session it uses, which
sends those calls to the emulator (before OAuth 1.0a signing, so signatures cover the emulator's URL) and
logs every answer for schema validation. Prints one JSON object: results and exchanges.
"""
import json
import os

import requests
import tweepy

BASE = os.environ["EMU_URL"]
exchanges = []


class EmulatorSession(requests.Session):
    def request(self, method, url, *args, **kwargs):
        url = url.replace("https://api.twitter.com", BASE).replace("https://api.x.com", BASE)
        response = super().request(method, url, *args, **kwargs)
        exchanges.append({
            "method": method.upper(),
            "url": response.url,
            "status": response.status_code,
            "contentType": response.headers.get("content-type", ""),
            "body": response.text,
        })
        return response


client = tweepy.Client(
    bearer_token=os.environ["EMU_BEARER"],
    consumer_key=os.environ["EMU_CK"],
    consumer_secret=os.environ["EMU_CS"],
    access_token=os.environ["EMU_AT"],
    access_token_secret=os.environ["EMU_AS"],
)
client.session = EmulatorSession()
api_id = os.environ["EMU_API_ID"]
results = {}

me = client.get_me(user_auth=True, user_fields=["created_at", "public_metrics"])
results["me"] = me.data.username

created = client.create_tweet(text="hello from tweepy", user_auth=True)
tweet_id = created.data["id"]
got = client.get_tweet(tweet_id, expansions=["author_id"], tweet_fields=["created_at", "public_metrics"], user_auth=True)
results["created_text"] = got.data.text
results["author"] = got.includes["users"][0].username

total = 0
for page in tweepy.Paginator(client.get_users_tweets, api_id, max_results=5):
    total += len(page.data or [])
results["timeline_total"] = total

found = client.search_recent_tweets("#python", max_results=10, tweet_fields=["lang"])
results["search_count"] = len(found.data or [])

results["liked"] = client.like(tweet_id, user_auth=True).data["liked"]
likers = client.get_liking_users(tweet_id, user_auth=True)
results["likers"] = [u.id and str(u.id) for u in likers.data]

pages = 0
for page in tweepy.Paginator(client.get_users_followers, api_id, max_results=100):
    pages += 1
results["followers_pages"] = pages

client.follow_user(os.environ["EMU_API_ID"], user_auth=True)
client.get_users_mentions(me.data.id, user_auth=True)
results["deleted"] = client.delete_tweet(tweet_id, user_auth=True).data["deleted"]

missing = client.get_tweet(tweet_id, user_auth=True)
results["not_found"] = "NotFound-or-errors" if missing.data is None and missing.errors else "unexpected"

print(json.dumps({"results": results, "exchanges": exchanges}))
