import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { RegisterDashboardFilter, RegisterDashboardModel } from './dashboard.models';
import { RegisterDashboardService } from './register-dashboard.service';
import { RegisterExportService } from './register-export.service';

@Resolver(() => RegisterDashboardModel)
export class RegisterDashboardResolver {
  constructor(
    private readonly dashboards: RegisterDashboardService,
    private readonly exports: RegisterExportService,
  ) {}

  @Query(() => RegisterDashboardModel, { description: 'Counts for one authority’s register (its team and HMI).' })
  @Authorize(Permission.ReadRegister)
  registerDashboard(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true, type: () => RegisterDashboardFilter, description: 'Which authority and school type.' })
    filter?: RegisterDashboardFilter,
  ) {
    return this.dashboards.dashboard(actor, filter ?? {});
  }

  @Query(() => String, { description: 'The authority’s register as CSV (every child in it is an audited read).' })
  @Authorize(Permission.ReadRegister)
  registerExport(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true, type: () => RegisterDashboardFilter, description: 'Which authority and school type.' })
    filter?: RegisterDashboardFilter,
  ) {
    return this.exports.csv(actor, filter ?? {});
  }
}
