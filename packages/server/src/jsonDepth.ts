/** Deeper JSON overflows the stack of JSON.stringify (about 4,000 levels on Node 20); nothing real nests this far. */
export const MAX_JSON_DEPTH = 100

/** True when `value` nests objects or arrays more than `limit` levels deep. Iterative, so any depth is safe. */
export function jsonTooDeep(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]]
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item
    if (typeof node !== 'object' || node === null) continue
    if (depth > limit) return true
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return false
}
