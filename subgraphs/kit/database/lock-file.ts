import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/**
 * An exclusive lock on a PGlite data directory. Two PGlite instances on one directory silently lose
 * committed rows and corrupt indexes, so a second opener must fail loudly instead. A lock left by a
 * process that no longer runs is taken over.
 */
export function acquireLock(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw new Error(`${path} is held by process ${holder}: another service has this database open`, { cause: error });
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not lock ${path}`);
}

/** Whether a process with this id runs (one that belongs to another user counts). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
