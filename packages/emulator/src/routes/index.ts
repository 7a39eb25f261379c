/** Every route handler, by route id (the spec's Twython names, plus the extra routes of the router). */
import { friendshipRoutes } from './friendships.js'
import { listRoutes } from './lists.js'
import { messageRoutes } from './messages.js'
import { staticRoutes } from './static.js'
import { tweetRoutes } from './tweets.js'
import { userRoutes } from './users.js'
import type { Handler } from './common.js'

export { Answer, badMediaIds, type Handler, type HandlerContext } from './common.js'

export const handlers: Readonly<Record<string, Handler>> = {
  ...tweetRoutes,
  ...userRoutes,
  ...friendshipRoutes,
  ...listRoutes,
  ...messageRoutes,
  ...staticRoutes,
}
