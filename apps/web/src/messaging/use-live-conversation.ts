import { useCallback, useEffect, useRef, useState } from 'react';
import { emitWithAck, portalSocket } from '../api/socket';
import { applyEvents, type ConversationEvent, type ConversationState } from './conversation-state';

interface CatchUp {
  events: ConversationEvent[];
  hasMore: boolean;
  lastSequence: number;
}

/**
 * A conversation kept live over the socket: joins its room (after each connection, since rooms do
 * not survive one), catches up from the last event applied, applies live events in order, and
 * catches up again on a gap.
 */
export function useLiveConversation(conversationId: string, initial: ConversationState) {
  const [state, setState] = useState(initial);
  const [connected, setConnected] = useState(false);
  const [typing, setTyping] = useState<Map<string, number>>(new Map());
  const latest = useRef(state);
  latest.current = state;

  const catchUp = useCallback(async () => {
    for (let page = 0; page < 20; page++) {
      const ack = await emitWithAck<CatchUp>('conversation.join', { conversationId, afterSequence: latest.current.lastSequence });
      if (!ack.ok) return;
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
    const onTyping = (payload: { conversationId: string; userId: string }) => {
      if (payload.conversationId !== conversationId) return;
      setTyping((current) => new Map(current).set(payload.userId, Date.now()));
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('conversation.event', onEvent);
    socket.on('typing', onTyping);
    if (socket.connected) onConnect();
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('conversation.event', onEvent);
      socket.off('typing', onTyping);
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

  return { state, connected, typingUserIds: [...typing.keys()] };
}

export const TYPING_SHOWN_MS = 5000;
