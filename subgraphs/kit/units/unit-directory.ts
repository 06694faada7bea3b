import { LRUCache } from 'lru-cache';
import type { ReferenceData } from '../../../reference/admin-units/reference-units.js';
import type { IsoDate } from '../dates.js';
import { listNames } from '../text.js';
import { areaMembers, isAreaKey } from './area-key.js';

/** A unit version as sectors see it: the federation key of `AdministrativeUnit`. */
export interface UnitKey {
  readonly code: string;
  readonly validFrom: string;
}

/** Records of these codes made on days in [from, to] (null: unbounded); see `RecordArea`. */
export interface RecordWindow {
  readonly codes: readonly string[];
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
}

/**
 * The records a caller may see, put into the SQL of every statement that reads records: all of
 * them, none, or those recorded under some codes on some days (see `UnitDirectory.recordArea`).
 */
export type RecordArea = { readonly kind: 'ALL' } | { readonly kind: 'NONE' } | { readonly kind: 'WINDOWS'; readonly windows: readonly RecordWindow[] };

/** Every code a record area lets through, whatever the day (for narrowing coverage before SQL). */
export const codesOf = (area: RecordArea): ReadonlySet<string> | null =>
  area.kind === 'ALL' ? null : new Set(area.kind === 'NONE' ? [] : area.windows.flatMap((w) => w.codes));

/** A unit version named in a figure's explanation. */
export interface NamedUnit {
  readonly code: string;
  readonly validFrom: string;
  readonly name: string;
}

/**
 * What the lineage says about one unit's figures for one period, for the status rules
 * (indicators/figure-status.ts) to decide on; see `UnitDirectory.lineageFacts`.
 */
export interface LineageFacts {
  /** The unit version; null for a key the hub does not know. */
  readonly unit: (NamedUnit & { readonly validTo: string | null }) | null;
  /** The codes whose records are the unit's in the period, through full lineage only. */
  readonly codes: readonly string[];
  /** The unit (or an area's member) ended before the period did: when, and the units outside it that took it over. */
  readonly ended: {
    readonly on: IsoDate;
    /** Each unit it went into, with how many units went into that one, and whether all of them lay within this unit. */
    readonly successors: ReadonlyArray<NamedUnit & { readonly predecessors: number; readonly formedOnlyFromIt: boolean }>;
    /** Some ended unit (an area's member) went into no unit. */
    readonly orphaned?: true;
  } | null;
  /** Split old units whose records went into this unit only in part, so they are left out. */
  readonly splitLeftOut: readonly NamedUnit[];
  /** Codes of this unit that, in the period, also named a unit outside it: their records cannot be told apart. */
  readonly sharedCodes: readonly string[];
  /** Unit versions in the coverage, and how many of them lie outside the source's area. */
  readonly covered: number;
  readonly outsideSource: readonly NamedUnit[];
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
  readonly name: string;
  readonly validFrom: string;
  readonly validTo: string | null;
  /** Whether this is the first version of its code (records before it still mean this unit). */
  first: boolean;
  readonly children: Node[];
  parent: Node | null;
  readonly predecessors: Array<{ node: Node; full: boolean }>;
  readonly successors: Node[];
  /** An area: no unit of the reference, a set of them (its children); its code is the area id. */
  readonly area?: true;
}

const keyOf = (code: string, validFrom: string) => `${code}@${validFrom}`;
const PARTIAL = new Set(['PARTIAL_MERGE', 'SPLIT']);
const MAX_CACHED_COVERAGES = 20_000;
const MAX_CACHED_AREAS = 1_000;
/** Before any version: an area has "started" whatever the period. */
const ALWAYS = '0000-01-01';
/** Real units only (an area's own node stands for its members). */
const real = (n: Node) => !n.area;

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
  // Bounded: keys hold a client's dates and a caller's units (docs/operations.md, memory bounds).
  private readonly coverage = new LRUCache<string, UnitCoverage>({ max: 20_000 });
  private readonly recordAreas = new LRUCache<string, RecordArea>({ max: 2_000 });
  /** Areas asked about (`Area`), each a node over its members; bounded, as ids come from clients. */
  private readonly areas = new LRUCache<string, Node>({ max: MAX_CACHED_AREAS });

  constructor(data: ReferenceData) {
    for (const u of data.units) {
      const node: Node = { code: u.code, name: u.name, validFrom: u.validFrom, validTo: u.validTo, first: false, children: [], parent: null, predecessors: [], successors: [] };
      this.nodes.set(keyOf(u.code, u.validFrom), node);
      this.versions.set(u.code, [...(this.versions.get(u.code) ?? []), node]);
    }
    for (const versions of this.versions.values()) {
      versions.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      versions[0]!.first = true;
    }
    for (const u of data.units) {
      if (u.parentCode === null) continue;
      const parent = this.versionOn(u.parentCode, u.validFrom);
      const node = this.nodes.get(keyOf(u.code, u.validFrom))!;
      parent?.children.push(node);
      if (parent) node.parent = parent;
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
    return this.node(key) !== undefined;
  }

  /** The last day a unit version was in force; null while it is (and for an area or an unknown key). */
  validTo(key: UnitKey): IsoDate | null {
    return this.node(key)?.validTo ?? null;
  }

  /** A province (no parent), or an area of provinces; false for an unknown key. */
  isProvinceLevel(key: UnitKey): boolean {
    const node = this.node(key);
    if (!node) return false;
    return node.area ? node.children.every((c) => c.parent === null) : node.parent === null;
  }

  /**
   * A unit version, or an area (see area-key.ts): a node whose children are its members, so that
   * coverage, figures and lists take an area as they take a unit, and count each record once
   * however the members' lineage overlaps. Undefined when the key or a member is unknown.
   */
  private node(key: UnitKey): Node | undefined {
    if (!isAreaKey(key)) return this.nodes.get(keyOf(key.code, key.validFrom));
    let area = this.areas.get(key.code);
    if (!area) {
      const members = areaMembers(key.code).map((m) => this.nodes.get(keyOf(m.code, m.validFrom)));
      if (members.some((m) => m === undefined)) return undefined;
      const children = members as Node[];
      area = { code: key.code, name: `Vùng gồm ${listNames(children.map((m) => m.name))}`, validFrom: ALWAYS, validTo: null, first: false, children, parent: null, predecessors: [], successors: [], area: true };
      this.areas.set(key.code, area);
    }
    return area;
  }

  /**
   * The unit versions in force on `day` that took over this unit: itself while it is in force;
   * after it ended, the units it went into (followed on to `day`), or, for a unit that went into
   * none as a whole (an old district), those its children went into. Empty for a day before it.
   */
  successorsOn(key: UnitKey, day: IsoDate): UnitKey[] {
    const found = new Set<Node>();
    const seen = new Set<Node>();
    const visit = (n: Node) => {
      if (seen.has(n) || n.validFrom > day) return;
      seen.add(n);
      if (n.validTo === null || n.validTo >= day) found.add(n);
      else if (n.successors.length > 0) n.successors.forEach(visit);
      else n.children.forEach(visit);
    };
    const root = this.node(key);
    if (root) visit(root);
    return [...found].filter(real).map((n) => ({ code: n.code, validFrom: n.validFrom }));
  }

  /**
   * The unit version a record's code meant on the day it was recorded (a code is no identity across
   * time: 21025 names an old ward before 2025-07-01 and a new one after); null for an unknown code
   * or day, or a day between versions.
   */
  recordedUnit(code: string, day: IsoDate | null): UnitKey | null {
    if (day === null) return null;
    // A record older than the code's first version (a parcel registered in 1996; the reference's
    // first versions start at a baseline day) still means that version, as in `recordArea`.
    const first = this.versions.get(code)?.[0];
    const version = first && day < first.validFrom ? first : this.versionOn(code, day);
    return version ? { code, validFrom: version.validFrom } : null;
  }

  /**
   * The codes records of this unit version carry; empty for a key the hub does not know. With
   * `until`, only versions that had started by that day count, i.e. the codes of records made up to
   * then (flows in a period and stocks at its end alike): 95 old commune codes were given to new
   * communes in 2025, so a code alone names different places before and after the reform.
   */
  coverageOf(key: UnitKey, until?: string): UnitCoverage {
    const k = `${keyOf(key.code, key.validFrom)}|${until ?? ''}`;
    let cached = this.coverage.get(k);
    if (!cached) {
      const overlaps = (n: Node) => until === undefined || n.validFrom <= until;
      const root = this.node(key);
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
      const covered = [...seen].filter((n) => real(n) && overlaps(n));
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

  /** The children of a unit version (the versions under it), for figures that split a unit into parts. */
  childrenOf(key: UnitKey): UnitKey[] {
    return (this.node(key)?.children ?? []).map((c) => ({ code: c.code, validFrom: c.validFrom }));
  }

  /**
   * What the lineage says of a unit's figures over a period (see LineageFacts): the codes whose
   * records are wholly the unit's, through its children and the predecessors that went wholly into
   * it; the split units left out; the codes shared with units outside; whether the unit ended
   * before the period did, and into what; and, against the areas a source covers (`sourceAreas`,
   * unit versions, and what was formed only from them), which covered units the source lacks.
   */
  lineageFacts(key: UnitKey, period: { readonly from: IsoDate; readonly to: IsoDate }, sourceAreas: readonly UnitKey[] | null): LineageFacts {
    const root = this.node(key);
    if (!root) return { unit: null, codes: [], ended: null, splitLeftOut: [], sharedCodes: [], covered: 0, outsideSource: [] };
    const named = (n: Node): NamedUnit => ({ code: n.code, validFrom: n.validFrom, name: n.name });
    // Versions that had started by the period's end: their records count (a stock at the end of
    // 2026 holds parcels registered under 2010's commune codes).
    const started = (n: Node) => real(n) && n.validFrom <= period.to;
    // Versions in force during the period: where a missing source leaves the figure short.
    const inPeriod = (n: Node) => started(n) && (n.validTo === null || n.validTo >= period.from);
    const seen = new Set<Node>();
    const split = new Set<Node>();
    const visit = (node: Node) => {
      if (seen.has(node)) return;
      seen.add(node);
      for (const child of node.children) visit(child);
      for (const p of node.predecessors) {
        if (p.full) visit(p.node);
        else split.add(p.node);
      }
    };
    visit(root);
    // Wholly inside too: a split old unit whose every part lies inside (an area joining the
    // parts), and an old unit that went into nothing whole but whose every child lies inside (old
    // district 524 among the new communes that took over its communes): its own records count.
    const whollyInside = (n: Node) =>
      !seen.has(n) && (n.successors.length > 0 ? n.successors.every((s) => seen.has(s)) : n.children.length > 0 && n.children.every((c) => seen.has(c)));
    for (let joined = true; joined; ) {
      joined = false;
      for (const n of [...split, ...[...seen].map((c) => c.parent).filter((p) => p !== null)]) {
        if (whollyInside(n)) {
          visit(n);
          joined = true;
        }
      }
    }
    const counted = [...seen].filter(started);
    const codes = new Set(counted.map((n) => n.code));
    const sharedCodes = [...codes].filter((c) => this.versions.get(c)!.some((v) => started(v) && !seen.has(v))).sort();
    const inSource = sourceAreas ? this.sourceArea(sourceAreas) : null;
    const subtree = new Set<Node>();
    const under = (n: Node) => {
      subtree.add(n);
      n.children.forEach(under);
    };
    under(root);
    // The unit, or the members of an area, that ended before the period did.
    const endedUnits = (root.area ? root.children : [root]).filter((n) => n.validTo !== null && n.validTo < period.to);
    // What took each over: the units it went into, or, for one that went into none as a whole (an
    // old district), what its children went into.
    const takeover = (n: Node): Node[] => (n.successors.length > 0 ? n.successors : n.children.flatMap(takeover));
    // Those already inside (an area holding both an old unit and what it went into) need no carrying.
    const successors = [...new Set(endedUnits.flatMap(takeover))].filter((s) => !seen.has(s));
    const orphaned = endedUnits.some((n) => takeover(n).length === 0);
    return {
      unit: { ...named(root), validTo: root.validTo },
      codes: [...codes].sort(),
      ended:
        successors.length > 0 || orphaned
          ? {
              on: endedUnits.map((n) => n.validTo!).sort()[0]!,
              successors: successors.map((s) => ({ ...named(s), predecessors: s.predecessors.length, formedOnlyFromIt: s.predecessors.every((p) => subtree.has(p.node)) })),
              // An ended member with no successor leaves the area without a figure.
              ...(orphaned ? { orphaned: true } : {}),
            }
          : null,
      splitLeftOut: [...split].filter((n) => !seen.has(n) && started(n)).map(named),
      sharedCodes,
      covered: counted.filter(inPeriod).length,
      outsideSource: inSource ? counted.filter((n) => inPeriod(n) && !inSource.has(n)).map(named) : [],
    };
  }

  /** Keyed by a sector's source areas: a handful per process. */
  private readonly sourceAreas = new Map<string, ReadonlySet<Node>>();

  /**
   * The unit versions a source with records of these units' areas has records for: their subtrees, every
   * unit formed only from units inside it (with their subtrees), and every unit that holds or was
   * formed partly from any of those (a new province joining it with another one).
   */
  private sourceArea(keys: readonly UnitKey[]): ReadonlySet<Node> {
    const k = keys.map((key) => keyOf(key.code, key.validFrom)).join(',');
    let area = this.sourceAreas.get(k);
    if (!area) {
      const inside = new Set<Node>();
      const add = (node: Node) => {
        if (inside.has(node)) return;
        inside.add(node);
        for (const child of node.children) add(child);
      };
      for (const key of keys) {
        const root = this.nodes.get(keyOf(key.code, key.validFrom));
        if (root) add(root);
      }
      for (let changed = true; changed; ) {
        changed = false;
        for (const node of this.nodes.values()) {
          if (!inside.has(node) && node.predecessors.length > 0 && node.predecessors.every((p) => inside.has(p.node))) {
            add(node);
            changed = true;
          }
        }
      }
      const touching = new Set(inside);
      for (let changed = true; changed; ) {
        changed = false;
        for (const node of this.nodes.values()) {
          if (!touching.has(node) && (node.children.some((c) => touching.has(c)) || node.predecessors.some((p) => touching.has(p.node)))) {
            touching.add(node);
            changed = true;
          }
        }
      }
      this.sourceAreas.set(k, (area = touching));
    }
    return area;
  }

  /**
   * The records a caller scoped to these units may see, through lineage: a record is inside when
   * the unit version it was recorded under lies wholly inside the area. That is every version of a
   * named code and everything under it; a new unit formed only from units inside (every
   * predecessor inside); and an old unit that went wholly into units inside (every successor
   * inside). A new commune formed partly from outside is inside only when named. As codes were
   * reused in 2025, a code may be inside for one era and not the other: the area then bounds the
   * record's date for that code.
   */
  recordArea(codes: readonly string[]): RecordArea {
    const key = [...codes].sort().join(',');
    let area = this.recordAreas.get(key);
    if (!area) {
      area = this.computeRecordArea(codes);
      if (this.recordAreas.size >= MAX_CACHED_AREAS) this.recordAreas.clear();
      this.recordAreas.set(key, area);
    }
    return area;
  }

  private computeRecordArea(codes: readonly string[]): RecordArea {
    const inside = new Set<Node>();
    const add = (node: Node) => {
      if (inside.has(node)) return;
      inside.add(node);
      for (const child of node.children) add(child);
    };
    for (const code of codes) for (const v of this.versions.get(code) ?? []) add(v);
    for (let changed = true; changed; ) {
      changed = false;
      for (const node of this.nodes.values()) {
        if (inside.has(node)) continue;
        const formedInside = node.predecessors.length > 0 && node.predecessors.every((p) => inside.has(p.node));
        const wentInside = node.successors.length > 0 && node.successors.every((s) => inside.has(s));
        if (formedInside || wentInside) {
          add(node);
          changed = true;
        }
      }
    }
    const windows = new Map<string, RecordWindow & { codes: string[] }>();
    for (const node of inside) {
      const all = this.versions.get(node.code)!;
      const whole = all.every((v) => inside.has(v));
      const from = whole || node.first ? null : node.validFrom;
      const to = whole ? null : node.validTo;
      const windowKey = `${from}|${to}`;
      const window = windows.get(windowKey) ?? { from, to, codes: [] };
      if (!window.codes.includes(node.code)) window.codes.push(node.code);
      windows.set(windowKey, window);
    }
    return { kind: 'WINDOWS', windows: [...windows.values()].map((w) => ({ ...w, codes: w.codes.sort() })) };
  }
}
