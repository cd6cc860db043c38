import { useClientTrigger, useEvent } from '@channelkit/react'
import { useCallback, useState } from 'react'
import { type ChatUser, type Message, ROOM } from './connection'

/**
 * The room's messages, as client events: pusher-js delivers them to everyone else in the channel, so
 * the sender adds its own message itself. No app server is involved.
 */
export function useMessages(me: ChatUser) {
  const [messages, setMessages] = useState<Message[]>([])
  const trigger = useClientTrigger(ROOM)
  useEvent(ROOM, 'client-message', (data: Message, metadata) => {
    // The server names the sender: never trust the payload's own claim.
    const userId = metadata?.user_id ?? data.userId
    setMessages((list) => [...list, { ...data, userId }])
  })
  const send = useCallback(
    (text: string) => {
      const message: Message = { id: crypto.randomUUID(), userId: me.id, name: me.name, text, at: Date.now() }
      trigger('client-message', message)
      setMessages((list) => [...list, message])
    },
    [me, trigger],
  )
  return { messages, send }
}
