import { mergeConfig } from 'vitest/config'
import { react18Aliases } from './src/__tests__/react18'
import react19 from './vitest.config'

// The same suite on React 18.3 (installed as the `react18` / `react-dom18` aliases).
export default mergeConfig(react19, {
  resolve: { alias: react18Aliases },
  test: { name: 'react18', env: { REACT_MAJOR: '18' }, setupFiles: ['./src/__tests__/react18.setup.ts'] },
})
