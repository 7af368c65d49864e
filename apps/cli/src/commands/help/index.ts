import type { Command } from "../../cli/command.js";

/** Help needs the command table, which needs help: the table is passed in. */
export function helpCommand(commands: () => readonly Command[]): Command {
  return {
    name: "help",
    summary: "show how to use a command",
    usage: "imagegen-conformance help [command]",
    async run(args, io) {
      const named = commands().find((command) => command.name === args[0]);
      if (named) {
        io.stdout(`${named.summary}\n\nusage: ${named.usage}\n`);
        return 0;
      }
      io.stdout("imagegen-conformance: conformance tools for the image_generation_call shapes of the Responses API\n\ncommands:\n");
      for (const command of commands()) io.stdout(`  ${command.name.padEnd(10)} ${command.summary}\n`);
      io.stdout("\nexit codes: 0 conformant or valid, 1 not, 2 a usage or input error\n");
      return 0;
    },
  };
}
