"""The test side of a Python bot workload: the environment the harness gives it, the emulator's admin
routes (faults, rate limits) over plain HTTP to 127.0.0.1 with no proxy, media fixtures, and a step runner
that prints one JSON line per step. The client itself is used as its documentation shows."""
import base64
import json
import os
import random
import sys
import tempfile
import threading
import time
import traceback
import urllib.request

MODE = os.environ.get('EMU_MODE')
#: The emulator's plain-HTTP origin in direct mode (for a client's host setting), else None.
DIRECT_URL = os.environ.get('EMU_URL') if MODE == 'direct' else None
#: The emulator's HTTPS origin in direct mode, for clients that only speak https:// (CA in REQUESTS_CA_BUNDLE).
DIRECT_HTTPS_URL = os.environ.get('EMU_HTTPS_URL') if MODE == 'direct' else None
CREDENTIALS = json.loads(os.environ.get('EMU_CREDENTIALS', '{}'))
_ADMIN = os.environ.get('EMU_ADMIN_URL')
_SKIP = set(filter(None, os.environ.get('EMU_SKIP', '').split(',')))
# The test's own calls never go through the intercepting proxy.
_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

#: A 1x1 PNG.
PNG = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')


def admin(path, body=None, method='POST'):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(f'{_ADMIN}/_emulator/{path}', data=data, method=method, headers={'content-type': 'application/json'})
    with _opener.open(req, timeout=10) as res:
        return json.loads(res.read() or b'null')


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def video_file(size=1_200_000):
    """An MP4-looking file (an ftyp box, then filler) that takes two 1 MB chunks."""
    head = bytes.fromhex('000000186674797069736f6d0000020069736f6d69736f32')
    body = bytes(((i * 2654435761) >> 24) & 0xFF for i in range(len(head), size))
    path = os.path.join(tempfile.mkdtemp(prefix='twython-bot-'), 'clip.mp4')
    with open(path, 'wb') as f:
        f.write(head + body)
    return path


def unique(prefix):
    return f'{prefix}{int(time.time() * 1000):x}{random.randrange(1 << 30):x}'


def run_steps(steps):
    """Runs each step in order and prints one JSON line; a step that raises fails alone."""
    for name, fn in steps:
        if name in _SKIP:
            continue
        started = time.monotonic()
        try:
            detail = fn()
            line = {'step': name, 'ok': True}
            if detail is not None:
                line['detail'] = detail
        except Exception as error:  # noqa: BLE001 - every failure is reported, then the next step runs
            text = f'{type(error).__name__}: {error}'
            response = getattr(error, 'response', None)
            if response is not None and hasattr(response, 'text'):
                text += f' (HTTP {response.status_code}: {response.text[:300]})'
            print(traceback.format_exc(), file=sys.stderr)
            line = {'step': name, 'ok': False, 'error': text[:1500]}
        # Elapsed time is for people reading the output, never asserted.
        line['ms'] = round((time.monotonic() - started) * 1000)
        print(json.dumps(line), flush=True)


def wait_for(event, seconds, what):
    if not event.wait(seconds):
        raise AssertionError(f'{what}: nothing within {seconds} s')


def in_thread(fn):
    """Runs fn in a daemon thread."""
    t = threading.Thread(target=fn, daemon=True)
    t.start()
    return t
