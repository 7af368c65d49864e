import { main } from "../src/main.js";

/** Runs one command line in this process (no build, no process start), capturing what it writes. */
export async function invoke(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: async () => "",
    interactive: false,
  });
  return { code, stdout, stderr };
}
