/** The topics on which the parties take positions. */
import type { Topic } from "../model/claim.js";

type TopicInput = Omit<Topic, "id"> & { readonly id: string };

export const topicList = [
  {
    kind: "topic",
    id: "s400-nato-compatibility",
    label: "S-400 and NATO systems",
    proposition: "The S-400 can sit alongside NATO systems without harm to the alliance.",
  },
] as const satisfies readonly TopicInput[];
