// generated from spec/models/direct_messages.yaml by @twython/generator: do not edit

import type { Entities } from './entities.js'
import type { User } from './users.js'

/**
 * A private message between two users, as the legacy `direct_messages`, `direct_messages/sent`, `direct_messages/show`, `direct_messages/new` and `direct_messages/destroy` endpoints returned it.
 *
 * Reference: https://developer.twitter.com/en/docs/direct-messages/api-features
 */
export interface DirectMessage {
  /** The message's id as a number; may lose precision in JavaScript, use `id_str`. */
  id: number
  /** The message's id as a string (safe to use). */
  id_str: string
  /** The message text. */
  text: string
  /** When the message was sent, in UTC. */
  created_at: string
  /** Hashtags, links and mentions parsed from the text. */
  entities: Entities
  /** The user who sent the message. */
  sender: User
  /** The sender's id as a number; may lose precision in JavaScript, use `sender_id_str`. */
  sender_id: number
  /** The sender's id as a string (safe to use). */
  sender_id_str: string
  /** The sender's handle. */
  sender_screen_name: string
  /** The user who received the message. */
  recipient: User
  /** The recipient's id as a number; may lose precision in JavaScript, use `recipient_id_str`. */
  recipient_id: number
  /** The recipient's id as a string (safe to use). */
  recipient_id_str: string
  /** The recipient's handle. */
  recipient_screen_name: string
}
