// Syncs a SQLite store's write-ahead log (`<db>-wal`) to disk off the event loop (issue 18 item 4;
// docs/durability.md). The connection runs with synchronous = NORMAL, so a COMMIT writes its WAL
// frames without an fsync; SqliteDb then asks this for a sync before it acknowledges the commit,
// which gives the guarantee of synchronous = FULL (the WAL synced at each commit) while the fsync
// runs on libuv's thread pool instead of blocking the event loop inside COMMIT.
// - Group commit: one fsync in flight at a time; a caller gets a sync that began after it asked
//   (so it covers what it committed), and callers arriving while one runs share the next one.
// - The descriptor is kept open (one thread-pool trip a sync, not open + fsync + close), and
//   opened again when the path names another file than the one held (the -wal deleted and made
//   anew); SQLite keeps no POSIX locks on the -wal file, so holding or closing our own
//   descriptor of it does not disturb SQLite's locks (which are on the database and the -shm).
// - A failed fsync fails every later sync too: after a write-back error Linux may mark the lost
//   pages clean, so a later fsync can succeed without the earlier frames being on disk, and
//   WAL frames after a hole are not replayed. Nothing more is acknowledged until the store is
//   opened again (a restart), as PostgreSQL stops on a failed fsync.
// - fdatasync, as SQLite itself syncs on Linux (os_unix.c uses fdatasync where the system has it):
//   it flushes the frames and the file's size, not its timestamps. The folder is synced too, once
//   for each -wal file opened (SQLite does so after creating a file it will sync), so that a
//   -wal made anew is itself found after a power loss.
import { close, closeSync, fdatasync, fstatSync, fsyncSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { channel } from 'node:diagnostics_channel';
import { StoreSyncError } from '../store.ts';

/** Each fsync of a WAL, published as `{ ms, commits }` only while someone listens (src/server/timings.ts). */
export const walSyncChannel = channel('concord:sqlite:wal-sync');

/** Flushes the file open as `fd` to disk; node's fs.fdatasync (libuv's thread pool) unless a test gives another. */
export type SyncFile = (fd: number, done: (err: Error | null) => void) => void;

export class WalSync {
  private fd: number | undefined;
  private ino = 0;
  /** Whether the folder has been synced since the -wal now held was opened. */
  private folderSynced = false;
  private running: Promise<void> | undefined;
  private next: Promise<void> | undefined;
  /** Commits waiting for the next sync (counted for the timings). */
  private waiting = 0;
  private failed: StoreSyncError | undefined;
  /** fsyncs done, and commits they covered (several concurrent commits share one fsync). */
  syncs = 0;
  commits = 0;
  /** Syncs of the folder: one for each -wal file opened. */
  folderSyncs = 0;

  constructor(
    readonly file: string,
    private readonly syncFile: SyncFile = fdatasync,
  ) {}

  /** The error of a failed sync, once one failed: no later write may be acknowledged. */
  get failure(): StoreSyncError | undefined {
    return this.failed;
  }

  /** Resolves once everything committed before this call is on disk. */
  sync(): Promise<void> {
    this.commits++;
    if (this.failed) return Promise.reject(this.failed);
    if (!this.running) return this.start(1);
    this.waiting++;
    this.next ??= this.running
      .catch(() => {})
      .then(() => {
        this.next = undefined;
        const n = this.waiting;
        this.waiting = 0;
        return this.start(n);
      });
    return this.next;
  }

  /** Resolves when no sync is in flight (close waits for them). */
  async settled(): Promise<void> {
    while (this.running || this.next) await (this.next ?? this.running)?.catch(() => {});
  }

  /** Closes the kept descriptor (after settled()). */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private start(commits: number): Promise<void> {
    const run = this.once(commits);
    this.running = run;
    run.then(
      () => {
        if (this.running === run) this.running = undefined;
      },
      () => {
        if (this.running === run) this.running = undefined;
      },
    );
    return run;
  }

  /** A descriptor of the file the path names now (opened again if the -wal was made anew). */
  private descriptor(): number | undefined {
    let ino: number;
    try {
      ino = statSync(this.file).ino;
    } catch (e) {
      // no -wal: nothing was written to one (SQLite writes the frames before it resolves COMMIT)
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    if (this.fd !== undefined && ino === this.ino) return this.fd;
    if (this.fd !== undefined) close(this.fd, () => {});
    this.fd = openSync(this.file, 'r');
    this.ino = fstatSync(this.fd).ino;
    this.folderSynced = false;
    return this.fd;
  }

  private once(commits: number): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    this.syncs++;
    const t0 = performance.now();
    return new Promise<void>((resolve, reject) => {
      const fail = (e: unknown) => {
        this.failed ??= new StoreSyncError(this.file, e);
        reject(this.failed);
      };
      let fd: number | undefined;
      try {
        fd = this.descriptor();
      } catch (e) {
        return fail(e);
      }
      if (fd === undefined) return resolve();
      if (!this.folderSynced) {
        // once a -wal file (at start or when made anew): a short synchronous step, not one per commit
        try {
          const folder = openSync(dirname(this.file), 'r');
          try {
            fsyncSync(folder);
          } finally {
            closeSync(folder);
          }
        } catch (e) {
          return fail(e);
        }
        this.folderSynced = true;
        this.folderSyncs++;
      }
      this.syncFile(fd, (err) => {
        if (err) return fail(err);
        if (walSyncChannel.hasSubscribers) walSyncChannel.publish({ ms: performance.now() - t0, commits });
        resolve();
      });
    });
  }
}
