import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_IMPORT_BYTES } from './scr-csv';

@InputType({ description: 'A school’s single central record (its governors’ rows) exported from a spreadsheet as CSV.' })
export class ImportGovernanceRecordInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The school every row is for; a row naming another school_urn is refused. Without it, each row names its school_urn.',
  })
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @Field({
    description:
      'The CSV text, first row the column names: school_urn, full_name, date_of_birth, role, governor_category, trust_name, is_chair, ' +
      'regulated_activity, lived_abroad, appointed_on, term_ends_on, dbs_applied_on, dbs_on, dbs_certificate_number, barred_list_on, ' +
      'section_128_on, identity_on, right_to_work_on, overseas_on, secretary_of_state_on, disqualification_declaration_on, ' +
      'business_interests_declaration_on, checked_by. Dates YYYY-MM-DD or DD/MM/YYYY. At most 5,000 rows and 2 MB.',
  })
  @IsString()
  @MaxLength(MAX_IMPORT_BYTES)
  csv: string;
}
