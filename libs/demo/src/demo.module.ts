import { Module } from '@nestjs/common';
import { ConcernsCoreModule } from '@safeguard/concerns';
import { EncryptionModule } from '@safeguard/encryption';
import { GovernanceCoreModule } from '@safeguard/governance';
import { NetworksCoreModule } from '@safeguard/networks';
import { PressureCoreModule } from '@safeguard/pressure';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [EncryptionModule, ConcernsCoreModule, GovernanceCoreModule, NetworksCoreModule, PressureCoreModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
