import { Module } from '@nestjs/common';
import { ConcernsCoreModule } from '@safeguard/concerns';
import { GovernanceCoreModule } from '@safeguard/governance';
import { NetworksCoreModule } from '@safeguard/networks';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [ConcernsCoreModule, GovernanceCoreModule, NetworksCoreModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
