import { alice, bob, subscribed, unique } from '@channelkit/test-utils'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { createWrapper, render } from '@channelkit/testing/react'
import { setupTestServer } from '@channelkit/testing/vitest'
import { render as renderWithTestingLibrary, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { TypingIndicator } from '../TypingIndicator'
import { useTypingInput } from '../useTypingInput'

const server = setupTestServer({ user: alice })
const sentence = () => document.querySelector('[aria-live="polite"]')?.textContent

function Composer({ channel }: { channel: string }) {
  const typing = useTypingInput(channel)
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        typing.stop()
      }}
    >
      <label>
        Message
        <input {...typing.inputProps} />
      </label>
    </form>
  )
}

describe('TypingIndicator (live)', () => {
  it("shows another client's real client-typing events, which expire", async () => {
    const channel = unique('presence-chat-')
    const { container } = render(<TypingIndicator channel={channel} options={{ timeout: 300 }} />, { server })
    await server.subscribed(channel)
    const other = await subscribed(server.client(bob).subscribe(channel))

    other.trigger('client-typing', { typing: true })
    await waitFor(() => expect(sentence()).toBe('Bob is typing…'))
    await expectNoAxeViolations(container)
    // No more events: the entry expires after `timeout`.
    await waitFor(() => expect(sentence()).toBe(''))

    other.trigger('client-typing', { typing: true })
    await waitFor(() => expect(sentence()).toBe('Bob is typing…'))
    other.trigger('client-typing', { typing: false })
    await waitFor(() => expect(sentence()).toBe(''))
  })

  it('useTypingInput announces typing from an input, stops on blur and on send', async () => {
    const channel = unique('presence-chat-')
    const user = userEvent.setup()
    // Two users in one page, each with a kit of their own, as in two browsers.
    const [Alice, Bob] = [createWrapper(server, { user: alice }), createWrapper(server, { user: bob })]
    renderWithTestingLibrary(
      <>
        <Alice>
          <Composer channel={channel} />
        </Alice>
        <Bob>
          <TypingIndicator channel={channel} />
        </Bob>
      </>,
    )
    await server.subscribed(channel, { count: 2 })

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hi')
    await waitFor(() => expect(sentence()).toBe('Alice is typing…'))
    await user.tab()
    await waitFor(() => expect(sentence()).toBe(''))

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'again{Enter}')
    await waitFor(() => expect(sentence()).toBe(''))
  })
})
