// A Client Component without its own 'use client': Chat.tsx, which imports it, is the boundary.
import { useConnectionState, useEvent, useUser } from '@channelkit/react'
import {
  ConnectionStatus,
  LiveNotifications,
  OnlineUsers,
  TypingIndicator,
  useTypingInput,
} from '@channelkit/react-ui'
import { useEffect, useState } from 'react'
import { type ChatUser, type Message, ROOM } from '../lib/chat'
import { sendMessage, wave } from './actions'

const waveTitle = (data: unknown) => ({
  title: `${(data as { name?: string }).name ?? 'Someone'} waves at you`,
})

export function ChatRoom({ me }: { me: ChatUser }) {
  const [messages, setMessages] = useState<Message[]>([])
  useEvent(ROOM, 'message', (message: Message) => setMessages((list) => [...list, message]))

  const typing = useTypingInput(ROOM)
  const socketId = useConnectionState((s) => s.socketId)
  const user = useUser()
  const { signin } = user
  // Sign in (pusher-js `signin()`, through the user-auth route handler) once mounted in the browser.
  useEffect(() => signin(), [signin])

  const [draft, setDraft] = useState('')
  return (
    <main className="chat">
      <header className="chat-header">
        <h1>ChannelKit chat</h1>
        <p className="chat-user">
          {user.status === 'signed-in' ? `Signed in as ${user.id}` : 'Not signed in'}
        </p>
        <ConnectionStatus />
      </header>
      <OnlineUsers channel={ROOM} max={5} />
      <ol className="chat-messages" aria-label="Messages">
        {messages.map((message) => (
          <li key={message.id} data-mine={message.userId === me.id || undefined}>
            <b>{message.name}</b> {message.text}
          </li>
        ))}
      </ol>
      <TypingIndicator channel={ROOM} />
      <form
        className="chat-composer"
        onSubmit={(event) => {
          event.preventDefault()
          if (!draft.trim()) return
          typing.stop()
          setDraft('')
          void sendMessage(me, draft) // a server action: the SDK triggers `message` to the room
        }}
      >
        <label htmlFor="message">Message</label>
        <input
          id="message"
          value={draft}
          autoComplete="off"
          onChange={(event) => setDraft(event.target.value)}
          {...typing.inputProps}
        />
        <button type="submit">Send</button>
        <button type="button" onClick={() => void wave(me, socketId)}>
          Wave
        </button>
      </form>
      <LiveNotifications channel={ROOM} event="wave" map={waveTitle} />
    </main>
  )
}
