import type { AgencyLevelName } from '../lookups/codes.js';

/** An agency receiving dossiers (`CoQuan`), as the repository returns it. */
export interface Agency {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly level: AgencyLevelName;
  readonly unitCode: string;
  readonly active: boolean;
}
