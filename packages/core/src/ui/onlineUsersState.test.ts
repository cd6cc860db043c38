import { describe, expect, it } from 'vitest'
import { onlineUsersState } from './onlineUsersState'

describe('onlineUsersState', () => {
  it('shows members whenever there are some, else the channel status', () => {
    expect(onlineUsersState('subscribing', 2)).toBe('ready')
    expect(onlineUsersState('subscribed', 0)).toBe('empty')
    expect(onlineUsersState('subscribing', 0)).toBe('loading')
    expect(onlineUsersState('unsubscribed', 0)).toBe('loading')
    expect(onlineUsersState('error', 3)).toBe('error')
  })
})
