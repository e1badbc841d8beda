import { CommonException } from '@safeguard/platform';
import { MESSAGING_RULES } from '../messaging-rules';

/** The body as stored: refused when blank, too long, or carrying characters PostgreSQL cannot keep. */
export function checkedBody(body: unknown, field = 'body'): string {
  if (typeof body !== 'string' || !body.trim()) throw CommonException.invalidInput(field, 'Write a message');
  if (body.length > MESSAGING_RULES.maxBodyChars) {
    throw CommonException.invalidInput(field, `A message can be at most ${MESSAGING_RULES.maxBodyChars} characters`);
  }
  if (body.includes('\u0000')) throw CommonException.invalidInput(field, 'A message cannot contain NUL characters');
  return body.trimEnd();
}

const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Emoji_Component}|\u200d|\ufe0f)+$/u;

/** A reaction is one emoji (a ZWJ sequence or skin tone included), nothing else. */
export function checkedEmoji(emoji: unknown): string {
  if (typeof emoji !== 'string' || emoji.length > MESSAGING_RULES.maxEmojiChars || !EMOJI.test(emoji) || !/\p{Extended_Pictographic}/u.test(emoji)) {
    throw CommonException.invalidInput('emoji', 'A reaction must be a single emoji');
  }
  return emoji;
}
