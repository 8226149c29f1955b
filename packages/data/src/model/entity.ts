/** Entities: the people, countries, organisations, weapon systems and bodies the story is about. */
import type { EntityId } from "./ids.js";
import type { Inference } from "./inference.js";
import type { Provenance } from "./span.js";

/** Every entity type, in order: the one list the types, the argument checks and the schemas derive from. */
export const entityTypes = Object.freeze([
  "person",
  "country",
  "organization",
  "alliance",
  "political-party",
  "weapon-system",
  "body",
  "group",
] as const);

/** What kind of thing an entity is. */
export type EntityType = (typeof entityTypes)[number];

/**
 * Every way an alias can relate to the canonical name:
 * - `variant`: another spelling or wording of the same name (Defence/Defense, Directorate/Presidency);
 * - `ascii`: the name as printed without its diacritics (Cavusoglu);
 * - `abbreviation`: an abbreviation or acronym (SSB, US);
 * - `metonym`: a place standing for a government (Ankara, Washington);
 * - `descriptive`: a description that refers to the entity ("Turkey's defence industry");
 * - `short`: a shorter form of the name (Cavusoglu, Biden);
 * - `demonym`: the adjective the text uses for the entity ("Turkish officials", "Russian S-400").
 */
export const aliasKinds = Object.freeze([
  "variant",
  "ascii",
  "abbreviation",
  "metonym",
  "descriptive",
  "short",
  "demonym",
] as const);

/** How an alias relates to the canonical name (see `aliasKinds`). */
export type AliasKind = (typeof aliasKinds)[number];

/** One way the text (or the canonical name) refers to an entity. */
export interface Alias {
  readonly text: string;
  readonly kind: AliasKind;
}

/** A person, country, organisation, weapon system or body. */
export interface Entity {
  readonly kind: "entity";
  readonly id: EntityId;
  readonly type: EntityType;
  /** Canonical name, with its proper diacritics where known (see `nameNote`). */
  readonly name: string;
  /** Set when the canonical name is not spelled this way in the text: says where the spelling comes from. */
  readonly nameNote?: string;
  /** Every other way the text refers to the entity. */
  readonly aliases: readonly Alias[];
  /** A short description, from the text. */
  readonly description: string;
  /** Mentions of the entity in the text. */
  readonly provenance: Provenance;
  /** What about the entity was worked out rather than read, and how. */
  readonly inferred?: readonly Inference[];
}
