import { bidiIsolate } from './bidiIsolate'
import type { TypingLabels } from './labels'

/**
 * The sentence for who is typing: "Alice is typing…", "Alice and Bob are typing…",
 * "Alice, Bob and 2 others are typing…"; '' when nobody is. The current user (`me`) never counts.
 * Right-to-left names are bidi-isolated, so they cannot reorder the rest of the sentence.
 */
export function typingText(
  typists: readonly { id: string; name?: string | undefined }[],
  labels: TypingLabels,
  me?: string,
): string {
  const names = typists.filter((t) => t.id !== me).map((t) => bidiIsolate(t.name || labels.someone))
  const [first, second, third] = names
  if (first === undefined) return ''
  if (second === undefined) return labels.one(first)
  if (third === undefined) return labels.two(first, second)
  if (names.length === 3) return labels.three(first, second, third)
  return labels.many(first, second, names.length - 2)
}
