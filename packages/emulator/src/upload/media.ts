/**
 * What the upload service knows about media: which types and categories INIT accepts, the size limit of
 * each kind, which uploads Twitter processes asynchronously, and the dimensions of PNG and GIF images.
 */

export type MediaKind = 'image' | 'gif' | 'video' | 'other'

/** Twitter's documented `media_category` values for v1.1 uploads. */
export const MEDIA_CATEGORIES: ReadonlySet<string> = new Set(['tweet_image', 'tweet_gif', 'tweet_video', 'amplify_video', 'dm_image', 'dm_gif', 'dm_video', 'subtitles'])

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

/** Width and height from a PNG or GIF header; 0 x 0 for anything else. */
export function imageSize(head: Buffer): { w: number; h: number } {
  if (head.length >= 24 && head.readUInt32BE(0) === 0x89504e47 && head.toString('latin1', 12, 16) === 'IHDR') return { w: head.readUInt32BE(16), h: head.readUInt32BE(20) }
  if (head.length >= 10 && head.toString('latin1', 0, 4) === 'GIF8') return { w: head.readUInt16LE(6), h: head.readUInt16LE(8) }
  return { w: 0, h: 0 }
}
