import { bidiIsolate } from './bidiIsolate'
import { formatLabel } from './format'
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
  locale = 'en',
): string {
  const names = typists.filter((t) => t.id !== me).map((t) => bidiIsolate(t.name || labels.someone))
  const [first, second, third] = names
  if (first === undefined) return ''
  if (second === undefined) return formatLabel(labels.one, [first], { name: first }, locale)
  if (third === undefined) return formatLabel(labels.two, [first, second], { first, second }, locale)
  if (names.length === 3) {
    return formatLabel(labels.three, [first, second, third], { first, second, third }, locale)
  }
  const count = names.length - 2
  return formatLabel(labels.many, [first, second, count], { first, second, count }, locale)
}
