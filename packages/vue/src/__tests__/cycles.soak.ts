import { soakCycles } from '@channelkit/test-utils'
import { appCycles } from './appCycles'

soakCycles(
  'Vue 3.5',
  (cycles) =>
    `Vue: ${cycles} app mount/unmount cycles of every composable, no leak and heap growth under 1 MB`,
  appCycles,
)
