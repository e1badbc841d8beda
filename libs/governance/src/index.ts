export * from './governance.enums';
export * from './governance-rules';
export * from './governance.module';
export * from './governance.policy';
export * from './alerts/governance-alerts.service';
export * from './overview/governance-overview.service';
export * from './people/governance-record.service';
