import type { Member, Notification } from '@channelkit/core'

// A small data URI avatar so stories render the same offline (no image host).
const avatar = (fill: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/><circle cx="16" cy="13" r="6" fill="#fff"/><rect x="6" y="22" width="20" height="10" rx="5" fill="#fff"/></svg>`,
  )}`

export const alice: Member = { id: 'alice', info: { name: 'Alice Martin', avatar: avatar('#0f766e') } }
export const bob: Member = { id: 'bob', info: { name: 'Bob Chen' } }
export const carol: Member = { id: 'carol', info: { name: 'Carol Díaz', avatar: avatar('#9333ea') } }
export const dave: Member = { id: 'dave', info: { name: 'Dave Okafor' } }
export const erin: Member = { id: 'erin', info: { name: 'Erin Kowalski' } }
export const frank: Member = { id: 'frank', info: { name: 'Frank Müller' } }
export const grace: Member = { id: 'grace', info: { name: 'Grace Hopper-Nakamura, a rather long name' } }
/** A member without info: shown by id, initials from the id. */
export const anonymous: Member = { id: 'user-42', info: undefined }

export const many: Member[] = [alice, bob, carol, dave, erin]
export const crowd: Member[] = [alice, bob, carol, dave, erin, frank, grace, anonymous]

/** One member per avatar colour (1 to 8), in that order: the colour comes from the id. */
export const palette: Member[] = [
  ['liam', 'Liam Byrne'],
  ['erin', 'Erin Kowalski'],
  ['carol', 'Carol Díaz'],
  ['frank', 'Frank Müller'],
  ['bob', 'Bob Chen'],
  ['pam', 'Pam Okoro'],
  ['ines', 'Inès Laurent'],
  ['alice', 'Alice Martin'],
].map(([id, name]) => ({ id: id!, info: { name } }))

/** Wide initials, which the next avatar of a stack must never cover ("Carol Danvers" is "CD", not "C▌"). */
export const wideInitials: Member[] = [
  ['carol-danvers', 'Carol Danvers'],
  ['mia-wong', 'Mia Wong'],
  ['walt-whitman', 'Walt Whitman'],
  ['max-muller', 'Max Müller'],
  ['mo-wu', 'Mo Wu'],
].map(([id, name]) => ({ id: id!, info: { name } }))

/** A picture that cannot be decoded (no request, so no network error): initials show instead. */
export const brokenAvatar: Member = {
  id: 'grace',
  info: { name: 'Grace Hopper', avatar: 'data:image/png;base64,bm90IGFuIGltYWdl' },
}

export const typist = (member: Member) => ({
  id: member.id,
  name: (member.info as { name?: string } | undefined)?.name,
})

let next = 0
/** A sticky notification (duration 0): stories never dismiss on their own. */
export function notification<T>(data: T): Notification<T> {
  next += 1
  return { id: `n${next}`, data, createdAt: 0, duration: 0 }
}
