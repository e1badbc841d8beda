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

@ObjectType({
  description:
    'The first step of signing in succeeded (the password was right). No session exists yet: send the challenge token with a code to `verifySignInCode`.',
})
export class SignInChallenge {
  @Field({ description: 'Proof that the password was right, for `verifySignInCode` (and `startTotpEnrolment`). Keep it secret; it completes one sign-in.' })
  challengeToken: string;

  @Field({
    description:
      'True when the account has no authenticator app yet: call `startTotpEnrolment`, add the secret to the app, then confirm with a code from it. Nothing else is reachable until then.',
  })
  enrolmentRequired: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When the challenge stops working; sign in again with the password after that.' })
  expiresAt: Date;
}

@ObjectType({ description: 'A new authenticator-app setup: show the QR code (or the secret) and the recovery codes once.' })
export class TotpEnrolment {
  @Field({ description: 'The shared secret (base32), for typing into an app that cannot scan.' })
  secret: string;

  @Field({ description: 'The `otpauth://totp/…` URI the QR code holds.' })
  otpauthUri: string;

  @Field({ description: 'The QR code as a `data:image/png;base64,…` URL, ready for an `<img>`.' })
  qrCodeDataUrl: string;

  @Field(() => [String], {
    description: 'Ten recovery codes, each usable once instead of an app code. Shown only now; they work once the app is confirmed.',
  })
  recoveryCodes: string[];
}

@InputType({ description: 'The challenge from `login` (or `acceptInvitation`) and a code.' })
export class VerifySignInCodeInput {
  @Field({ description: 'The challenge token from `login`.' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  challengeToken: string;

  @Field({ description: 'The 6-digit code the authenticator app shows now, or one unused recovery code (XXXX-XXXX-XXXX-XXXX).' })
  @IsString()
  @MinLength(6)
  @MaxLength(40)
  code: string;
}

@InputType({ description: 'The challenge of a sign-in whose account has no authenticator app yet.' })
export class StartTotpEnrolmentInput {
  @Field({ description: 'The challenge token from `login`, whose `enrolmentRequired` was true.' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  challengeToken: string;
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

  @Field({ description: 'A new password (12 to 128 characters, not a common one), or the current one for an existing account.' })
  @IsString()
  @MaxLength(1024)
  password: string;
}
