import { missingKitError } from '@channelkit/core/adapter'
import { afterEach, expect, test } from 'vitest'
import { effectScope } from 'vue'
import { version } from '../../package.json'
import { useConnectionState } from '..'

// What a second copy of @channelkit/vue (another version in a nested node_modules) does when it loads.
const copies = (globalThis as Record<symbol, string[]>)[Symbol.for('channelkit.copies:@channelkit/vue')]!
afterEach(() => {
  copies.splice(1)
})

const run = () => effectScope().run(() => useConnectionState())

test('without the plugin: how to install it', () => {
  expect(run).toThrow(
    expect.objectContaining({ code: 'missing_provider', details: { api: 'useConnectionState' } }),
  )
})

test('two copies loaded (version skew, the plugin from the other one): says so and names both versions', () => {
  missingKitError('@channelkit/vue', '0.0.9')
  expect(run).toThrow(
    expect.objectContaining({
      code: 'version_mismatch',
      details: { package: '@channelkit/vue', versions: [version, '0.0.9'] },
      message: expect.stringContaining(`2 copies of @channelkit/vue are loaded (${version}, 0.0.9)`),
    }),
  )
})
