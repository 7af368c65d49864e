import type { Command } from "../../cli/command.js";
import { exitCode } from "../../cli/exit-code.js";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { UsageError } from "../../cli/usage-error.js";
import { describeOptions } from "./describe-options.js";

// Help takes no options: parsed all the same, so `help --bogus` is an unknown option, as in every other command.
const options = {} as const satisfies OptionSpecs;

/** Help needs the command table, which needs help: the table is passed in. */
export function helpCommand(commands: () => readonly Command[]): Command {
  return {
    name: "help",
    summary: "show how to use a command",
    listing: true,
    usage: "imagegen-conformance help [command]",
    options,
    async run(args, io) {
      const known = commands();
      const { positionals } = parseArguments("help", args, options);
      if (positionals.length > 1) throw new UsageError(`help: expected at most one command, received ${positionals.length}`);
      const [wanted] = positionals;
      if (wanted !== undefined) {
        const named = known.find((command) => command.name === wanted);
        if (!named) throw new UsageError(`help: unknown command ${JSON.stringify(wanted)}; expected one of ${known.map((command) => command.name).join(", ")}`);
        io.stdout(`${named.summary}\n\nusage: ${named.usage}\n${describeOptions(named.options ?? {})}`);
        return exitCode.ok;
      }
      io.stdout("imagegen-conformance: conformance tools for the image_generation_call shapes of the Responses API\n\ncommands:\n");
      for (const command of known) io.stdout(`  ${command.name.padEnd(10)} ${command.summary}\n`);
      io.stdout("\n  --version  print the version; <command> --help: how to use a command\n");
      io.stdout(
        `\nexit codes: ${exitCode.ok} conformant or valid, ${exitCode.notConformant} not, ${exitCode.usage} a usage or input error, ${exitCode.incomplete} incomplete (cut short or not judged), ${exitCode.couldNotStart} an SDK asked for could not start, ${exitCode.sigint}/${exitCode.sigterm} interrupted\n`,
      );
      return exitCode.ok;
    },
  };
}
