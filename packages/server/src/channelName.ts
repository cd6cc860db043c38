export const MAX_CHANNEL_NAME_LENGTH = 164
const CHANNEL_NAME = /^[-a-zA-Z0-9_=@,.;]+$/
export const USER_CHANNEL_PREFIX = '#server-to-user-'

export type ChannelKind = 'public' | 'private' | 'encrypted' | 'presence' | 'user'

export function channelKind(name: string): ChannelKind {
  if (name.startsWith(USER_CHANNEL_PREFIX)) return 'user'
  if (name.startsWith('private-encrypted-')) return 'encrypted'
  if (name.startsWith('private-')) return 'private'
  if (name.startsWith('presence-')) return 'presence'
  return 'public'
}

export function isCacheChannel(name: string): boolean {
  return /^(private-encrypted-|private-|presence-)?cache-/.test(name)
}

/** Returns why the name is invalid, or undefined when it is fine. */
export function channelNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.length === 0) return 'Channel name must be a non-empty string'
  if (name.startsWith(USER_CHANNEL_PREFIX)) {
    return name.length > USER_CHANNEL_PREFIX.length ? undefined : 'User channel needs a user id'
  }
  if (name.length > MAX_CHANNEL_NAME_LENGTH) {
    return `Channel name too long (${name.length} characters, at most ${MAX_CHANNEL_NAME_LENGTH}): ${name.slice(0, 40)}…`
  }
  if (!CHANNEL_NAME.test(name)) {
    return `Invalid channel name ${JSON.stringify(name)}: use only a-z A-Z 0-9 and - _ = @ , . ;`
  }
  return undefined
}
