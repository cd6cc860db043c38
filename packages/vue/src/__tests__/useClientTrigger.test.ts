import { isChannelKitError } from '@channelkit/core'
import { fireEvent, screen } from '@testing-library/vue'
import { describe, expect, test, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useClientTrigger } from '..'
import { alice, bob, framesIn, kit, otherClient, renderWithKit, server, subscribed } from './helpers'

const CHAT = 'private-chat'

/** A button per attempt; what each click threw is collected in `errors`. */
function sender(channel: string | null, attempts: Record<string, [`client-${string}`, unknown]>) {
  const errors: unknown[] = []
  const Sender = defineComponent({
    setup() {
      const trigger = useClientTrigger(channel)
      const send = ([event, data]: [`client-${string}`, unknown]) => {
        try {
          trigger(event, data)
        } catch (error) {
          errors.push(error)
        }
      }
      return () =>
        h(
          'div',
          Object.entries(attempts).map(([label, attempt]) =>
            h('button', { onClick: () => send(attempt) }, label),
          ),
        )
    },
  })
  return { Sender, errors }
}

describe('useClientTrigger', () => {
  test('sends client events another client receives, and rejects invalid ones with the core error', async () => {
    const s = await server()
    const clientFrames = framesIn(s, 'client-hello', CHAT)
    const appEvents: string[] = []
    s.onFrame((f) => {
      if (f.direction === 'in' && !f.event.startsWith('pusher:')) appEvents.push(f.event)
    })
    const bobChannel = otherClient(s, bob).subscribe(CHAT)
    await subscribed(bobChannel)
    const received: unknown[] = []
    bobChannel.bind('client-hello', (data: unknown) => received.push(data))

    const { Sender, errors } = sender(CHAT, {
      send: ['client-hello', { text: 'hi Bob' }],
      'no prefix': ['hello' as `client-${string}`, {}],
      'too big': ['client-big', { text: 'x'.repeat(11 * 1024) }],
    })
    renderWithKit(Sender, kit(s, alice))
    await fireEvent.click(screen.getByText('no prefix'))
    await fireEvent.click(screen.getByText('too big'))
    expect(errors.map((e) => isChannelKitError(e) && e.code)).toEqual([
      'invalid_event_name',
      'payload_too_large',
    ])

    // sent before the subscription succeeded: core queues it until then
    await fireEvent.click(screen.getByText('send'))
    await vi.waitFor(() => expect(received).toEqual([{ text: 'hi Bob' }]))
    expect(clientFrames).toHaveLength(1)
    expect(appEvents).toEqual(['client-hello'])
  })

  test('client events are not allowed on public channels', async () => {
    const s = await server()
    const { Sender, errors } = sender('public-news', { send: ['client-hello', {}] })
    renderWithKit(Sender, kit(s))
    await fireEvent.click(screen.getByText('send'))
    expect(isChannelKitError(errors[0], 'client_event_not_allowed')).toBe(true)
  })

  test('with a null channel, sending says why nothing was sent', async () => {
    const s = await server()
    const { Sender, errors } = sender(null, { send: ['client-hello', {}] })
    renderWithKit(Sender, kit(s))
    await fireEvent.click(screen.getByText('send'))
    expect(isChannelKitError(errors[0], 'no_client')).toBe(true)
    expect((errors[0] as Error).message).toMatch(/cannot send "client-hello": the channel name is null/)
  })
})
