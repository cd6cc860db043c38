import { describe, expect, it } from 'vitest'
import type { ConnectionState } from '../types'
import { retryConnection } from './retryConnection'

function fakeKit(state: ConnectionState) {
  const calls: string[] = []
  const snapshot = { state, previous: state, socketId: undefined, error: undefined }
  return {
    calls,
    kit: {
      connect: () => calls.push('connect'),
      disconnect: () => calls.push('disconnect'),
      connection: { getSnapshot: () => snapshot, subscribe: () => () => {} },
    },
  }
}

// The real reconnect against a stopped and restarted server is tested by the UI kits' ConnectionStatus.
describe('retryConnection', () => {
  it('restarts a pending attempt when unavailable, otherwise just connects', () => {
    const unavailable = fakeKit('unavailable')
    retryConnection(unavailable.kit)
    expect(unavailable.calls).toEqual(['disconnect', 'connect'])
    for (const state of ['failed', 'disconnected'] as const) {
      const other = fakeKit(state)
      retryConnection(other.kit)
      expect(other.calls).toEqual(['connect'])
    }
  })
})
