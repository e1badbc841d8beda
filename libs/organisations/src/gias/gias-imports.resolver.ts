import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CommonException, ConnectionArgs } from '@safeguard/platform';
import { Authorize, Permission } from '@safeguard/policy';
import { GiasImportConnection, GiasImportModel } from './gias-import.models';
import { GiasImportRun } from './gias-import-run.entity';
import { GiasImportRunsService } from './gias-import-runs.service';

@Resolver(() => GiasImportModel)
export class GiasImportsResolver {
  constructor(private readonly runs: GiasImportRunsService) {}

  @Query(() => GiasImportConnection, { description: 'ADMIN: runs of the GIAS import, newest first, with their progress and counts.' })
  @Authorize(Permission.ManageOrganisations)
  giasImports(@Args() args: ConnectionArgs) {
    return this.runs.list(args);
  }

  @Query(() => GiasImportModel, { description: 'ADMIN: one run of the GIAS import, with its refused rows.' })
  @Authorize(Permission.ManageOrganisations)
  async giasImport(@Args('id', { type: () => ID, description: 'The run.' }) id: string): Promise<GiasImportRun> {
    const run = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? await this.runs.findById(id) : null;
    if (!run) throw CommonException.notFound('The GIAS import');
    return run;
  }
}
