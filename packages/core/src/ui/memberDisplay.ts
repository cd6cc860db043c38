import { avatarColor } from './avatarColor'
import { initials } from './initials'

/** A presence member's display name: `info.name` when it is a non-empty string, else its id. */
export function memberName(member: { id: string; info?: unknown }): string {
  const name = (member.info as { name?: unknown } | null | undefined)?.name
  return typeof name === 'string' && name.trim() !== '' ? name : member.id
}

/** A presence member's picture URL: `info.avatar` when it is a non-empty string. */
export function memberAvatar(member: { info?: unknown }): string | undefined {
  const avatar = (member.info as { avatar?: unknown } | null | undefined)?.avatar
  return typeof avatar === 'string' && avatar !== '' ? avatar : undefined
}

/** Everything an online-users item shows; also what custom item renderers receive. */
export interface MemberDisplay<M extends { id: string; info?: unknown } = { id: string; info: unknown }> {
  member: M
  name: string
  initials: string
  avatar: string | undefined
  /** The avatar colour from the member's id, 1 to 8 (`data-ck-color`, `--ck-avatar-<n>`). */
  color: number
  isMe: boolean
}

export function describeMember<M extends { id: string; info?: unknown }>(
  member: M,
  me: string | undefined,
): MemberDisplay<M> {
  const name = memberName(member)
  return {
    member,
    name,
    initials: initials(name),
    avatar: memberAvatar(member),
    color: avatarColor(member.id),
    isMe: member.id === me,
  }
}
