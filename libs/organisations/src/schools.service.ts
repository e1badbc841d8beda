import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { CommonException, ConnectionShape, paginate } from '@safeguard/platform';
import { LocalAuthority } from './local-authority.entity';
import { School } from './school.entity';
import { SchoolsArgs } from './schools.args';

/** Schools and local authorities are public GIAS facts: every signed-in user may read them. */
@Injectable()
export class SchoolsService {
  constructor(
    @InjectRepository(School) private readonly schools: Repository<School>,
    @InjectRepository(LocalAuthority) private readonly localAuthorities: Repository<LocalAuthority>,
  ) {}

  list(args: SchoolsArgs): Promise<ConnectionShape<School>> {
    const query = this.schools.createQueryBuilder('school');
    const f = args.filter;
    if (f?.localAuthorityCode) {
      query
        .innerJoin('school.localAuthority', 'la')
        .andWhere('la.code = :code', { code: f.localAuthorityCode });
    }
    if (f?.typeGroup) query.andWhere('school.typeGroup = :typeGroup', { typeGroup: f.typeGroup });
    if (f?.name) {
      const escaped = f.name.replace(/[\\%_]/g, (c) => `\\${c}`);
      query.andWhere('school.name ILIKE :name', { name: `%${escaped}%` });
    }
    return paginate(query, { columns: ['school.name', 'school.id'], keyOf: (s) => [s.name, s.id] }, args);
  }

  findById(id: string): Promise<School | null> {
    return this.schools.findOneBy({ id });
  }

  findByUrn(urn: number): Promise<School | null> {
    return this.schools.findOneBy({ urn });
  }

  /**
   * The school with this URN, or BAD_USER_INPUT on `field` naming the URN. Pass the caller's
   * transaction when it may itself have just written the school (imports, the demo seed).
   */
  async requireByUrn(urn: number, field: string, manager?: EntityManager): Promise<School> {
    const school = await (manager ?? this.schools.manager).findOneBy(School, { urn });
    if (!school) throw CommonException.invalidInput(field, `No school has URN ${urn}`);
    return school;
  }

  localAuthoritiesByIds(ids: readonly string[]): Promise<LocalAuthority[]> {
    return this.localAuthorities.findBy({ id: In([...ids]) });
  }

  schoolsByIds(ids: readonly string[]): Promise<School[]> {
    return this.schools.findBy({ id: In([...ids]) });
  }

  findLocalAuthorityByCode(code: string): Promise<LocalAuthority | null> {
    return this.localAuthorities.findOneBy({ code });
  }

  allLocalAuthorities(): Promise<LocalAuthority[]> {
    return this.localAuthorities.find({ order: { name: 'ASC' } });
  }
}
