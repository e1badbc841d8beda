import { useCallback, useEffect, useRef, useState } from 'react';
import { emitWithAck, portalSocket } from '../api/socket';
import { applyEvents, type ChatMessage, type ConversationEvent, type ConversationState, withEarlier } from './conversation-state';
import type { Presence } from './messaging-labels';

interface CatchUp {
  events: ConversationEvent[];
  hasMore: boolean;
  lastSequence: number;
}

/**
 * A conversation kept live over the socket: joins its room (after each connection, since rooms do
 * not survive one), catches up from the last event applied, applies live events in order, and
 * catches up again on a gap. Presence: who is connected (online or away), asked for after joining and
 * kept by the room's `presence` events; this tab says "away" while hidden.
 */
export function useLiveConversation(conversationId: string, initial: ConversationState) {
  const [state, setState] = useState(initial);
  const [connected, setConnected] = useState(false);
  const [typing, setTyping] = useState<Map<string, number>>(new Map());
  const [presence, setPresence] = useState<Record<string, Presence>>({});
  const latest = useRef(state);
  latest.current = state;

  const catchUp = useCallback(async () => {
    for (let page = 0; page < 20; page++) {
      const ack = await emitWithAck<CatchUp>('conversation.join', { conversationId, afterSequence: latest.current.lastSequence });
      if (!ack.ok) return;
      if (page === 0) void listPresence(conversationId).then((list) => list && setPresence(list));
      const next = applyEvents(latest.current, ack.data.events);
      latest.current = next;
      setState(next);
      if (!ack.data.hasMore) return;
    }
  }, [conversationId]);

  useEffect(() => {
    const socket = portalSocket();
    const onConnect = () => {
      setConnected(true);
      void catchUp();
    };
    const onDisconnect = () => setConnected(false);
    const onEvent = (event: ConversationEvent) => {
      if (event.conversationId !== conversationId) return;
      const next = applyEvents(latest.current, [event]);
      latest.current = next;
      setState(next);
      if (next.gap) void catchUp();
    };
    const onPresence = (payload: { conversationId: string; userId: string; status: Presence }) => {
      if (payload.conversationId !== conversationId) return;
      setPresence((current) => ({ ...current, [payload.userId]: payload.status }));
    };
    const onVisibility = () => {
      if (socket.connected) void emitWithAck('presence.set', { status: document.visibilityState === 'visible' ? 'online' : 'away' }).catch(() => undefined);
    };
    const onTyping = (payload: { conversationId: string; userId: string }) => {
      if (payload.conversationId !== conversationId) return;
      setTyping((current) => new Map(current).set(payload.userId, Date.now()));
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('conversation.event', onEvent);
    socket.on('typing', onTyping);
    socket.on('presence', onPresence);
    document.addEventListener('visibilitychange', onVisibility);
    if (socket.connected) onConnect();
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('conversation.event', onEvent);
      socket.off('typing', onTyping);
      socket.off('presence', onPresence);
      document.removeEventListener('visibilitychange', onVisibility);
      void emitWithAck('conversation.leave', { conversationId }).catch(() => undefined);
    };
  }, [conversationId, catchUp]);

  // Someone stops "typing" five seconds after their last keystroke reached us.
  useEffect(() => {
    if (!typing.size) return;
    const timer = window.setTimeout(() => {
      const now = Date.now();
      setTyping((current) => new Map([...current].filter(([, at]) => now - at < TYPING_SHOWN_MS)));
    }, 1000);
    return () => window.clearTimeout(timer);
  }, [typing]);

  const addEarlier = useCallback((messages: ChatMessage[]) => {
    const next = withEarlier(latest.current, messages);
    latest.current = next;
    setState(next);
  }, []);

  return { state, connected, typingUserIds: [...typing.keys()], presence, addEarlier };
}

async function listPresence(conversationId: string): Promise<Record<string, Presence> | null> {
  try {
    const ack = await emitWithAck<Array<{ userId: string; status: Presence }>>('presence.list', { conversationId });
    return ack.ok ? Object.fromEntries(ack.data.map((p) => [p.userId, p.status])) : null;
  } catch {
    return null;
  }
}

export const TYPING_SHOWN_MS = 5000;
