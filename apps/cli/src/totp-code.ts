// Straight to the two files, not the libraries' indexes: they load the whole app and take seconds.
import { totpCodeAt } from '../../../libs/accounts/src/totp';
import { DEMO_TOTP_SECRET } from '../../../libs/demo/src/demo-accounts';

/**
 * `npm run totp:code [SECRET]`: the code an authenticator app shows now for the demo secret (or the
 * one given), for trying the API without an app. Never useful in production: the demo is not seeded there.
 */
console.log(totpCodeAt(process.argv[2] ?? DEMO_TOTP_SECRET, Date.now() / 1000));
