import { soakCycles } from '@channelkit/test-utils'
import { strictModeCycles } from './strictModeCycles'

soakCycles(
  'React 19, StrictMode',
  (cycles) =>
    `React StrictMode: ${cycles} mount/unmount cycles of every hook, no leak and heap growth under 1 MB`,
  strictModeCycles,
)
