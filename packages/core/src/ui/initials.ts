// A letter or digit with its combining marks, so "é" typed as e + U+0301 stays whole.
const LETTER = /[\p{L}\p{N}]\p{M}*/u
// One emoji with its modifiers and zero-width-joined parts (👩🏽‍💻), or a flag (two regional indicators).
const EMOJI =
  /\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*/u

/**
 * Up to two letters for an avatar without a picture: the first letter or digit of the first and last words
 * that have one ("Ada Lovelace" → "AL", "You (designer)" → "YD", "bob" → "B"). A name without letters
 * shows its first emoji ("🦊" → "🦊"), else "?".
 */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => LETTER.exec(word)?.[0])
    .filter((letter) => letter !== undefined)
  const first = letters[0]
  if (first === undefined) return EMOJI.exec(name)?.[0] ?? '?'
  const last = letters.length > 1 ? letters[letters.length - 1] : ''
  // toUpperCase, not toLocaleUpperCase: the server and the browser must render the same initials.
  return `${first}${last}`.toUpperCase()
}
