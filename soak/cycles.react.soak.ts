import { strictModeCycles } from '../packages/react/src/__tests__/strictModeCycles'
import { soakCycles } from './soakCycles'

soakCycles(
  'React 19, StrictMode',
  (cycles) =>
    `React StrictMode: ${cycles} mount/unmount cycles of every hook, no leak and heap growth under 1 MB`,
  strictModeCycles,
)
