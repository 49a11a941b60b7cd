/**
 * `npm run ny-kommune -- --mappe testvik-handbok --navn "Testvik kommune" --malform nn`: writes a new
 * municipality's site into its own folder. Without flags, in a terminal, it asks. See src/scaffold/cli.ts.
 */
import { runScaffold, terminalReader } from '../scaffold/cli.ts';

process.exitCode = await runScaffold(process.argv.slice(2), {
  // npm runs scripts in the package's folder; INIT_CWD is where the command was typed.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  interactive: Boolean(process.stdin.isTTY),
  reader: () => terminalReader(process.stdin, process.stdout),
});
