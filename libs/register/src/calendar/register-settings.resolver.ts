import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { AddSchoolHolidayInput, SetRegisterRuleInput } from '../entries/entry.inputs';
import { RegisterRulesModel, SchoolHolidayModel } from '../register.models';
import { SchoolCalendarService } from './school-calendar.service';

@Resolver()
export class RegisterSettingsResolver {
  constructor(private readonly calendars: SchoolCalendarService) {}

  @Query(() => [SchoolHolidayModel], { description: 'An authority’s school holidays, which deadlines skip.' })
  @Authorize(Permission.ReadRegister)
  schoolHolidays(
    @CurrentActor() actor: Actor,
    @Args('localAuthorityId', { type: () => ID, description: 'The local authority.' }) localAuthorityId: string,
  ) {
    return this.calendars.holidays(actor, localAuthorityId);
  }

  @Query(() => RegisterRulesModel, { description: 'The statutory and policy numbers in force in an authority.' })
  @Authorize(Permission.ReadRegister)
  registerRules(
    @CurrentActor() actor: Actor,
    @Args('localAuthorityId', { type: () => ID, description: 'The local authority.' }) localAuthorityId: string,
  ) {
    return this.calendars.rules(actor, localAuthorityId);
  }

  @Mutation(() => SchoolHolidayModel, { description: 'An LA manager adds a school holiday or half-term to the authority’s calendar.' })
  @Authorize(Permission.SignOffRegister)
  addSchoolHoliday(@CurrentActor() actor: Actor, @Args('input') input: AddSchoolHolidayInput) {
    return this.calendars.addHoliday(actor, input);
  }

  @Mutation(() => SchoolHolidayModel, { description: 'An LA manager removes a school holiday from the calendar.' })
  @Authorize(Permission.SignOffRegister)
  removeSchoolHoliday(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The holiday.' }) id: string) {
    return this.calendars.removeHoliday(actor, id);
  }

  @Mutation(() => RegisterRulesModel, { description: 'An LA manager sets one register rule for the authority (null restores the default).' })
  @Authorize(Permission.SignOffRegister)
  setRegisterRule(@CurrentActor() actor: Actor, @Args('input') input: SetRegisterRuleInput) {
    return this.calendars.setRule(actor, input.localAuthorityId, input.rule, input.value ?? null);
  }
}
