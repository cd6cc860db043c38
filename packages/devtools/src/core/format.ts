import type { SubscriptionError } from '@channelkit/core'
import type { TimelineEntry } from './types'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `14:03:07.250`, local time. */
export function clock(at: number): string {
  const d = new Date(at)
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`
}

export function bytes(size: number): string {
  return size < 1000 ? `${size} B` : `${(size / 1000).toFixed(1)} kB`
}

/** JSON of `data` (a string as it is), or what it is when it has none. */
export function json(data: unknown, indent?: number): string {
  if (data === undefined) return '(no data)'
  if (typeof data === 'string') return data
  try {
    return JSON.stringify(data, null, indent) ?? String(data)
  } catch {
    return String(data)
  }
}

/** One line of at most `max` characters. */
export function preview(data: unknown, max = 80): string {
  const text = json(data).replace(/\s+/g, ' ')
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

export function subscriptionError(error: SubscriptionError | undefined): string {
  if (!error) return ''
  return `${error.type}${error.status === undefined ? '' : ` ${error.status}`}: ${error.error}`
}

export function timelineText(entry: TimelineEntry): string {
  if (entry.type === 'state') {
    const socket = entry.socketId ? ` (socket ${entry.socketId})` : ''
    return `${entry.previous} → ${entry.current}${socket}`
  }
  if (entry.type === 'retry') return `retrying in ${entry.seconds} s`
  const { code, type, message } = entry.error
  return `error${code === undefined ? '' : ` ${code}`} (${type}): ${message}`
}
