/** The upload service's interface towards the servers that mount it (the emulator and the standalone one). */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** The upload service the emulator mounts. */
export interface UploadService {
  handle(req: IncomingMessage, res: ServerResponse, ctx: { userId: string; params: URLSearchParams; body: Buffer; contentType: string }): boolean | Promise<boolean>
  close(): void
}
