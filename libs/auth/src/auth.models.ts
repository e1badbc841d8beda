import { Field, GraphQLISODateTime, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { UserModel } from '@safeguard/accounts';

@ObjectType({ description: 'Tokens for a signed-in session.' })
export class AuthPayload {
  @Field({ description: 'Short-lived bearer token for `Authorization: Bearer …` and the socket handshake.' })
  accessToken: string;

  @Field(() => GraphQLISODateTime, { description: 'When the access token expires; refresh before then.' })
  accessTokenExpiresAt: Date;

  @Field({ description: 'One-time token to obtain the next pair; using it twice ends the session.' })
  refreshToken: string;

  @Field(() => UserModel, { description: 'The signed-in user.' })
  user: UserModel;
}

@InputType({ description: 'E-mail and password.' })
export class LoginInput {
  @Field({ description: 'E-mail address.' })
  @IsString()
  @MaxLength(254)
  email: string;

  @Field({ description: 'Password.' })
  @IsString()
  @MaxLength(1024)
  password: string;
}

@InputType({ description: 'The refresh token from the last sign-in or refresh.' })
export class RefreshSessionInput {
  @Field({ description: 'Refresh token.' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  refreshToken: string;
}

@InputType({ description: 'The token from an invitation e-mail and the password to sign in with.' })
export class AcceptInvitationInput {
  @Field({ description: 'Token from the invitation link.' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  token: string;

  @Field({ description: 'A new password (at least 12 characters), or the current one for an existing account.' })
  @IsString()
  @MaxLength(1024)
  password: string;
}
