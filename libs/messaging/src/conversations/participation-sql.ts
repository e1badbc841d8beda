import { canTakePartSql } from '@safeguard/networks';

/**
 * The participation rule of ConversationAccess, as SQL for list, search and send statements, so
 * the rule is written once. `c` is the conversations alias, `me` the user expression, and `today`
 * and `roles` the parameters canTakePartSql expects (takePartParams()).
 */

/** `me` is an active member of the conversation's network (always true for a direct conversation). */
export const inNetworkSql = (c: string, me: string): string =>
  `(${c}.network_id IS NULL OR EXISTS (SELECT 1 FROM network_members nm
     WHERE nm.network_id = ${c}.network_id AND nm.user_id = ${me} AND nm.status = 'ACTIVE'))`;

/** `me` takes part: an active member of the conversation, still in its network, still able to take part. */
export const takesPartSql = (c: string, me: string, today: string, roles: string): string =>
  `(EXISTS (SELECT 1 FROM conversation_members cm WHERE cm.conversation_id = ${c}.id AND cm.user_id = ${me} AND cm.status = 'ACTIVE')
    AND ${inNetworkSql(c, me)} AND ${canTakePartSql(me, today, roles)})`;

/** `me` reads it as a member: takes part, or is in the network of a public channel (and can take part). */
export const readsAsMemberSql = (c: string, me: string, today: string, roles: string): string =>
  `(${takesPartSql(c, me, today, roles)}
    OR (${c}.visibility = 'PUBLIC' AND ${inNetworkSql(c, me)} AND ${canTakePartSql(me, today, roles)}))`;
