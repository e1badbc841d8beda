import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@ObjectType('SignedInSession', { description: 'One of your signed-in sessions (a browser or device).' })
export class SignedInSessionModel {
  @Field(() => ID, { description: 'Identifier, for `revokeSession`.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The browser or device that signed in (its User-Agent header).' })
  userAgent: string | null;

  @Field(() => String, { nullable: true, description: 'The IP address it signed in from.' })
  ipAddress: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it signed in.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it was last used (to within a minute).' })
  lastUsedAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it ends at the latest, however much it is used.' })
  expiresAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it ends if it is not used before then (idle timeout).' })
  idleExpiresAt: Date;

  @Field({ description: 'True for the session making this request.' })
  current: boolean;
}

@InputType({ description: 'The session to end.' })
export class RevokeSessionInput {
  @Field(() => ID, { description: 'A session id from `mySessions`.' })
  @IsUUID()
  sessionId: string;
}

@InputType({ description: 'Which of your sessions to end.' })
export class RevokeAllSessionsInput {
  @Field({ nullable: true, defaultValue: false, description: 'Also end the session making this request (signs you out here too).' })
  @IsOptional()
  @IsBoolean()
  includeCurrent?: boolean;
}

@InputType({ description: 'Your current password and the new one.' })
export class ChangePasswordInput {
  @Field({ description: 'The password you sign in with now.' })
  @IsString()
  @MaxLength(1024)
  currentPassword: string;

  @Field({ description: 'The new password: 12 to 128 characters, not a common one.' })
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}

@InputType({ description: 'The account whose password was forgotten.' })
export class RequestPasswordResetInput {
  @Field({ description: 'Its e-mail address; a reset link is sent there if it belongs to an active account.' })
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;
}

@InputType({ description: 'The token from a password-reset e-mail and the new password.' })
export class ResetPasswordInput {
  @Field({ description: 'Token from the reset link; it works once, within an hour.' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  token: string;

  @Field({ description: 'The new password: 12 to 128 characters, not a common one.' })
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}
