import { processIo } from "./cli/process-io.js";
import { commands } from "./commands.js";
import { main } from "./main.js";

// The command line, run: only the bin shim imports this module, so importing the package (from a file of any name)
// never runs a command.

/** Whether a command line only prints a listing (help, list, sample, schema): one a reader may leave early. */
function isListing(argv: readonly string[]): boolean {
  const [name] = argv;
  if (name === undefined || argv.includes("--help") || argv.includes("-h")) return true;
  return commands.find((command) => command.name === name)?.listing === true;
}

const argv = process.argv.slice(2);
main(argv, processIo(isListing(argv))).then((code) => {
  process.exitCode = code;
});
