export * from './network.enums';
export * from './network.entity';
export * from './network-member.entity';
export * from './network.exception';
export * from './network.policy';
export * from './network-membership.service';
export * from './networks.module';
