import type { Command } from "./cli/command.js";
import { helpCommand } from "./commands/help/index.js";
import { list } from "./commands/list/index.js";
import { run } from "./commands/run/index.js";
import { sample } from "./commands/sample/index.js";
import { schema } from "./commands/schema/index.js";
import { validate } from "./commands/validate/index.js";

export const commands: readonly Command[] = [list, validate, schema, sample, run, helpCommand(() => commands)];
