import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { publishOnCommit, userRoom } from '@safeguard/realtime';

/** Told to a person's sockets (on every instance) when what they may read changed: rooms are re-checked at once. */
export const ACCESS_CHANGED = 'access.changed';

@Injectable()
export class AccessChanges {
  /** After the commit, every instance re-checks these people's sockets' conversation rooms. */
  async publish(manager: EntityManager, userIds: readonly string[]): Promise<void> {
    for (const userId of new Set(userIds)) {
      await publishOnCommit(manager, { room: userRoom(userId), event: ACCESS_CHANGED, payload: {} });
    }
  }
}
