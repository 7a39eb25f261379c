/**
 * Child process of the bounded-memory upload test: uploads a generated stream of `size` bytes to the v2
 * upload server at `origin` with `twitter.v2.uploadMedia`, sampling RSS, and prints `{ id, sha256,
 * rssGrowth }`: the media id, the hash of what it generated, and peak RSS above the level before the upload.
 */
import { createHash, randomFillSync } from 'node:crypto'
import { Readable } from 'node:stream'
import { Twython } from '../../src/index.js'

const [origin, sizeArg] = process.argv.slice(2)
const size = Number(sizeArg)
const twitter = new Twython({ oauth2Token: { accessToken: 'user-token-1', expiresAt: Date.now() + 3_600_000, scopes: ['media.write'], tokenType: 'bearer' }, hosts: { v2: origin! } })

// Warm up: load every module and open a connection, so the measured growth is the upload's.
await twitter.v2.uploadMedia(new Uint8Array(1024), { mediaType: 'video/mp4' })

const hash = createHash('sha256')
let produced = 0
let index = 0
const CHUNK = 64 * 1024
// Chunks are views of one random block, never written after this, at offsets that differ from chunk to
// chunk (so a segment sent twice or in the wrong place changes the hash). Views allocate nothing, so the RSS
// measured is the upload's and not the generator's garbage.
const block = randomFillSync(Buffer.allocUnsafe(4 * 1024 * 1024))
const stream = new Readable({
  read() {
    if (produced >= size) return void this.push(null)
    const length = Math.min(CHUNK, size - produced)
    const offset = ((index++ * 7919 * 13) % (block.length - CHUNK)) & ~7
    const chunk = block.subarray(offset, offset + length)
    produced += length
    hash.update(chunk)
    this.push(chunk)
  },
})

global.gc?.()
const rssStart = process.memoryUsage.rss()
let rssPeak = rssStart
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 5)
const media = await twitter.v2.uploadMedia(stream, { mediaType: 'video/mp4', size })
clearInterval(sampler)
rssPeak = Math.max(rssPeak, process.memoryUsage.rss())
process.stdout.write(`${JSON.stringify({ id: media.id, sha256: hash.digest('hex'), rssGrowth: rssPeak - rssStart })}\n`)
