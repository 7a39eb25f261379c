/**
 * `twitter.v2`: every generated X API v2 method, plus the hand-written helpers that are more than one call
 * (chunked media upload, filtered-stream rule sync). The generated `TwythonV2` class stays free of
 * hand-written code; this subclass adds to it.
 */
import { TwythonV2 } from './generated/v2/twython-v2.js'

/** The `twitter.v2` surface: the generated methods of {@link TwythonV2} and the v2 helpers. */
export class TwythonV2Client extends TwythonV2 {}
