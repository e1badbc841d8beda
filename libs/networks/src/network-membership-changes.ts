import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NetworkMemberStatus } from './network.enums';

/** A person's standing with a network changed (in the transaction that changed it). */
export interface NetworkMembershipChange {
  networkId: string;
  userId: string;
  status: NetworkMemberStatus;
}

export type NetworkMembershipListener = (manager: EntityManager, change: NetworkMembershipChange) => Promise<void>;

/**
 * Lets other domains act on membership changes inside the same transaction (messaging takes a
 * person who left out of the network's conversations) without networks depending on them.
 */
@Injectable()
export class NetworkMembershipChanges {
  private readonly listeners: NetworkMembershipListener[] = [];

  subscribe(listener: NetworkMembershipListener): void {
    this.listeners.push(listener);
  }

  async changed(manager: EntityManager, change: NetworkMembershipChange): Promise<void> {
    for (const listener of this.listeners) await listener(manager, change);
  }
}
