import { Module } from '@nestjs/common';
import { ConcernsCoreModule } from '@safeguard/concerns';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [ConcernsCoreModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
