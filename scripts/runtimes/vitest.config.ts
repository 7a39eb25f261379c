import { packageConfig } from '../../vitest.shared.js'

// One smoke run per runtime: a process start-up, a bundle for workerd and a few dozen calls.
export default packageConfig('runtimes', 60_000)
