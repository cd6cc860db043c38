import { appCycles } from '../packages/vue/src/__tests__/appCycles'
import { soakCycles } from './soakCycles'

soakCycles(
  'Vue 3.5',
  (cycles) =>
    `Vue: ${cycles} app mount/unmount cycles of every composable, no leak and heap growth under 1 MB`,
  appCycles,
)
