/**
 * `npm run audit:verify -- <export.jsonl> [--anchor <id>:<hash>]`: checks an exported audit log
 * offline, reading it line by line, and prints one line.
 *   exit 0  `audit log OK: N records, head <id> <hash>`
 *   exit 1  `audit log BROKEN at record <id>: <why>`
 *   exit 2  no verdict: the input is not an audit export (missing file, a line that is not JSON or
 *           not a record), bad arguments, or the file could not be read
 * `--anchor` is a head noted earlier (the hub's `head()`): without it, records removed from the end
 * of the log go unnoticed.
 */
import { open } from 'node:fs/promises';
import { AuditFormatError, parseAuditEvent } from '../lib/audit/audit-jsonl.js';
import type { AuditEvent } from '../lib/audit/audit-record.js';
import { verifyChain, type ChainHead } from '../lib/audit/chain.js';

class InputError extends Error {}

const USAGE = 'usage: audit-verify <export.jsonl> [--anchor <id>:<sha256 hex>]';

function parseArguments(argv: readonly string[]): { path: string; anchors: ChainHead[] } {
  const paths: string[] = [];
  const anchors: ChainHead[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--anchor') {
      const match = /^(\d+):([0-9a-f]{64})$/.exec(argv[++i] ?? '');
      if (!match) throw new InputError(`--anchor takes <id>:<64 lowercase hex>; ${USAGE}`);
      anchors.push({ id: Number(match[1]), hash: match[2]! });
    } else if (arg.startsWith('-')) {
      throw new InputError(`unknown option ${arg}; ${USAGE}`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length !== 1) throw new InputError(USAGE);
  return { path: paths[0]!, anchors };
}

/** The export's records, one line at a time: memory does not grow with the file. */
async function* readExport(path: string): AsyncGenerator<AuditEvent> {
  const file = await open(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  try {
    if (!(await file.stat()).isFile()) throw new InputError(`cannot read ${path}: not a file`);
    let lineNumber = 0;
    for await (const raw of file.readLines({ encoding: 'utf8' })) {
      lineNumber += 1;
      const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;
      try {
        yield parseAuditEvent(line);
      } catch (error) {
        if (error instanceof AuditFormatError) throw new InputError(`${path} line ${lineNumber} is not an audit record: ${error.message}`);
        throw error;
      }
    }
  } finally {
    await file.close();
  }
}

try {
  const { path, anchors } = parseArguments(process.argv.slice(2));
  const result = await verifyChain(readExport(path), { anchors });
  if (result.ok) {
    console.log(`audit log OK: ${result.checked} records, head ${result.head.id} ${result.head.hash}`);
  } else {
    console.log(`audit log BROKEN at record ${result.firstBrokenId}: ${result.reason}`);
    process.exitCode = 1;
  }
} catch (error) {
  // Anything else (a read error half-way) is not a verdict on the log either: never exit 1 for it.
  console.error(`audit-verify: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
