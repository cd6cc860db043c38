// Shared by the server (route handlers, server actions) and the browser.

/** The room everyone joins. */
export const ROOM = 'presence-chat'

export interface ChatUser {
  id: string
  name: string
}

export interface Message {
  id: string
  userId: string
  name: string
  text: string
}

/** `Alice Smith` → `{ id: 'alice-smith', name: 'Alice Smith' }`. */
export function userFromName(name: string): ChatUser {
  const id = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return { id: id || 'guest', name: name.trim().slice(0, 64) }
}

/** What the browser needs to connect (no secret): built on the server, passed to the client as a prop. */
export interface BrowserConnection {
  key: string
  cluster: string
  wsHost?: string
  wsPort?: number
  wssPort?: number
  forceTLS: boolean
}
