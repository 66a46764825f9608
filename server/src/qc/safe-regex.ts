// Regular expressions written by a core-lab manager run on every exam's headers, so they must compile
// and backtrack in bounded time: a repeated group that holds a quantifier or alternatives, such as
// (a+)+ or (a|ab)*, is refused, as are back-references and more than MAX_UNBOUNDED quantifiers
// without an upper bound; the text tested is at most PATTERN_TEXT_LIMIT characters (a LO value).

export type RegexProblem = { problem: 'invalid-regex' | 'unsafe-regex'; message: string };

export const PATTERN_TEXT_LIMIT = 64;
const MAX_UNBOUNDED = 3;
const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})/;
const UNBOUNDED = /^(?:[*+]|\{\d+,\})/;

export const compilePattern = (pattern: string): RegExp => new RegExp(pattern, 'i');

/** Why the pattern is refused, or undefined when it compiles and backtracks in bounded time. */
export function regexProblem(pattern: string): RegexProblem | undefined {
  try {
    compilePattern(pattern);
  } catch (error) {
    return { problem: 'invalid-regex', message: `is not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})` };
  }
  if (/\\[1-9]|\\k</.test(pattern)) return { problem: 'unsafe-regex', message: 'uses a back-reference, which may take unbounded time' };
  const scan = scanGroups(pattern);
  if (scan.nested) return { problem: 'unsafe-regex', message: 'repeats a group that holds a quantifier or alternatives (e.g. (a+)+), which may take unbounded time' };
  if (scan.unbounded > MAX_UNBOUNDED) return { problem: 'unsafe-regex', message: `has ${scan.unbounded} unbounded quantifiers (*, +, {n,}); at most ${MAX_UNBOUNDED} are allowed` };
  return undefined;
}

/** Walks the pattern once: whether a quantified group is risky, and how many unbounded quantifiers it has. */
function scanGroups(pattern: string): { nested: boolean; unbounded: number } {
  const open: boolean[] = []; // per open group: whether it holds a quantifier or an alternative
  let inClass = false;
  let unbounded = 0;
  const markParent = () => {
    if (open.length > 0) open[open.length - 1] = true;
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    const rest = pattern.slice(i);
    if (c === '[') inClass = true;
    else if (c === '(') open.push(false);
    else if (c === '|') markParent();
    else if (c === ')') {
      const risky = open.pop() ?? false;
      // An optional group (?) runs at most once; any other quantifier repeats it.
      const repeated = QUANTIFIER.test(pattern.slice(i + 1)) && pattern[i + 1] !== '?';
      if (risky && repeated) return { nested: true, unbounded };
      if (risky) markParent();
    } else if (QUANTIFIER.test(rest) && !(c === '?' && (pattern[i - 1] === '(' || /[*+?}]/.test(pattern[i - 1] ?? '')))) {
      if (UNBOUNDED.test(rest)) unbounded++;
      markParent();
    }
  }
  return { nested: false, unbounded };
}
