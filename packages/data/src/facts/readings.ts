/** Inferences that more than one kind of record makes, written once so that every record says the same. */

/** s07's "he" read as Cavusoglu: the speaker of claims and quotes drawn from that sentence. */
export const heIsCavusoglu = {
  about: "speaker",
  reasoning:
    'The sentence names the speaker only as "he"; it follows s06, where Cavusoglu is speaking, and continues his remarks on the sanctions.',
} as const;
