import { NetworkMember } from './network-member.entity';
import { Network } from './network.entity';

export const NETWORK_ENTITIES = [Network, NetworkMember];
