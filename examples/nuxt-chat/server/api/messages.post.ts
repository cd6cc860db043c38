// A message goes through the app server: the SDK triggers it to everyone in the room, the sender included.
export default defineEventHandler(async (event) => {
  const user = chatUser(event)
  const { text } = await readBody<{ text?: string }>(event)
  if (typeof text !== 'string' || !text.trim()) throw createError({ statusCode: 400, statusMessage: 'text' })
  const message: Message = {
    id: crypto.randomUUID(),
    userId: user.id,
    name: user.name,
    text: text.slice(0, 2000),
  }
  await pusherSdk().trigger(ROOM, 'message', message)
  return message
})
