import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { ImportGovernanceRecordInput } from './governance-import.input';
import { GovernanceImportReport } from './governance-import.model';
import { GovernanceImportService } from './governance-import.service';

@Resolver()
export class GovernanceImportResolver {
  constructor(private readonly imports: GovernanceImportService) {}

  @Mutation(() => GovernanceImportReport, {
    description:
      'Brings a school’s existing single central record (its governors’ rows, as CSV) into the portal, checked as if recorded by hand. ' +
      'Rows are independent; the report lists each refused row and why. Importing the same file again adds nothing.',
  })
  @Authorize(Permission.RecordGovernance)
  importGovernanceRecord(@CurrentActor() actor: Actor, @Args('input') input: ImportGovernanceRecordInput): Promise<GovernanceImportReport> {
    return this.imports.import(actor, input);
  }
}
