import type { IncomingMessage, ServerResponse } from 'node:http'

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body over ${limit} bytes`)
    this.name = 'BodyTooLargeError'
  }
}

/** `decodeURIComponent`, or undefined for malformed percent-encoding (which would throw). */
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

/** Bodies over the limit are still read (and dropped) up to this many times the limit, then cut off. */
const DRAIN_FACTOR = 16

/**
 * Throws BodyTooLargeError over `limit`. It reads such bodies to the end first: leaving the loop early
 * destroys the socket, and a keep-alive client would get ECONNRESET on its next request instead of a 413.
 */
export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > limit * DRAIN_FACTOR) throw new BodyTooLargeError(limit)
    if (size <= limit) chunks.push(chunk as Buffer)
  }
  if (size > limit) throw new BodyTooLargeError(limit)
  return Buffer.concat(chunks).toString('utf8')
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  })
  response.end(text)
}

/** soketi's error shape: `{"error":"…","code":401}`. */
export function sendError(response: ServerResponse, status: number, error: string): void {
  sendJson(response, status, { error, code: status })
}
