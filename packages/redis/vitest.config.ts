import { packageConfig } from '../../vitest.shared.js'

// The multi-process runs wait out real 3-second windows.
export default packageConfig('redis', 120_000)
