import { Module } from '@nestjs/common';

/** Each school's Prevent duty record and termly safeguarding return (filled in by its own work). */
@Module({})
export class PreventDutyModule {}
