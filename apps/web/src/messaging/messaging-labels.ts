import type { MessageReportReason } from '../graphql/generated/graphql';

/** The reactions offered, each with the word a screen reader says and the meaning shown beside it. */
export const REACTIONS: ReadonlyArray<{ emoji: string; word: string }> = [
  { emoji: '👍', word: 'Agree' },
  { emoji: '🙏', word: 'Thank you' },
  { emoji: '✅', word: 'Done' },
  { emoji: '👀', word: 'Looking into it' },
  { emoji: '❤️', word: 'Support' },
];

/** The word for an emoji; one sent by another client that we do not offer is named as a reaction. */
export function reactionWord(emoji: string): string {
  return REACTIONS.find((r) => r.emoji === emoji)?.word ?? 'Reaction';
}

/** Why a message is reported, in the moderators' words (the same list as the reported messages queue). */
export const REPORT_REASONS: ReadonlyArray<{ value: MessageReportReason; label: string }> = [
  { value: 'INTIMIDATION', label: 'Intimidation or threats' },
  { value: 'CHILD_PERSONAL_DATA', label: 'Personal data about a child' },
  { value: 'ABUSE_OR_HARASSMENT', label: 'Abuse or harassment' },
  { value: 'EXTREMIST_CONTENT', label: 'Extremist content' },
  { value: 'SPAM', label: 'Spam or advertising' },
  { value: 'OTHER', label: 'Something else' },
];

/** "you", a name, or "you, Hamid Head and 2 others": who reacted, first to react first. */
export function whoReacted(userIds: readonly string[], myId: string, nameOf: (userId: string) => string | undefined, shown = 3): string {
  const names = userIds.map((id) => (id === myId ? 'you' : (nameOf(id) ?? 'someone no longer here')));
  if (names.length <= shown) return joinNames(names);
  const rest = names.length - (shown - 1);
  return `${names.slice(0, shown - 1).join(', ')} and ${rest} others`;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? 'nobody';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A reaction as a button reads it out, e.g. "Agree (👍): 2, by you and Hamid Head". */
export function reactionLabel(reaction: { emoji: string; count: number; userIds: string[] }, myId: string, nameOf: (userId: string) => string | undefined): string {
  return `${reactionWord(reaction.emoji)} (${reaction.emoji}): ${reaction.count}, by ${whoReacted(reaction.userIds, myId, nameOf)}`;
}

/** "12 KB", "1.5 MB": a file's size as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

/** A media type as a word: "PDF", "PNG image". */
export function fileKind(mediaType: string): string {
  if (mediaType === 'application/pdf') return 'PDF';
  const image = /^image\/(png|jpeg|gif|webp)$/.exec(mediaType);
  if (image) return `${image[1] === 'jpeg' ? 'JPEG' : image[1].toUpperCase().replace('WEBP', 'WebP')} image`;
  return mediaType;
}

export type Presence = 'online' | 'away' | 'offline';

export const PRESENCE_TEXT: Readonly<Record<Presence, string>> = {
  online: 'Online',
  away: 'Away',
  offline: 'Offline',
};

/** "1 reply", "3 replies". */
export const replies = (count: number) => `${count} ${count === 1 ? 'reply' : 'replies'}`;

/** Minutes a moderator may mute someone for, in words. */
export const MUTE_CHOICES: ReadonlyArray<{ value: string; label: string }> = [
  { value: '60', label: '1 hour' },
  { value: '1440', label: '1 day' },
  { value: '10080', label: '1 week' },
];
