/** One interface over the two places the facts can come from: the in-process library or the HTTP API. */
import type {
  Claim,
  DatasetMeta,
  Entity,
  EntityType,
  Event,
  Neighbour,
  Position,
  Predicate,
  ProvenanceView,
  Quote,
  S400Record,
  SearchHit,
  SearchOptions,
  Source,
  Stance,
  Statement,
  Topic,
} from "@s400/data";

export type { DatasetMeta, Neighbour, Position, ProvenanceView, SearchHit, SearchOptions };

/** A source sentence and every record that cites it. */
export interface SourceWithCiting {
  readonly source: Source;
  readonly citing: readonly S400Record[];
}

/** A record and its provenance, sentence by sentence. */
export interface RecordWithProvenance {
  readonly record: S400Record;
  readonly provenance: readonly ProvenanceView[];
}

export interface TimelineOptions {
  readonly from?: string;
  readonly to?: string;
  readonly entity?: string;
}

export interface ClaimOptions {
  readonly by?: string;
  readonly about?: string;
  readonly stance?: Stance;
}

/**
 * Everything the views ask for. Both implementations answer the same questions with the same shapes,
 * so every view works the same on the local library and on the API.
 */
export interface DataSource {
  /** Says where the data comes from, for the header ("local @s400/data", "API http://…"). */
  readonly label: string;
  meta(): Promise<DatasetMeta>;
  entities(type?: EntityType): Promise<readonly Entity[]>;
  entity(idOrName: string): Promise<Entity>;
  statementsAbout(entity: string, predicate?: Predicate): Promise<readonly Statement[]>;
  related(entity: string): Promise<readonly Neighbour[]>;
  quotes(speaker?: string): Promise<readonly Quote[]>;
  timeline(options?: TimelineOptions): Promise<readonly Event[]>;
  topics(): Promise<readonly Topic[]>;
  claims(options?: ClaimOptions): Promise<readonly Claim[]>;
  positions(topic?: string): Promise<readonly Position[]>;
  sources(): Promise<readonly Source[]>;
  source(id: string): Promise<SourceWithCiting>;
  record(id: string): Promise<RecordWithProvenance>;
  search(query: string, options?: SearchOptions): Promise<readonly SearchHit[]>;
}

/** Why a data source call failed, so the CLI can pick a message and an exit code. */
export type DataSourceErrorCode = "NOT_FOUND" | "INVALID_ARGUMENT" | "UNREACHABLE" | "API_ERROR";

/** The one error a data source rejects with; its message is a sentence a user can act on. */
export class DataSourceError extends Error {
  override readonly name = "DataSourceError";
  readonly code: DataSourceErrorCode;

  constructor(code: DataSourceErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** The message of any thrown value, on one line. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim();
}
