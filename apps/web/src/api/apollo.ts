import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap, throwError } from 'rxjs';
import { sessionStore } from '../auth/session-store';

/** The first refusal's code (`extensions.code`), if the error came from the api. */
export function errorCode(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.extensions?.code as string | undefined;
  return undefined;
}

const withToken = new SetContextLink((previous) => {
  const token = sessionStore.accessToken;
  return { headers: { ...previous.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

/** An expired access token is refreshed once and the operation sent again; the user sees nothing. */
const refreshOnExpiry = new ErrorLink(({ error, operation, forward }) => {
  if (errorCode(error) !== 'UNAUTHENTICATED' || operation.getContext().retried || !sessionStore.current) return;
  return from(sessionStore.refresh()).pipe(
    switchMap((session) => {
      if (!session) return throwError(() => error);
      operation.setContext({ retried: true });
      return forward(operation);
    }),
  );
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([refreshOnExpiry, withToken, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});

// A new person signing in must never see the last one's cached data.
sessionStore.subscribe((session) => {
  if (!session) void apolloClient.clearStore();
});
