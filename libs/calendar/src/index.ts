export * from './academic-term';
export * from './bank-holidays';
export * from './iso-date';
export * from './school-days';
export * from './london-time';
