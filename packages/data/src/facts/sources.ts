/** The 15 source sentences, byte-for-byte as in `source/s400-sanctions-cluster.txt` (a test checks it). */
import type { Source } from "../model/source.js";

export const sources = [
  {
    kind: "source",
    id: "s01",
    line: 1,
    text: "Ankara earlier proposed a joint working group on sanctions that target Turkey’s Defense Industries Presidency (SSB) and experts from both countries have kickstarted negotiations, Turkey's Foreign Minister Mevlut Cavusoglu has said.",
  },
  {
    kind: "source",
    id: "s02",
    line: 2,
    text: "Turkey and the United States have started talks to form a joint working group regarding U.S. sanctions imposed over Ankara’s purchase of Russian S-400 missile defence systems, Foreign Minister Mevlut Cavusoglu said on Wednesday.",
  },
  {
    kind: "source",
    id: "s03",
    line: 3,
    text: "Turkish officials have agreed to a US proposal of setting up a joint working group on its sanctions imposed against Turkey's defence industry over its purchase of the Russian S-400 missile defence system.",
  },
  {
    kind: "source",
    id: "s04",
    line: 4,
    text: "Such a working group, advocated by Turkey, could point the way forward to lifting the sanctions, imposed earlier this month, if compatibility issues between the S-400 and NATO weapons systems are addressed.",
  },
  {
    kind: "source",
    id: "s05",
    line: 5,
    text: "Foreign Minister Mevlut Cavusoglu said that Turkey had itself had earlier proposed a joint working group on the sanctions, which target Turkey’s Defense Industries Presidency (SSB), including SSB head Ismail Demir and three other officials.",
  },
  {
    kind: "source",
    id: "s06",
    line: 6,
    text: "“Now the proposal came from the US. As we naturally always favor dialogue, we said yes, and negotiations began at the level of experts,” Cavusoglu said during a meeting reviewing foreign policy developments in 2020.",
  },
  {
    kind: "source",
    id: "s07",
    line: 7,
    text: "Underscoring that opinions differ as to whether the sanctions are heavy or not, he said imposing sanctions is a misstep both politically and legally.",
  },
  {
    kind: "source",
    id: "s08",
    line: 8,
    text: "“It is an attack on our sovereign rights,” he stressed.",
  },
  {
    kind: "source",
    id: "s09",
    line: 9,
    text: "Washington slapped the sanctions on NATO ally Turkey’s Defence Industry Directorate (SSB), its chief Ismail Demir and three other employees this month following its acquisition of the S-400s.",
  },
  {
    kind: "source",
    id: "s10",
    line: 10,
    text: "The sanctions come at a delicate moment in the fraught relationship between Ankara and Washington as Democratic President-elect Joe Biden gears up to take office on Jan. 20, replacing Republican incumbent Donald Trump.",
  },
  {
    kind: "source",
    id: "s11",
    line: 11,
    text: "In April 2017, Turkey signed a contract with Russia to acquire the state-of-art missile shield.",
  },
  {
    kind: "source",
    id: "s12",
    line: 12,
    text: "US officials have voiced opposition to their deployment, claiming they would be incompatible with NATO systems and would expose F-35 jets to possible Russian subterfuge.",
  },
  {
    kind: "source",
    id: "s13",
    line: 13,
    text: "Turkey, however, stressed that the S-400s would not be integrated into NATO systems, and poses no threat to the alliance or its armaments.",
  },
  {
    kind: "source",
    id: "s14",
    line: 14,
    text: "Turkey says its purchase of the S-400s was not a choice but a necessity as it was unable to procure air defence systems from any NATO ally on satisfactory terms.",
  },
  {
    kind: "source",
    id: "s15",
    line: 15,
    text: "Cavusoglu also said on Wednesday that Turkey was ready to take steps to improve ties with the United States and hoped the incoming Biden administration would do the same.",
  },
] as const satisfies readonly Source[];
