// pusher-js's `signin()` asks here (the module's default `userAuthentication.endpoint`).
export default defineEventHandler(async (event) => {
  const user = chatUser(event)
  const { socket_id: socketId } = await readBody<Record<string, string>>(event)
  if (!socketId) throw createError({ statusCode: 400, statusMessage: 'socket_id' })
  return pusherSdk().authenticateUser(socketId, { id: user.id, user_info: { name: user.name } })
})
