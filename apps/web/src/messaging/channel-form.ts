import type { ChannelVisibility } from '../graphql/generated/graphql';
import type { FieldError } from '../layout/error-summary';

export interface ChannelForm {
  name: string;
  topic: string;
  visibility: ChannelVisibility | '';
  memberIds: string[];
}

/** The api's rules for a new channel (CreateChannelInput), checked before sending. */
export function checkChannel(form: ChannelForm): FieldError[] {
  const errors: FieldError[] = [];
  const name = form.name.trim();
  if (!name) errors.push({ field: 'name', message: 'Enter a name for the channel' });
  else if (name.length < 2) errors.push({ field: 'name', message: 'Channel name must be 2 characters or more' });
  else if (name.length > 80) errors.push({ field: 'name', message: 'Channel name must be 80 characters or fewer' });
  if (form.topic.trim().length > 300) errors.push({ field: 'topic', message: 'What it is for must be 300 characters or fewer' });
  if (!form.visibility) errors.push({ field: 'visibility', message: 'Select who can see the channel' });
  return errors;
}

/** Choosing people for a direct conversation: at least one, and no more than the api allows. */
export function checkPeople(userIds: readonly string[], max = 8): FieldError[] {
  if (!userIds.length) return [{ field: 'people', message: 'Select at least one person to message' }];
  if (userIds.length > max) return [{ field: 'people', message: `Select ${max} people or fewer` }];
  return [];
}
