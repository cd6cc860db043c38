import { missingKitError } from '@channelkit/core/adapter'
import { renderHook } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { version } from '../../package.json'
import { useConnectionState } from '../useConnectionState'

// What a second copy of @channelkit/react (another version in a nested node_modules) does when it loads.
const copies = (globalThis as Record<symbol, string[]>)[Symbol.for('channelkit.copies:@channelkit/react')]!
afterEach(() => {
  copies.splice(1)
})

it('without a provider: "wrap your app"', () => {
  expect(() => renderHook(() => useConnectionState())).toThrow(
    expect.objectContaining({ code: 'missing_provider', details: { api: 'useConnectionState' } }),
  )
})

it('two copies loaded (version skew, the provider from the other one): says so and names both versions', () => {
  missingKitError('@channelkit/react', '0.0.9')
  let thrown: unknown
  try {
    renderHook(() => useConnectionState())
  } catch (error) {
    thrown = error
  }
  expect(thrown).toMatchObject({
    code: 'version_mismatch',
    details: { package: '@channelkit/react', versions: [version, '0.0.9'] },
  })
  expect((thrown as Error).message).toContain(`2 copies of @channelkit/react are loaded (${version}, 0.0.9)`)
})
