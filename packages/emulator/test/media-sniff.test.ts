/** The upload service's readers of image and MP4 headers: sizes they find, and no crash on any bytes. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { imageSize, normalizeCategory, sniffImageType, videoInfo } from '../src/upload/media.js'

describe('media headers', () => {
  it('reads a JPEG start-of-frame after other segments', () => {
    // SOI, an APP0 segment of 16 bytes, then SOF0 with height 480 and width 640.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Array(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03, ...Array(9).fill(0)])
    expect(imageSize(jpeg)).toEqual({ w: 640, h: 480 })
    expect(sniffImageType(jpeg)).toBe('image/jpeg')
  })

  it('never throws on arbitrary bytes, and sizes are non-negative integers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }).map((b) => Uint8Array.from([0xff, 0xd8, ...b])), fc.uint8Array({ maxLength: 300 }).map((b) => Uint8Array.from([0, 0, 0, 0x18, 0x6d, 0x6f, 0x6f, 0x76, ...b]))), (bytes) => {
        const head = Buffer.from(bytes)
        for (const size of [imageSize(head), videoInfo(head)]) {
          expect(Number.isInteger(size.w) && size.w >= 0).toBe(true)
          expect(Number.isInteger(size.h) && size.h >= 0).toBe(true)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('survives boxes nested as deep as 64 KB allows', () => {
    const depth = 8000
    const head = Buffer.alloc(depth * 8)
    for (let i = 0; i < depth; i++) {
      head.writeUInt32BE(head.length - i * 8, i * 8)
      head.write(i % 2 ? 'trak' : 'moov', i * 8 + 4, 'latin1')
    }
    expect(videoInfo(head)).toEqual({ w: 0, h: 0 })
  })

  it('normalises media_category spellings and refuses unknown ones', () => {
    expect(['tweet_video', 'TweetVideo', 'TWEET_VIDEO', 'tweet-video', 'tweetvideo'].map(normalizeCategory)).toEqual(Array(5).fill('tweet_video'))
    expect(normalizeCategory('DmGif')).toBe('dm_gif')
    expect(normalizeCategory('tweet_pdf')).toBeUndefined()
  })
})
