import { render } from '@channelkit/testing/react'
import { setupTestServer } from '@channelkit/testing/vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { ChatRoom } from '../ChatRoom'
import { ROOM } from '../connection'

const server = setupTestServer()
const alice = { id: 'alice', name: 'Alice' }

test('Alice sees Bob join, type, write and wave, and her message goes out', async () => {
  render(<ChatRoom me={alice} />, { server, user: { id: alice.id, info: { name: alice.name } } })
  await server.subscribed(ROOM)
  await screen.findByRole('group', { name: '1 person online' })

  server.join(ROOM, { id: 'bob', info: { name: 'Bob' } })
  await screen.findByRole('group', { name: '2 people online' })

  server.typing(ROOM, 'bob')
  await waitFor(() => expect(screen.getByText('Bob is typing…')).toBeTruthy())
  server.clientEvent(ROOM, 'bob', 'client-message', { id: 'm1', name: 'Bob', text: 'Hi Alice', at: 0 })
  const messages = screen.getByRole('list', { name: 'Messages' })
  await waitFor(() => expect(messages.textContent).toBe('Bob Hi Alice'))
  server.clientEvent(ROOM, 'bob', 'client-wave', { name: 'Bob' })
  const notifications = screen.getByRole('region', { name: 'Notifications' })
  expect(await within(notifications).findByRole('listitem')).toHaveProperty(
    'textContent',
    expect.stringContaining('Bob waves at you'),
  )

  await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'Hello Bob{Enter}')
  const sent = await server.waitForFrame({ direction: 'in', event: 'client-message' })
  expect(sent.data).toMatchObject({ userId: 'alice', name: 'Alice', text: 'Hello Bob' })
  expect(
    within(messages)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['Bob Hi Alice', 'Alice Hello Bob'])
})
