export * from './concern.enums';
export * from './concern-rules';
export * from './concerns.module';
export * from './deadlines/concern-escalation.service';
export * from './filing/concern.entity';
export * from './filing/concern-filing.service';
export * from './filing/concern-submission';
export * from './front-door/concern-decisions.service';
export * from './measures/concern-measures.service';
// The attachment store and type detection, for other domains' evidence (e.g. pressure reports).
export * from './attachments/attachment-store';
export * from './attachments/media-type';
export * from './attachments/upload-names';
export * from './attachments/upload-check';
