export * from './gias/gias-import.service';
export * from './gias/gias-row';
export * from './local-authority.entity';
export * from './organisation.models';
export * from './organisations.module';
export * from './school-type-group';
export * from './school.entity';
export * from './schools.service';
