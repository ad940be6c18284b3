/** Print `dyad: message` on stderr and give the exit code (2: usage or input error). */
export const fail = (msg: string, code = 2): number => {
  process.stderr.write(`dyad: ${msg}\n`);
  return code;
};
