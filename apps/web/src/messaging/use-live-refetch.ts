import { useEffect } from 'react';
import { emitWithAck, portalSocket } from '../api/socket';

/**
 * Keeps a list of conversations current: joins their rooms (from their latest event, so nothing is
 * replayed) and refetches the list, at most once a second, when any of them changes.
 */
export function useLiveRefetch(conversations: Array<{ id: string; lastEventSequence: number }>, refetch: () => unknown) {
  const key = conversations.map((c) => `${c.id}:${c.lastEventSequence}`).join(',');
  useEffect(() => {
    if (!conversations.length) return;
    const socket = portalSocket();
    const ids = new Set(conversations.map((c) => c.id));
    let timer: number | undefined;
    const join = () => {
      for (const c of conversations) {
        void emitWithAck('conversation.join', { conversationId: c.id, afterSequence: c.lastEventSequence, first: 1 }).catch(() => undefined);
      }
    };
    const onEvent = (event: { conversationId: string }) => {
      if (!ids.has(event.conversationId) || timer) return;
      timer = window.setTimeout(() => {
        timer = undefined;
        void refetch();
      }, 1000);
    };
    socket.on('connect', join);
    socket.on('conversation.event', onEvent);
    if (socket.connected) join();
    return () => {
      socket.off('connect', join);
      socket.off('conversation.event', onEvent);
      window.clearTimeout(timer);
    };
  }, [key, refetch]); // key stands for the ids and sequences
}
