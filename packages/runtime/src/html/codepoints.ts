import { referenceLengthAt, TEXT_ESCAPES } from './escape.js'

/**
 * A text cut into code points, each with the HTML it renders as.
 *
 * Twitter counts entity indices in code points (Python's `str` indices), while JavaScript strings count
 * UTF-16 units, so one emoji before a mention would shift every later link by one. The text is converted
 * once, here, and everything else works with code-point positions.
 *
 * The text arrives from the API already HTML-escaped (`&amp;`, `&lt;`, `&gt;`): a character reference is
 * kept as it is (escaping it again would show `&amp;amp;`), while a raw `<`, `>`, `"` or a stray `&` (a
 * crafted or hand-built Tweet) is escaped. Nothing is ever unescaped into markup.
 */
export class CodePointText {
  /** Number of code points. */
  readonly length: number
  readonly #html: readonly string[]
  // True for the code points after the `&` of a kept reference: cutting the text there would break it.
  readonly #insideReference: readonly boolean[]

  constructor(text: string) {
    const html: string[] = []
    const inside: boolean[] = []
    let offset = 0
    let referenceLeft = 0
    for (const char of text) {
      if (referenceLeft > 0) {
        html.push(char)
        inside.push(true)
        referenceLeft -= 1
      } else {
        const referenceLength = char === '&' ? referenceLengthAt(text, offset) : 0
        html.push(referenceLength > 0 ? char : (TEXT_ESCAPES[char] ?? char))
        inside.push(false)
        referenceLeft = Math.max(referenceLength - 1, 0)
      }
      offset += char.length
    }
    this.length = html.length
    this.#html = html
    this.#insideReference = inside
  }

  /** The HTML of code points `[start, end)`. */
  html(start: number, end: number): string {
    return this.#html.slice(start, end).join('')
  }

  /** Whether `position` (a gap between code points, 0 to `length`) can start or end a link or span. */
  isCut(position: number): boolean {
    return Number.isInteger(position) && position >= 0 && position <= this.length && this.#insideReference[position] !== true
  }
}

/** Escapes a string for text content the same way as tweet text: references kept, markup characters escaped. */
export function escapeText(text: string): string {
  const cut = new CodePointText(text)
  return cut.html(0, cut.length)
}
