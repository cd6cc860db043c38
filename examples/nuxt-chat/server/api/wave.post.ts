// A wave notifies everyone else: `socket_id` leaves the sender's own connection out.
export default defineEventHandler(async (event) => {
  const user = chatUser(event)
  const { socketId } = await readBody<{ socketId?: string }>(event)
  await pusherSdk().trigger(ROOM, 'wave', { name: user.name }, socketId ? { socket_id: socketId } : undefined)
  return { ok: true }
})
