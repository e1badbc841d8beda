import { createHash, randomUUID } from 'node:crypto';
import { ReadStream } from 'node:fs';
import { FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@safeguard/config';
import { ConcernException, ConcernRefusal } from '../concern.exception';
import { HEAD_BYTES } from './media-type';

export interface StoredFile {
  /** `<yyyy>/<mm>/<uuid>`, chosen here and never from anything the uploader sent. */
  key: string;
  byteSize: number;
  /** Hex SHA-256 of the content. */
  sha256: string;
  /** The first bytes, enough to tell the type. */
  head: Buffer;
}

const KEY = /^\d{4}\/\d{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MIB = 1024 * 1024;

/** The refusal for a file over the limit (413 on the REST route). */
export function attachmentTooLarge(maxBytes: number): ConcernException {
  const limit = maxBytes >= MIB ? `${Number((maxBytes / MIB).toFixed(1))} MB` : `${Math.floor(maxBytes / 1024)} KB`;
  return new ConcernException(
    ConcernRefusal.ATTACHMENT_REFUSED,
    `The file is larger than ${limit}`,
    'file',
    HttpStatus.PAYLOAD_TOO_LARGE,
  );
}

async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) {
    offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
  }
}

/**
 * Attachment files on local disk, readable only by the service's own user. A file appears under
 * its key only once complete and flushed, so a crash leaves at most a `.part` file behind.
 */
@Injectable()
export class AttachmentStore {
  private readonly logger = new Logger(AttachmentStore.name);
  private readonly root: string;

  constructor(config: AppConfig) {
    this.root = config.attachments.dir;
  }

  /**
   * Streams the source to disk, counting bytes as they come. Over the limit it stops reading,
   * deletes what it wrote and refuses; the source is left paused for the caller to drain or close.
   */
  async write(source: Readable, maxBytes: number): Promise<StoredFile> {
    const now = new Date();
    const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
    const path = this.pathOf(key);
    const temp = `${path}.part`;
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headLength = 0;
    let byteSize = 0;
    try {
      const handle = await open(temp, 'wx', 0o600);
      try {
        for await (const chunk of source.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer | string>) {
          const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
          byteSize += bytes.length;
          if (byteSize > maxBytes) throw attachmentTooLarge(maxBytes);
          hash.update(bytes);
          if (headLength < HEAD_BYTES) {
            const part = bytes.subarray(0, HEAD_BYTES - headLength);
            head.push(part);
            headLength += part.length;
          }
          await writeAll(handle, bytes);
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    await this.syncDirectory(dirname(path));
    return { key, byteSize, sha256: hash.digest('hex'), head: Buffer.concat(head) };
  }

  /** Opens the file before returning, so a missing one fails here and not halfway through a response. */
  async open(key: string): Promise<ReadStream> {
    const handle = await open(this.pathOf(key), 'r');
    return handle.createReadStream();
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    // Keys come from this class, but are read back from the database: never follow anything else.
    if (!KEY.test(key)) throw new Error(`Not an attachment storage key: ${JSON.stringify(key)}`);
    return join(this.root, key);
  }

  /** Makes the rename itself durable; not every platform can open a directory, so it is best effort. */
  private async syncDirectory(directory: string): Promise<void> {
    try {
      const handle = await open(directory, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      this.logger.debug(`Could not flush ${directory}: ${String(error)}`);
    }
  }
}
