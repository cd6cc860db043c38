export const EVENT = 'tick'

export interface Sink {
  delivered: number
  /** use-pusher types `data` as optional; every event here carries one. */
  handler: (data?: { n: number }) => void
}

/** Every subject's handler does the same work, so only the path to it differs. */
export function sink(): Sink {
  const s: Sink = {
    delivered: 0,
    handler: (data) => {
      s.delivered += data?.n ?? 0
    },
  }
  return s
}
