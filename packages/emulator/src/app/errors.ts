/** A Twitter-shaped error: the HTTP status, Twitter's error code and its message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message)
  }

  /** `{"errors":[{"code":..,"message":..}]}`, Twitter's error body. */
  body(): string {
    return JSON.stringify({ errors: [{ code: this.code, message: this.message }] })
  }
}
