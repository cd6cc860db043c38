/** Calls the dev control endpoint (stories/scripts/startControl.mjs); throws its error message. */
export async function control<T = unknown>(
  controlUrl: string,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: Record<string, unknown>,
): Promise<T> {
  let response: Response
  try {
    response = await fetch(`${controlUrl}${path}`, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : null,
    })
  } catch {
    throw new Error(`The control endpoint at ${controlUrl} is not reachable: start it with \`pnpm dev\`.`)
  }
  const payload = (await response.json()) as T & { error?: string }
  if (!response.ok) throw new Error(payload.error ?? `${method} ${path} answered ${response.status}`)
  return payload
}
