import { describe, expect, it } from 'vitest'
import { avatarColor } from './avatarColor'
import { describeMember, memberAvatar, memberName } from './memberDisplay'

describe('memberName / memberAvatar', () => {
  it('reads info.name and info.avatar', () => {
    const member = { id: 'a', info: { name: 'Alice', avatar: 'https://example.com/a.png' } }
    expect(memberName(member)).toBe('Alice')
    expect(memberAvatar(member)).toBe('https://example.com/a.png')
  })

  it('falls back to the id and to no picture', () => {
    for (const info of [undefined, null, 'x', { name: '  ' }, { name: 42, avatar: 7 }]) {
      expect(memberName({ id: 'a', info })).toBe('a')
      expect(memberAvatar({ info })).toBeUndefined()
    }
  })
})

describe('describeMember', () => {
  it('gives name, initials, avatar and whether it is the current user', () => {
    const member = { id: 'a', info: { name: 'Ada Lovelace' } }
    expect(describeMember(member, 'a')).toEqual({
      member,
      name: 'Ada Lovelace',
      initials: 'AL',
      avatar: undefined,
      color: avatarColor('a'),
      isMe: true,
    })
    expect(describeMember(member, 'b').isMe).toBe(false)
  })
})
