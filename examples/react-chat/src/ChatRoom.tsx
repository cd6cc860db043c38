import { useClientTrigger } from '@channelkit/react'
import {
  ConnectionStatus,
  LiveNotifications,
  OnlineUsers,
  TypingIndicator,
  useTypingInput,
} from '@channelkit/react-ui'
import { useState } from 'react'
import { type ChatUser, ROOM } from './connection'
import { useMessages } from './useMessages'

export function ChatRoom({ me }: { me: ChatUser }) {
  const { messages, send } = useMessages(me)
  const typing = useTypingInput(ROOM)
  const wave = useClientTrigger(ROOM)
  const [draft, setDraft] = useState('')

  return (
    <main className="chat">
      <header className="chat-header">
        <h1>ChannelKit chat</h1>
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
          send(draft.trim())
          setDraft('')
          typing.stop()
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
        <button type="button" onClick={() => wave('client-wave', { name: me.name })}>
          Wave
        </button>
      </form>
      <LiveNotifications
        channel={ROOM}
        event="client-wave"
        map={(data) => ({ title: `${(data as { name?: string }).name ?? 'Someone'} waves at you` })}
      />
    </main>
  )
}
