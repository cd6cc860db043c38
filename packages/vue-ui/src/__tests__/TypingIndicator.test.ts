import { alice, bob, subscribed, unique } from '@channelkit/test-utils'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { setupTestServer } from '@channelkit/testing/vitest'
import { createPlugin } from '@channelkit/testing/vue'
import userEvent from '@testing-library/user-event'
import { render, screen, waitFor } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'
import { createApp, defineComponent, h } from 'vue'
import { TypingIndicator } from '../TypingIndicator'
import { useTypingInput } from '../useTypingInput'

const server = setupTestServer({ user: alice })
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
    const { container } = render(TypingIndicator, {
      props: { channel, options: { timeout: 300 } },
      global: { plugins: [createPlugin(server)] },
    })
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
    render(Composer, { props: { channel }, global: { plugins: [createPlugin(server)] } })
    // Bob's side is a second app with its own kit, as in another browser (unmounted at reset).
    const bobRoot = document.body.appendChild(document.createElement('div'))
    createApp(TypingIndicator, { channel })
      .use(createPlugin(server, { user: bob }))
      .mount(bobRoot)
    server.defer(() => bobRoot.remove())
    await server.subscribed(channel, { count: 2 })

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hi')
    await waitFor(() => expect(sentence()).toBe('Alice is typing…'))
    await user.tab()
    await waitFor(() => expect(sentence()).toBe(''))

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'again{Enter}')
    await waitFor(() => expect(sentence()).toBe(''))
  })
})
