import { Injectable } from '@nestjs/common';
import { AuditService } from '@safeguard/audit';
import { Actor } from '@safeguard/policy';

/** Every read of a child's record leaves an audit event naming the child and why it was read. */
@Injectable()
export class ChildReads {
  constructor(private readonly audit: AuditService) {}

  async record(actor: Actor, children: ReadonlyArray<{ id: string; localAuthorityId: string }>, purpose: string): Promise<void> {
    const unique = [...new Map(children.map((c) => [c.id, c])).values()];
    if (!unique.length) return;
    await this.audit.recordMany(
      null,
      actor,
      unique.map((child) => ({
        action: 'register.read_child',
        entityType: 'Child',
        entityId: child.id,
        localAuthorityId: child.localAuthorityId,
        details: { purpose },
      })),
    );
  }
}
