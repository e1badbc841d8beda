import { Module } from '@nestjs/common';
import { RegisterCoreModule } from '@safeguard/register';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [RegisterCoreModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
