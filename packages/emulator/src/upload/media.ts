/**
 * What the upload service knows about media: which types and categories INIT accepts, the size limit of
 * each kind, which uploads Twitter processes asynchronously, and the dimensions of PNG and GIF images.
 */

export type MediaKind = 'image' | 'gif' | 'video' | 'other'

/** Twitter's documented `media_category` values for v1.1 uploads. */
export const MEDIA_CATEGORIES: ReadonlySet<string> = new Set(['tweet_image', 'tweet_gif', 'tweet_video', 'amplify_video', 'dm_image', 'dm_gif', 'dm_video', 'subtitles'])

const BY_LETTERS = new Map([...MEDIA_CATEGORIES].map((c) => [c.replace(/_/g, ''), c]))

/**
 * The documented spelling of a `media_category` as clients send it: `tweet_video`, `TweetVideo`,
 * `TWEET_VIDEO`, `tweet-video` and `tweetvideo` are all `tweet_video` (Twitter matched them alike);
 * undefined for a category Twitter did not know.
 */
export function normalizeCategory(category: string): string | undefined {
  return BY_LETTERS.get(category.replace(/[_\-\s]/g, '').toLowerCase())
}

/** The image type of a simple upload, from its first bytes (Twitter sniffed it too); JPEG when unknown. */
export function sniffImageType(head: Buffer): string {
  if (head.length >= 8 && head.readUInt32BE(0) === 0x89504e47) return 'image/png'
  if (head.toString('latin1', 0, 4) === 'GIF8') return 'image/gif'
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'image/webp'
  return 'image/jpeg'
}

const EXTRA_TYPES: ReadonlySet<string> = new Set(['text/srt', 'text/vtt', 'model/gltf-binary', 'model/vnd.usdz+zip'])

/** Documented size limits: images 5 MB, animated GIFs 15 MB, videos 512 MB. */
export const SIZE_LIMITS: Readonly<Record<MediaKind, number>> = {
  image: 5 * 1024 * 1024,
  gif: 15 * 1024 * 1024,
  video: 512 * 1024 * 1024,
  other: 5 * 1024 * 1024,
}

/** The most bytes one APPEND may carry. */
export const MAX_SEGMENT_BYTES = 5 * 1024 * 1024

export function isSupportedType(mediaType: string): boolean {
  return /^(image|video)\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(mediaType) || EXTRA_TYPES.has(mediaType)
}

export function kindOf(mediaType: string, category: string | undefined): MediaKind {
  if (mediaType.startsWith('video/')) return 'video'
  if (mediaType === 'image/gif') return category === 'tweet_image' || category === 'dm_image' ? 'image' : 'gif'
  if (mediaType.startsWith('image/')) return 'image'
  return 'other'
}

/** `media_key` prefixes: 3 image, 7 video, 16 animated GIF. */
export function mediaKeyPrefix(kind: MediaKind): number {
  return kind === 'video' ? 7 : kind === 'gif' ? 16 : 3
}

/** Twitter processes asynchronously (FINALIZE answers with `processing_info`) when a video or GIF category is given. */
export function processesAsync(category: string | undefined): boolean {
  return category !== undefined && /_(video|gif)$/.test(category)
}

/** Width and height from a PNG, GIF or JPEG header; 0 x 0 for anything else. */
export function imageSize(head: Buffer): { w: number; h: number } {
  if (head.length >= 24 && head.readUInt32BE(0) === 0x89504e47 && head.toString('latin1', 12, 16) === 'IHDR') return { w: head.readUInt32BE(16), h: head.readUInt32BE(20) }
  if (head.length >= 10 && head.toString('latin1', 0, 4) === 'GIF8') return { w: head.readUInt16LE(6), h: head.readUInt16LE(8) }
  if (head.length >= 4 && head[0] === 0xff && head[1] === 0xd8) return jpegSize(head)
  return { w: 0, h: 0 }
}

/** Walks JPEG markers to the first start-of-frame (SOF0..SOF15 but DHT, JPG, DAC), which holds the size. */
function jpegSize(head: Buffer): { w: number; h: number } {
  let pos = 2
  while (pos + 9 < head.length && head[pos] === 0xff) {
    const marker = head[pos + 1]!
    const length = head.readUInt16BE(pos + 2)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { w: head.readUInt16BE(pos + 7), h: head.readUInt16BE(pos + 5) }
    pos += 2 + length
  }
  return { w: 0, h: 0 }
}

/**
 * Width, height and duration of an MP4 whose `moov` box comes first (as encoders writing for the web put
 * it): the movie header's timescale and duration, and the first video track header's size (16.16 fixed).
 * Zero and no duration when the header is not in `head`.
 */
export function videoInfo(head: Buffer): { w: number; h: number; durationMs?: number } {
  let w = 0
  let h = 0
  let durationMs: number | undefined
  // moov > trak > tkhd is as deep as it needs to go; a crafted file cannot nest it further.
  const walk = (start: number, end: number, depth = 0): void => {
    if (depth > 4) return
    for (let pos = start; pos + 8 <= end; ) {
      let size = head.readUInt32BE(pos)
      const type = head.toString('latin1', pos + 4, pos + 8)
      if (size === 0) size = end - pos
      if (size < 8) return
      const body = pos + 8
      if (type === 'moov' || type === 'trak') walk(body, Math.min(pos + size, end), depth + 1)
      else if (type === 'mvhd' && body + 32 <= end) {
        const v1 = head[body] === 1
        const timescale = head.readUInt32BE(body + (v1 ? 20 : 12))
        const duration = v1 ? Number(head.readBigUInt64BE(body + 24)) : head.readUInt32BE(body + 16)
        if (timescale > 0) durationMs = Math.round((duration * 1000) / timescale)
      } else if (type === 'tkhd' && w === 0) {
        const sizeAt = body + (head[body] === 1 ? 88 : 76)
        if (sizeAt + 8 <= end) {
          w = head.readUInt32BE(sizeAt) >>> 16
          h = head.readUInt32BE(sizeAt + 4) >>> 16
        }
      }
      pos += size
    }
  }
  walk(0, head.length)
  return { w, h, ...(durationMs !== undefined ? { durationMs } : {}) }
}
