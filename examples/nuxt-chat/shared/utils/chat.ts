// Shared by the app and the server routes (Nuxt auto-imports shared/utils on both sides).

/** The room everyone joins. */
export const ROOM = 'presence-chat'

/** The cookie that says who this browser is: a stand-in for a real app's session. */
export const USER_COOKIE = 'chat-name'

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
