/**
 * The registered reason phrases for error messages: node:http's own table, so a Node bundle carries no
 * copy (the non-Node branch, `status.web.ts`, writes them out).
 */
export { STATUS_CODES as STANDARD_STATUS_REASONS } from 'node:http'
