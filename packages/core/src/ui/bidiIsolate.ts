// Text that can turn the direction of what follows it: explicit bidi controls and right-to-left scripts.
const DIRECTIONAL =
  /[\u061C\u200F\u202A-\u202E\u2066-\u2069\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u
const FSI = '\u2068'
const PDI = '\u2069'
const PDF = '\u202C'

/**
 * `text` as a first-strong isolate (FSI … PDI) when it could change the direction of the sentence around
 * it: a right-to-left override in a user name must not reverse "are typing…". Other text is returned as is.
 * The text stays whole: closers it left open are added after it, and each stray PDI in it gets an extra FSI
 * to close, so it can never close the isolate early.
 */
export function bidiIsolate(text: string): string {
  if (!DIRECTIONAL.test(text)) return text
  let stray = 0
  const open: ('embedding' | 'isolate')[] = []
  for (const char of text) {
    if (char >= '\u2066' && char <= '\u2068') open.push('isolate')
    else if (char === PDI) {
      // A PDI closes the last isolate and every embedding opened inside it.
      const at = open.lastIndexOf('isolate')
      if (at === -1) stray++
      open.length = Math.max(at, 0)
    } else if (char === PDF) {
      if (open[open.length - 1] === 'embedding') open.pop()
    } else if (char >= '\u202A' && char <= '\u202E') open.push('embedding')
  }
  const closers = open
    .reverse()
    .map((kind) => (kind === 'isolate' ? PDI : PDF))
    .join('')
  return `${FSI.repeat(stray + 1)}${text}${closers}${PDI}`
}
