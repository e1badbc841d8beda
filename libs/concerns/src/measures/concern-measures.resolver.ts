import { Args, Query, Resolver } from '@nestjs/graphql';
import { addMonths, defaultTermOf, londonToday } from '@safeguard/calendar';
import { CommonException } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { ConcernPolicy } from '../concern.policy';
import { ConcernMeasures, ConcernMeasuresArgs } from './concern-measures.models';
import { ConcernMeasuresService, MeasuresPeriod } from './concern-measures.service';

/** The longest period one request may measure, so one query cannot read an authority's whole history. */
const MAX_PERIOD_MONTHS = 24;

@Resolver()
export class ConcernMeasuresResolver {
  constructor(
    private readonly measures: ConcernMeasuresService,
    private readonly policy: ConcernPolicy,
  ) {}

  @Query(() => ConcernMeasures, { description: 'The front door’s figures over a period, the current term by default (the authority’s team and HMI).' })
  @Authorize(Permission.ReadConcerns)
  concernMeasures(@CurrentActor() actor: Actor, @Args() args: ConcernMeasuresArgs): Promise<ConcernMeasures> {
    const la = this.policy.defaultArea(actor, args.localAuthorityId);
    this.policy.assertCanReadArea(actor, la);
    return this.measures.measures(la, periodOf(args));
  }
}

function periodOf(args: ConcernMeasuresArgs): MeasuresPeriod {
  const term = defaultTermOf(londonToday());
  const from = args.from ?? term.startsOn;
  const to = args.to ?? term.endsOn;
  if (from > to) throw CommonException.invalidInput('to', 'The period must end on or after the day it starts');
  if (to >= addMonths(from, MAX_PERIOD_MONTHS)) {
    throw CommonException.invalidInput('to', `The period can be at most ${MAX_PERIOD_MONTHS / 12} years long`);
  }
  return { from, to };
}
