/** How many avatar colours the theme has (`--ck-avatar-1` … `--ck-avatar-8`). */
export const AVATAR_COLORS = 8

/**
 * A member's avatar colour, 1 to `AVATAR_COLORS`, from their id: the same person has the same colour on
 * every screen, server and client alike (FNV-1a over the id's UTF-16 code units).
 */
export function avatarColor(id: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return ((hash >>> 0) % AVATAR_COLORS) + 1
}
