/** Topics, the claims parties make on them, and their positions side by side. */

import { requireOneOf, requireOptions, requireText } from "../arguments.js";
import { S400Error } from "../errors.js";
import type { DatasetIndex } from "../indexes/dataset-index.js";
import type { Claim, Stance, Topic } from "../model/claim.js";
import { stances } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import { getEntityIn } from "./entities.js";

/** Options of `claims()`. */
export interface ClaimsOptions {
  /** Only claims held by this party or voiced by this speaker (id, name or alias). */
  readonly by?: string;
  /** Only claims on this topic (topic id). */
  readonly about?: string;
  /** Only claims with this stance on their topic. */
  readonly stance?: Stance;
}

/** One party's claims on a topic. */
export interface Side {
  readonly party: Entity;
  readonly claims: readonly Claim[];
}

/** A claim and a claim it answers. */
export interface Exchange {
  readonly claim: Claim;
  readonly respondsTo: Claim;
}

/** What each party holds on a topic, side by side, and which claims answer which. */
export interface Position {
  readonly topic: Topic;
  readonly sides: readonly Side[];
  readonly exchanges: readonly Exchange[];
}

/** All topics in dataset order. */
export function topicsIn(index: DatasetIndex): readonly Topic[] {
  const all = index.dataset.topics;
  return Object.isFrozen(all) ? all : Object.freeze([...all]);
}

/** The topic with this id; NOT_FOUND otherwise. */
export function getTopicIn(index: DatasetIndex, id: string, argument = "topic"): Topic {
  requireText(id, argument);
  const topic = index.topics.get(id.trim().toLowerCase());
  if (topic === undefined)
    throw new S400Error("NOT_FOUND", `No topic has the id ${JSON.stringify(id)}`, argument);
  return topic;
}

/** Claims in dataset order, narrowed by party or speaker, topic and stance. */
export function claimsIn(index: DatasetIndex, options?: ClaimsOptions): readonly Claim[] {
  const { by, about, stance } = requireOptions(options);
  const who = by === undefined ? undefined : getEntityIn(index, by, "by").id;
  const topic = about === undefined ? undefined : getTopicIn(index, about, "about").id;
  const wanted = stance === undefined ? undefined : requireOneOf(stance, stances, "stance");
  const all = index.dataset.claims;
  if (who === undefined && topic === undefined && wanted === undefined) {
    return Object.isFrozen(all) ? all : Object.freeze([...all]);
  }
  return Object.freeze(
    all.filter(
      (claim) =>
        (who === undefined || claim.claimant === who || claim.speaker === who) &&
        (topic === undefined || claim.topic === topic) &&
        (wanted === undefined || claim.stance === wanted),
    ),
  );
}

function positionOf(index: DatasetIndex, topic: Topic): Position {
  const byParty = new Map<string, Claim[]>();
  const onTopic: Claim[] = [];
  for (const claim of index.dataset.claims) {
    if (claim.topic !== topic.id) continue;
    onTopic.push(claim);
    const list = byParty.get(claim.claimant);
    if (list === undefined) byParty.set(claim.claimant, [claim]);
    else list.push(claim);
  }
  const sides: Side[] = [];
  for (const [partyId, claims] of byParty) {
    const party = index.records.get(partyId);
    if (party?.kind === "entity") sides.push(Object.freeze({ party, claims: Object.freeze(claims) }));
  }
  const exchanges: Exchange[] = [];
  for (const claim of onTopic) {
    for (const id of claim.respondsTo) {
      const answered = index.records.get(id);
      if (answered?.kind === "claim") exchanges.push(Object.freeze({ claim, respondsTo: answered }));
    }
  }
  return Object.freeze({ topic, sides: Object.freeze(sides), exchanges: Object.freeze(exchanges) });
}

/**
 * The position of every party on one topic, or on every topic in dataset order. Sides are in the
 * order their first claim appears; claims keep dataset order.
 */
export function positionsIn(index: DatasetIndex, topic?: string): readonly Position[] {
  if (topic !== undefined) return Object.freeze([positionOf(index, getTopicIn(index, topic))]);
  return Object.freeze(index.dataset.topics.map((t) => positionOf(index, t)));
}
