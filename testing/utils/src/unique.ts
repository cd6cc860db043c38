let next = 0

/** A channel (or event) name no other test uses, also across files sharing one server or one module graph. */
export const unique = (prefix: string) => `${prefix}${++next}-${Math.random().toString(36).slice(2, 8)}`
