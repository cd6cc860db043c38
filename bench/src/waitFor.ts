import { setTimeout as sleep } from 'node:timers/promises'

/** Resolves once `condition()` holds, polling every few ms; throws after `timeoutMs` naming `what`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`bench: timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(2)
  }
}
