/** Up to two letters for an avatar without a picture: "Ada Lovelace" → "AL", "bob" → "B", "" → "?". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const first = words[0]
  if (first === undefined) return '?'
  const last = words.length > 1 ? words[words.length - 1] : undefined
  // Array.from keeps astral characters (emoji, CJK extensions) whole.
  const letter = (word: string | undefined) => (word ? (Array.from(word)[0] ?? '') : '')
  return (letter(first) + letter(last)).toLocaleUpperCase()
}
