/** The statements of the story. */
import { roleStatements } from "./statements/roles.js";
import { sanctionStatements } from "./statements/sanctions.js";
import { storyStatements } from "./statements/story.js";
import { thingStatements } from "./statements/things.js";
import { workingGroupStatements } from "./statements/working-group.js";

export const statements = [
  ...roleStatements,
  ...thingStatements,
  ...sanctionStatements,
  ...workingGroupStatements,
  ...storyStatements,
] as const;
