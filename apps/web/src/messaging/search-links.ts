/** Where a found message is shown: a thread reply in its open thread, any other message in its conversation. */
export function messageLink(message: { id: string; conversationId: string; parentId?: string | null }): string {
  const base = `/messages/${encodeURIComponent(message.conversationId)}`;
  return message.parentId
    ? `${base}?${new URLSearchParams({ thread: message.parentId, message: message.id })}`
    : `${base}?${new URLSearchParams({ message: message.id })}`;
}

/** People to choose from for a direct conversation or an invitation: each once, by name, never yourself. */
export function peopleToChoose<T extends { userId: string; displayName: string }>(people: readonly T[], myId: string, exclude: Iterable<string> = []): T[] {
  const skip = new Set([myId, ...exclude]);
  const byId = new Map<string, T>();
  for (const person of people) if (!skip.has(person.userId) && !byId.has(person.userId)) byId.set(person.userId, person);
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
}
