import { userFromName } from '../../../../lib/chat'
import { pusher } from '../../../../lib/pusher'

/** User authentication: pusher-js's `signin()` POSTs `socket_id` here (form-encoded). */
export async function POST(request: Request) {
  const form = await request.formData()
  const socketId = form.get('socket_id')
  const name = form.get('user_name')
  if (typeof socketId !== 'string') return Response.json({ error: 'socket_id is required' }, { status: 400 })
  if (typeof name !== 'string' || !name.trim()) return Response.json({ error: 'Join first' }, { status: 403 })
  const user = userFromName(name)
  return Response.json(pusher().authenticateUser(socketId, { id: user.id, user_info: { name: user.name } }))
}
