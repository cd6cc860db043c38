import { fireEvent, screen } from '@testing-library/vue'
import { describe, expect, test } from 'vitest'
import { defineComponent, h } from 'vue'
import { useUser, useWatchlist } from '..'
import { kit, otherClient, renderWithKit, server } from './helpers'

describe('useUser and useWatchlist', () => {
  test('signin() signs the user in; the watchlist follows users coming online', async () => {
    const s = await server()
    const Account = defineComponent({
      setup() {
        const { status, id, signin } = useUser()
        const watchlist = useWatchlist()
        return () =>
          h('div', [
            h('p', { 'data-testid': 'user' }, `${status.value} ${id.value ?? ''}`),
            h('p', { 'data-testid': 'online' }, watchlist.value.online.join(',')),
            h('button', { onClick: signin }, 'sign in'),
          ])
      },
    })
    renderWithKit(Account, kit(s, { id: 'alice', info: { name: 'Alice' }, watchlist: ['bob'] }))
    expect(screen.getByTestId('user').textContent).toBe('signed-out ')

    await fireEvent.click(screen.getByText('sign in'))
    await expect.poll(() => screen.getByTestId('user').textContent).toBe('signed-in alice')

    otherClient(s, { id: 'bob' }).signin()
    await expect.poll(() => screen.getByTestId('online').textContent).toBe('bob')
  })
})
