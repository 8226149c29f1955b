/** The statements of the story. */
import { roleStatements } from "./statements/roles.js";
import { storyStatements } from "./statements/story.js";

export const statements = [...roleStatements, ...storyStatements] as const;
