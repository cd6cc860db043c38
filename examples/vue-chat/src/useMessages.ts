import { useClientTrigger, useEvent } from '@channelkit/vue'
import { ref } from 'vue'
import { type ChatUser, type Message, ROOM } from './connection'

/**
 * The room's messages, as client events: pusher-js delivers them to everyone else in the channel, so
 * the sender adds its own message itself. No app server is involved.
 */
export function useMessages(me: ChatUser) {
  const messages = ref<Message[]>([])
  const trigger = useClientTrigger(ROOM)
  useEvent(ROOM, 'client-message', (data: Message, metadata) => {
    // The server names the sender: never trust the payload's own claim.
    messages.value = [...messages.value, { ...data, userId: metadata?.user_id ?? data.userId }]
  })
  const send = (text: string) => {
    const message: Message = { id: crypto.randomUUID(), userId: me.id, name: me.name, text, at: Date.now() }
    trigger('client-message', message)
    messages.value = [...messages.value, message]
  }
  return { messages, send }
}
