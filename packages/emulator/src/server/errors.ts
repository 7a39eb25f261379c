/** Twitter-shaped errors: an HTTP status, Twitter's error code and its message. */

export class ApiError extends Error {
  /**
   * @param status - the HTTP status
   * @param code - Twitter's error code (32, 34, 88, ...)
   * @param headers - extra response headers (the rate-limit headers of a 429)
   */
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message)
  }

  /** `{"errors":[{"code":..,"message":..}]}`, Twitter's error body. */
  body(): string {
    return twitterErrorBody(this.code, this.message)
  }
}

export function twitterErrorBody(code: number, message: string): string {
  return JSON.stringify({ errors: [{ code, message }] })
}

// The errors the emulator sends in several places, worded as Twitter words them.
export const notFound = (): ApiError => new ApiError(404, 34, 'Sorry, that page does not exist')
export const badAuthData = (): ApiError => new ApiError(400, 215, 'Bad Authentication data.')
export const couldNotAuthenticate = (): ApiError => new ApiError(401, 32, 'Could not authenticate you.')
export const invalidToken = (): ApiError => new ApiError(401, 89, 'Invalid or expired token.')
export const notPermitted = (): ApiError => new ApiError(403, 220, 'Your credentials do not allow access to this resource.')
