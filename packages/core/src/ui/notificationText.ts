export type Severity = 'info' | 'success' | 'warning' | 'error'

const SEVERITIES: ReadonlySet<unknown> = new Set<Severity>(['info', 'success', 'warning', 'error'])

/**
 * What a notification says when no custom template is given: a string payload is the message; an
 * object gives `title` and `message` (or `text`, or `body`). `announcement` is the sentence for screen readers.
 */
export function notificationText(data: unknown): { title: string; message: string; announcement: string } {
  let title = ''
  let message = ''
  if (typeof data === 'string' || typeof data === 'number') message = String(data)
  else if (typeof data === 'object' && data !== null) {
    const record = data as Record<string, unknown>
    const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '')
    title = text('title')
    message = text('message') || text('text') || text('body')
  }
  return { title, message, announcement: title && message ? `${title}: ${message}` : title || message }
}

/** A notification's `severity` field (info, success, warning, error), if its data has a valid one. */
export function notificationSeverity(data: unknown): Severity | undefined {
  const severity =
    typeof data === 'object' && data !== null ? (data as { severity?: unknown }).severity : undefined
  return SEVERITIES.has(severity) ? (severity as Severity) : undefined
}
