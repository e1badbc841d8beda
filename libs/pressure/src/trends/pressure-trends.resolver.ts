import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { PressureTrendsArgs, PressureTrendsModel } from './pressure-trends.models';
import { PressureTrendsService } from './pressure-trends.service';

@Resolver()
export class PressureTrendsResolver {
  constructor(private readonly trends: PressureTrendsService) {}

  @Query(() => PressureTrendsModel, {
    description: 'Counts of reports by category, curriculum area, month, kind of school and authority, naming no school: the council and HMI count their authority’s; schools count only shared reports.',
  })
  @Authorize(Permission.ReadPressureReports)
  pressureTrends(@CurrentActor() actor: Actor, @Args() args: PressureTrendsArgs) {
    return this.trends.trends(actor, args.filter);
  }

  @Query(() => String, { description: 'The authority’s trends as CSV (one row per month, category, curriculum area and kind of school), for its team and HMI.' })
  @Authorize(Permission.ReadPressureReports)
  pressureTrendsCsv(@CurrentActor() actor: Actor, @Args() args: PressureTrendsArgs) {
    return this.trends.csv(actor, args.filter);
  }
}
