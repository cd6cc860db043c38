import { ROOM, userFromName } from '../../../../lib/chat'
import { pusher } from '../../../../lib/pusher'

/**
 * Channel authorization: pusher-js POSTs `socket_id` and `channel_name` (form-encoded) before it joins a
 * private or presence channel. This example has no login, so the page sends the user's name along
 * (`channelAuthorization.params`); a real app reads the user from its session (a cookie) here instead.
 */
export async function POST(request: Request) {
  const form = await request.formData()
  const socketId = form.get('socket_id')
  const channel = form.get('channel_name')
  const name = form.get('user_name')
  if (typeof socketId !== 'string' || typeof channel !== 'string') {
    return Response.json({ error: 'socket_id and channel_name are required' }, { status: 400 })
  }
  if (typeof name !== 'string' || !name.trim()) return Response.json({ error: 'Join first' }, { status: 403 })
  const user = userFromName(name)
  // Decide here who may join what: one room, and a private channel per user.
  if (channel === ROOM) {
    return Response.json(
      pusher().authorizeChannel(socketId, channel, { user_id: user.id, user_info: { name: user.name } }),
    )
  }
  if (channel === `private-user-${user.id}`)
    return Response.json(pusher().authorizeChannel(socketId, channel))
  return Response.json({ error: `Not allowed on ${channel}` }, { status: 403 })
}
