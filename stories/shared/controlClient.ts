import { liveConfig } from './liveConfig'

/**
 * Calls the local server's development control endpoint (`/control/*`, see packages/server/README.md) with
 * the token `pnpm dev` gave this Storybook; throws its error message.
 */
export async function control<T = unknown>(
  controlUrl: string,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: Record<string, unknown>,
): Promise<T> {
  const { controlToken } = liveConfig()
  if (!controlToken) {
    throw new Error(
      'This Storybook has no control token: start it with `pnpm dev` (or pass ?ckControlToken=).',
    )
  }
  let response: Response
  try {
    response = await fetch(`${controlUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${controlToken}`,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : null,
    })
  } catch {
    throw new Error(`The control endpoint at ${controlUrl} is not reachable: start it with \`pnpm dev\`.`)
  }
  const payload = (await response.json()) as T & { error?: string }
  if (!response.ok) throw new Error(payload.error ?? `${method} ${path} answered ${response.status}`)
  return payload
}
