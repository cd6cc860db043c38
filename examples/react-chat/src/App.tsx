import { ChannelKitDevtools } from '@channelkit/devtools/react'
import { ChannelKitProvider } from '@channelkit/react'
import { useState } from 'react'
import { ChatRoom } from './ChatRoom'
import { APP_KEY, type ChatUser, kitOptions, userFromName } from './connection'
import { JoinForm } from './JoinForm'

export function App() {
  const [user, setUser] = useState<ChatUser | null>(() => {
    const name = new URLSearchParams(location.search).get('name')
    return name ? userFromName(name) : null
  })
  if (!user) return <JoinForm onJoin={(name) => setUser(userFromName(name))} />
  return (
    <ChannelKitProvider appKey={APP_KEY} options={kitOptions(user)}>
      <ChatRoom me={user} />
      {/* Development builds only: a production build renders nothing here and ships no devtools code. */}
      <ChannelKitDevtools />
    </ChannelKitProvider>
  )
}
