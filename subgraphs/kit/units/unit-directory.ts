import type { AreaScope } from '../../../lib/caller.js';
import type { ReferenceData } from '../../../reference/admin-units/reference-units.js';
import type { IsoDate } from '../dates.js';

/** A unit version as sectors see it: the federation key of `AdministrativeUnit`. */
export interface UnitKey {
  readonly code: string;
  readonly validFrom: string;
}

/** The recorded unit codes an indicator or list for one unit covers. */
export interface UnitCoverage {
  /** Codes as sector records carry them: the unit, everything under it, and its predecessors. */
  readonly codes: readonly string[];
  /**
   * True when part of the coverage came through a partial merge or split: the records of such an
   * old unit cannot be divided, so figures across the reform are estimates, never exact.
   */
  readonly estimated: boolean;
}

interface Node {
  readonly code: string;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly children: Node[];
  readonly predecessors: Array<{ node: Node; full: boolean }>;
  readonly successors: Node[];
}

const keyOf = (code: string, validFrom: string) => `${code}@${validFrom}`;
const PARTIAL = new Set(['PARTIAL_MERGE', 'SPLIT']);
const MAX_CACHED_COVERAGES = 20_000;
const MAX_CACHED_AREAS = 1_000;

/**
 * The administrative units every sector subgraph needs to turn "this unit" into the codes its
 * records carry. Built in memory from the reference data the hub ships (a few hundred units), once
 * per server and handed to each request's scope, so no sector calls another subgraph or another
 * database to answer.
 *
 * Records carry the code in force when they were recorded: 2024 dossiers carry old district and
 * commune codes, 2026 ones new commune codes. A unit therefore covers its own code, all units under
 * it, and, through lineage, the old units that went into it (recursively, with their descendants).
 */
export class UnitDirectory {
  private readonly nodes = new Map<string, Node>();
  private readonly versions = new Map<string, Node[]>();
  private readonly coverage = new Map<string, UnitCoverage>();
  private readonly areas = new Map<string, ReadonlySet<string>>();

  constructor(data: ReferenceData) {
    for (const u of data.units) {
      const node: Node = { code: u.code, validFrom: u.validFrom, validTo: u.validTo, children: [], predecessors: [], successors: [] };
      this.nodes.set(keyOf(u.code, u.validFrom), node);
      this.versions.set(u.code, [...(this.versions.get(u.code) ?? []), node]);
    }
    for (const u of data.units) {
      if (u.parentCode === null) continue;
      const parent = this.versionOn(u.parentCode, u.validFrom);
      parent?.children.push(this.nodes.get(keyOf(u.code, u.validFrom))!);
    }
    for (const l of data.lineage) {
      const successor = this.nodes.get(keyOf(l.successorCode, l.successorValidFrom));
      const predecessor = this.nodes.get(keyOf(l.predecessorCode, l.predecessorValidFrom));
      if (successor && predecessor) {
        successor.predecessors.push({ node: predecessor, full: !PARTIAL.has(l.kind) });
        predecessor.successors.push(successor);
      }
    }
  }

  /** The version of `code` in force on `day`, if any. */
  private versionOn(code: string, day: string): Node | undefined {
    return this.versions.get(code)?.find((v) => v.validFrom <= day && (v.validTo === null || v.validTo >= day));
  }

  has(key: UnitKey): boolean {
    return this.nodes.has(keyOf(key.code, key.validFrom));
  }

  /**
   * The unit version a record's code meant on the day it was recorded (a code is no identity across
   * time: 21025 names an old ward before 2025-07-01 and a new one after); null for an unknown code
   * or day.
   */
  recordedUnit(code: string, day: IsoDate | null): UnitKey | null {
    const version = day === null ? undefined : this.versionOn(code, day);
    return version ? { code, validFrom: version.validFrom } : null;
  }

  /**
   * The codes records of this unit version carry; empty for a key the hub does not know. With
   * `until`, only versions that had started by that day count, i.e. the codes of records made up to
   * then (flows in a period and stocks at its end alike): 55 old commune codes were given to new
   * communes in 2025, so a code alone names different places before and after the reform.
   */
  coverageOf(key: UnitKey, until?: string): UnitCoverage {
    const k = `${keyOf(key.code, key.validFrom)}|${until ?? ''}`;
    let cached = this.coverage.get(k);
    if (!cached) {
      const overlaps = (n: Node) => until === undefined || n.validFrom <= until;
      const root = this.nodes.get(keyOf(key.code, key.validFrom));
      const seen = new Set<Node>();
      const partial: Node[] = [];
      const visit = (node: Node) => {
        if (seen.has(node)) return;
        seen.add(node);
        for (const child of node.children) visit(child);
        for (const p of node.predecessors) {
          if (!p.full) partial.push(p.node);
          visit(p.node);
        }
      };
      if (root) visit(root);
      const covered = [...seen].filter(overlaps);
      const codes = new Set(covered.map((n) => n.code));
      // Estimated when records cannot be attributed exactly: part of a split old unit went
      // elsewhere, or a code in the period also belonged to a version outside this unit.
      const splitElsewhere = partial.some((p) => overlaps(p) && p.successors.some((s) => !seen.has(s)));
      const ambiguousCode = until !== undefined && [...codes].some((c) => this.versions.get(c)!.some((v) => overlaps(v) && !seen.has(v)));
      cached = { codes: [...codes].sort(), estimated: splitElsewhere || ambiguousCode };
      // Keyed by caller-chosen period ends too: bounded, recomputing costs microseconds.
      if (this.coverage.size >= MAX_CACHED_COVERAGES) this.coverage.clear();
      this.coverage.set(k, cached);
    }
    return cached;
  }

  /**
   * The codes an area scope allows, or null for no restriction. A scope names codes of any level
   * and era; each covers every version of that code with everything under it.
   */
  allowedCodes(area: AreaScope): ReadonlySet<string> | null {
    if (area.kind === 'ALL') return null;
    const key = [...area.codes].sort().join(',');
    let allowed = this.areas.get(key);
    if (!allowed) {
      const codes = new Set<string>();
      for (const code of area.codes) {
        for (const v of this.versions.get(code) ?? []) {
          for (const c of this.coverageOf(v).codes) codes.add(c);
        }
      }
      allowed = codes;
      // Areas come from credentials, a handful per province: bounded all the same.
      if (this.areas.size >= MAX_CACHED_AREAS) this.areas.clear();
      this.areas.set(key, allowed);
    }
    return allowed;
  }

  /** The coverage of a unit (for records made up to `until`, if given) narrowed to what the caller may see. */
  scopedCoverage(key: UnitKey, area: AreaScope, until?: string): UnitCoverage {
    const coverage = this.coverageOf(key, until);
    const allowed = this.allowedCodes(area);
    return allowed ? { ...coverage, codes: coverage.codes.filter((c) => allowed.has(c)) } : coverage;
  }
}
