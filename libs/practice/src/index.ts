export * from './entries/practice-entries.service';
export * from './entries/practice-entry.entity';
export * from './engagement/practice-engagement.service';
export * from './practice.enums';
export * from './practice.module';
export * from './practice-tags';
