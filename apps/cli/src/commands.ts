import type { Command } from "./cli/command.js";
import { baseline } from "./commands/baseline/index.js";
import { fuzz } from "./commands/fuzz/index.js";
import { helpCommand } from "./commands/help/index.js";
import { list } from "./commands/list/index.js";
import { matrix } from "./commands/matrix/index.js";
import { probe } from "./commands/probe/index.js";
import { replay } from "./commands/replay/index.js";
import { report } from "./commands/report/index.js";
import { run } from "./commands/run/index.js";
import { sample } from "./commands/sample/index.js";
import { schema } from "./commands/schema/index.js";
import { sweep } from "./commands/sweep/index.js";
import { validate } from "./commands/validate/index.js";

export const commands: readonly Command[] = [
  matrix,
  run,
  sweep,
  fuzz,
  replay,
  baseline,
  report,
  list,
  validate,
  probe,
  schema,
  sample,
  helpCommand(() => commands),
];
