'use client'
// The client boundary: this file and everything it imports run in the browser (and render once on the
// server). Only serializable props (`me`, `connection`) cross it from the Server Component.

import { ChannelKitProvider } from '@channelkit/react'
import type { BrowserConnection, ChatUser } from '../lib/chat'
import { ChatRoom } from './ChatRoom'

export function Chat({ me, connection }: { me: ChatUser; connection: BrowserConnection }) {
  const { key, ...options } = connection
  // No login in this example: the route handlers learn who you are from these params.
  const params = { user_name: me.name }
  // TODO(ui-config): app-wide UI configuration (labels, locale, direction) is set here, once, when it lands
  // (a provider prop or a config component), so a translated UI needs no function from a Server Component.
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
      <ChatRoom me={me} />
    </ChannelKitProvider>
  )
}
