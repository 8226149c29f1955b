/** The topics on which the parties take positions. Ids here are the only valid `TopicId`s. */
import type { Topic } from "../model/claim.js";

type TopicInput = Omit<Topic, "id"> & { readonly id: string };

export const topicList = [
  {
    kind: "topic",
    id: "s400-nato-compatibility",
    label: "S-400 and NATO systems",
    proposition: "Turkey's S-400s can be deployed without harm to NATO, its weapons systems or the F-35.",
  },
  {
    kind: "topic",
    id: "s400-purchase",
    label: "Turkey's purchase of the S-400",
    proposition: "Turkey was right to buy and deploy the Russian S-400.",
  },
  {
    kind: "topic",
    id: "sanctions-legitimacy",
    label: "Legitimacy of the US sanctions",
    proposition: "The US sanctions on Turkey's SSB are politically and legally sound.",
  },
  {
    kind: "topic",
    id: "sanctions-severity",
    label: "Severity of the sanctions",
    proposition: "The US sanctions on Turkey's SSB are heavy.",
  },
  {
    kind: "topic",
    id: "working-group-dialogue",
    label: "A joint working group on the sanctions",
    proposition:
      "Turkey and the United States should settle the sanctions through a joint working group and dialogue.",
  },
  {
    kind: "topic",
    id: "turkey-us-ties",
    label: "Turkey–US ties",
    proposition: "Turkey and the United States should take steps to improve their ties.",
  },
] as const satisfies readonly TopicInput[];
