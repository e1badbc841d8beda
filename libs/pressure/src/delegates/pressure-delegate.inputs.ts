import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@InputType({ description: 'A DSL or governance clerk of your school, to name as a delegate or to remove.' })
export class PressureDelegateInput {
  @Field(() => ID, { nullable: true, description: 'Your school, when you lead several.' })
  @IsOptional() @IsUUID()
  schoolId?: string;

  @Field(() => ID, { description: 'The person (a DSL or governance clerk of the school).' })
  @IsUUID()
  userId: string;
}
