'use client'
// The client boundary: this file and everything it imports run in the browser (and render once on the
// server). Only serializable props (`me`, `connection`) cross it from the Server Component.

import { ChannelKitProvider } from '@channelkit/react'
import { ChannelKitUIProvider } from '@channelkit/react-ui'
import type { BrowserConnection, ChatUser } from '../lib/chat'
import { ChatRoom } from './ChatRoom'

export function Chat({ me, connection }: { me: ChatUser; connection: BrowserConnection }) {
  const { key, ...options } = connection
  // No login in this example: the route handlers learn who you are from these params.
  const params = { user_name: me.name }
  // App-wide UI configuration: locale, direction and labels, set once for every UI kit component inside
  // (locale="fr" gives a French room). Plain data: a Server Component could render this provider too.
  return (
    <ChannelKitProvider
      appKey={key}
      options={{
        ...options,
        enabledTransports: ['ws', 'wss'],
        channelAuthorization: { endpoint: '/api/pusher/auth', transport: 'ajax', params },
        userAuthentication: { endpoint: '/api/pusher/user-auth', transport: 'ajax', params },
      }}
    >
      <ChannelKitUIProvider locale="en" labels={{ onlineUsers: { empty: 'Nobody is in the room yet' } }}>
        <ChatRoom me={me} />
      </ChannelKitUIProvider>
    </ChannelKitProvider>
  )
}
