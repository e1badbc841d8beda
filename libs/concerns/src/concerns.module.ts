import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CONCERN_ENTITIES } from './concern-entities';

/** Safeguarding concerns and the council's front door: services for every process. */
@Module({
  imports: [TypeOrmModule.forFeature(CONCERN_ENTITIES)],
})
export class ConcernsCoreModule {}

/** The api's concerns: GraphQL and attachment routes on top of the core. */
@Module({ imports: [ConcernsCoreModule] })
export class ConcernsModule {}
