import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { byKeys, requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { SafeguardingReturnModel } from './safeguarding-return.models';

@Resolver(() => SafeguardingReturnModel)
export class SafeguardingReturnResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField('submittedByName', () => String, { nullable: true, description: 'The name of who submitted it.' })
  submittedByName(@Parent() made: SafeguardingReturnModel, @Context() context: GraphQLRequestContext): Promise<string | null> | null {
    if (!made.submittedById) return null;
    return requestLoader<string, string | null>(context, 'safeguardingReturnSubmitter', async (ids) => {
      const rows: Array<{ id: string; display_name: string }> = await this.dataSource.query(
        'SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])',
        [[...ids]],
      );
      return byKeys(ids, rows, (r) => r.id).map((r) => r?.display_name ?? null);
    }).load(made.submittedById);
  }
}
