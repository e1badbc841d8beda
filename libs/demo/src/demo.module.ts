import { Module } from '@nestjs/common';
import { ConcernsCoreModule } from '@safeguard/concerns';
import { GovernanceCoreModule } from '@safeguard/governance';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [ConcernsCoreModule, GovernanceCoreModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
