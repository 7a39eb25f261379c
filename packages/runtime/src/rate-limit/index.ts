export { RateLimitBudget, identityHash, observationsOf, type RateLimitOptions, type EndpointRateLimit, type EndpointRateLimitWindow, type BudgetIdentity, type BudgetWindow, type Exchange } from './budget.js'
export { MemoryRateLimitStore, LEARNED_TTL_MS, PROBE_MS, PROBE_POLL_MS, type RateLimitStore, type WindowSeed, type WindowObservation, type WindowState, type Reservation } from './store.js'
