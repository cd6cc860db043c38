'use server'

import { type ChatUser, type Message, ROOM } from '../lib/chat'
import { pusher } from '../lib/pusher'

// Server actions are public endpoints: a real app takes the sender from its session, not from an argument.

/** Sends a message to the room through the SDK; everyone in it (the sender too) receives `message`. */
export async function sendMessage(me: ChatUser, text: string): Promise<void> {
  const trimmed = text.trim().slice(0, 2000)
  if (!trimmed) return
  const message: Message = { id: crypto.randomUUID(), userId: me.id, name: me.name, text: trimmed }
  await pusher().trigger(ROOM, 'message', message)
}

/** Waves at everyone else: `socket_id` leaves the sender's own connection out. */
export async function wave(me: ChatUser, socketId: string | undefined): Promise<void> {
  await pusher().trigger(ROOM, 'wave', { name: me.name }, socketId ? { socket_id: socketId } : undefined)
}
