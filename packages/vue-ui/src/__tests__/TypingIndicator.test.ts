import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { ChannelKitPlugin } from '@channelkit/vue'
import userEvent from '@testing-library/user-event'
import { screen, waitFor } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'
import { createApp, defineComponent, h } from 'vue'
import { TypingIndicator } from '../TypingIndicator'
import { useTypingInput } from '../useTypingInput'
import { alice, bob, liveServer, subscribed, unique } from './live'

const live = liveServer()
const sentence = () => document.querySelector('[aria-live="polite"]')?.textContent

const Composer = defineComponent({
  props: { channel: { type: String, required: true } },
  setup(props) {
    const typing = useTypingInput(() => props.channel)
    return () =>
      h(
        'form',
        {
          onSubmit: (event: Event) => {
            event.preventDefault()
            typing.stop()
          },
        },
        [h('label', ['Message', h('input', typing.inputProps)])],
      )
  },
})

describe('TypingIndicator (Vue, live)', () => {
  it("shows another client's real client-typing events, which expire", async () => {
    const channel = unique('presence-chat-')
    const { container } = live.render(TypingIndicator, live.kit(), {
      props: { channel, options: { timeout: 300 } },
    })
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
    live.render(Composer, live.kit(alice), { props: { channel } })
    // Bob's side is a second app with its own kit, as in another browser.
    const bobRoot = document.body.appendChild(document.createElement('div'))
    const bobApp = createApp(TypingIndicator, { channel }).use(ChannelKitPlugin, { kit: live.kit(bob) })
    bobApp.mount(bobRoot)
    live.defer(() => {
      bobApp.unmount()
      bobRoot.remove()
    })
    await waitFor(() => expect(live.server.channels().get(channel)?.userCount).toBe(2))

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hi')
    await waitFor(() => expect(sentence()).toBe('Alice is typing…'))
    await user.tab()
    await waitFor(() => expect(sentence()).toBe(''))

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'again{Enter}')
    await waitFor(() => expect(sentence()).toBe(''))
  })
})
