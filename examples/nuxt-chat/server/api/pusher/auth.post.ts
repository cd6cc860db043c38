// pusher-js asks here before it joins a private or presence channel (the module's default
// `channelAuthorization.endpoint`, `/api/pusher/auth`). The body is form-encoded: socket_id, channel_name.
export default defineEventHandler(async (event) => {
  const user = chatUser(event)
  const { socket_id: socketId, channel_name: channel } = await readBody<Record<string, string>>(event)
  if (!socketId || !channel)
    throw createError({ statusCode: 400, statusMessage: 'socket_id and channel_name' })
  // Decide here who may join what; this chat has one room and a private channel per user.
  if (channel === ROOM) {
    return pusherSdk().authorizeChannel(socketId, channel, {
      user_id: user.id,
      user_info: { name: user.name },
    })
  }
  if (channel === `private-user-${user.id}`) return pusherSdk().authorizeChannel(socketId, channel)
  throw createError({ statusCode: 403, statusMessage: `Not allowed on ${channel}` })
})
