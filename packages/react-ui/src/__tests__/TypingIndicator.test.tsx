import { ChannelKitProvider } from '@channelkit/react'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { TypingIndicator } from '../TypingIndicator'
import { useTypingInput } from '../useTypingInput'
import { alice, bob, liveServer, subscribed, unique } from './live'

const live = liveServer()
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
    const { container } = live.render(
      <TypingIndicator channel={channel} options={{ timeout: 300 }} />,
      live.kit(),
    )
    await live.occupied(channel)
    const other = await subscribed(live.client(bob).subscribe(channel))

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
    render(
      <>
        <ChannelKitProvider kit={live.kit(alice)}>
          <Composer channel={channel} />
        </ChannelKitProvider>
        <ChannelKitProvider kit={live.kit(bob)}>
          <TypingIndicator channel={channel} />
        </ChannelKitProvider>
      </>,
    )
    await live.occupied(channel)
    await waitFor(() => expect(live.server.channels().get(channel)?.userCount).toBe(2))

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hi')
    await waitFor(() => expect(sentence()).toBe('Alice is typing…'))
    await user.tab()
    await waitFor(() => expect(sentence()).toBe(''))

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'again{Enter}')
    await waitFor(() => expect(sentence()).toBe(''))
  })
})
