/**
 * Escaping for the two places the renderer writes untrusted strings: attribute values and text.
 */

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * The HTML for one code point of text content, where it is not the start of a character reference.
 * The apostrophe is left alone: it is harmless in text, and Twython's output keeps it, so
 * `what's happening` renders the same in both.
 */
export const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe as text and inside any quoted attribute.
 * Unlike the tweet text itself, it escapes every `&`: use it on strings that are not HTML yet.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"Tom" & \'Jerry\'</b>') // '&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c)
}

// The references kept as they are. Twitter sends `&amp;`, `&lt;` and `&gt;`; the quote forms and numeric
// references are what other tools write. A trailing `;` is required, so `&ampx` is a stray `&`.
const REFERENCE = /&(?:(?:amp|lt|gt|quot|apos);|#([0-9]{1,7});|#[xX]([0-9a-fA-F]{1,6});)/y

/**
 * Length (in UTF-16 units, which for a reference are also code points) of the character reference that
 * starts at `offset`, or 0 when the `&` there is a stray one that must be escaped.
 */
export function referenceLengthAt(text: string, offset: number): number {
  REFERENCE.lastIndex = offset
  const match = REFERENCE.exec(text)
  if (!match) return 0
  const decimal = match[1]
  const hex = match[2]
  if (decimal === undefined && hex === undefined) return match[0].length
  const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16)
  return isScalarValue(codePoint) ? match[0].length : 0
}

// A numeric reference to 0, a surrogate or past U+10FFFF does not name a character (browsers show U+FFFD),
// so its `&` is escaped and the text shows literally.
function isScalarValue(codePoint: number): boolean {
  return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff)
}

/**
 * `encodeURIComponent` for strings that may hold a lone surrogate (JSON allows `"\ud800"`), which would
 * make it throw; such a unit becomes U+FFFD first.
 */
export function encodeComponent(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'))
}
