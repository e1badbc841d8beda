import { DataSource } from 'typeorm';
import { byKeys, requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { PracticeAuthorModel } from './practice.models';

/** Users' names by id, batched per request. Callers decide first whether a name may be shown. */
export function practiceUsers(dataSource: DataSource, context: GraphQLRequestContext) {
  return requestLoader<string, PracticeAuthorModel | null>(context, 'practiceUser', async (ids) => {
    const rows: PracticeAuthorModel[] = await dataSource.query('SELECT id, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[])', [[...ids]]);
    return byKeys(ids, rows, (u) => u.id);
  });
}
