// `corelab agreement icc|bland-altman|kappa --csv FILE`: the reading module's agreement statistics
// on any table a core-lab statistician brings, one row per target and one column per reader.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DomainError } from '../../../server/src/platform/domain-error.ts';
import { blandAltman, cohensKappa, intraclassCorrelation, MAX_READERS, type KappaWeights } from '../../../server/src/reading/agreement/index.ts';
import { categoryCell, CSV_LIMITS, numberCell, readCsvTable } from './csv-table.ts';
import { formatBlandAltman, formatIcc, formatKappa } from './format.ts';

interface CommonOptions {
  csv: string;
  json?: boolean;
  columns?: string[];
  confidence: number;
}

function confidenceLevel(value: string): number {
  const n = Number(value);
  if (!/^0?\.\d+$/.test(value.trim()) || !(n > 0 && n < 1)) throw new InvalidArgumentError('expected a level strictly between 0 and 1, e.g. 0.95');
  return n;
}

function nameList(value: string): string[] {
  const names = value.split(',').map((s) => s.trim());
  if (names.some((n) => n === '')) throw new InvalidArgumentError('expected names separated by commas, e.g. reader1,reader2');
  return names;
}

const TABLE_HELP = `
The CSV file: a header line naming the columns, then one row per target (exam, patient...) and one
column per reader or method; a first column named "id" or "target" names the targets. Separators
",", ";" or tab; a decimal comma is read in ";"- or tab-separated files. Every target needs a value
from every chosen reader. At most ${CSV_LIMITS.maxRows} targets, ${MAX_READERS} readers, ${CSV_LIMITS.maxBytes / 2 ** 20} MiB.
Errors name the line and column, and the command exits with status 1.`;

function withCommonOptions(command: Command): Command {
  return command
    .requiredOption('--csv <file>', 'the table: one row per target, one column per reader (see below)')
    .option('--columns <names>', 'the reader columns to use, comma-separated (default: every column but id/target)', nameList)
    .option('--confidence <level>', 'confidence level of the intervals', confidenceLevel, 0.95)
    .option('--json', 'print the result as JSON instead of a table')
    .addHelpText('after', TABLE_HELP);
}

/** Prints the result, or the refusal with its code on stderr and exit status 1. */
function report(command: string, file: string, run: () => { json: unknown; text: string }, json: boolean | undefined): void {
  try {
    const { json: value, text } = run();
    console.log(json ? JSON.stringify(value, null, 2) : text);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`corelab agreement ${command}: ${file}: ${error.message} [${error.code}]`);
    process.exitCode = 1;
  }
}

export function registerAgreementCommand(program: Command): void {
  const agreement = program
    .command('agreement')
    .description('Agreement between readers or methods on a CSV table: intraclass correlation, Bland–Altman, Cohen\'s kappa');

  withCommonOptions(agreement.command('icc').description('Intraclass correlation, the six Shrout & Fleiss forms with F tests and confidence intervals (2 or more readers)')).action(
    (options: CommonOptions) =>
      report('icc', options.csv, () => {
        const table = readCsvTable(options.csv, { columns: options.columns, columnCount: { min: 2, max: MAX_READERS }, cell: numberCell });
        const result = intraclassCorrelation(table.rows.map((r) => r.cells), options.confidence);
        return { json: { statistic: 'icc', columns: table.columns, confidence: options.confidence, ...result }, text: formatIcc(result, table.columns, options.confidence) };
      }, options.json),
  );

  withCommonOptions(agreement.command('bland-altman').description('Bland–Altman bias and 95 % limits of agreement with their confidence intervals (exactly 2 columns: difference = first − second)')).action(
    (options: CommonOptions) =>
      report('bland-altman', options.csv, () => {
        const table = readCsvTable(options.csv, { columns: options.columns, columnCount: { min: 2, max: 2 }, cell: numberCell });
        const result = blandAltman(table.rows.map((r) => r.cells[0]!), table.rows.map((r) => r.cells[1]!), options.confidence);
        const points = result.points.map((p, i) => ({ id: table.rows[i]!.id ?? undefined, ...p }));
        return { json: { statistic: 'bland-altman', columns: table.columns, confidence: options.confidence, ...result, points }, text: formatBlandAltman(result, table.columns, options.confidence) };
      }, options.json),
  );

  withCommonOptions(agreement.command('kappa').description("Cohen's kappa, unweighted or weighted, with its standard error and confidence interval (exactly 2 columns of categories)"))
    .addOption(new Option('--weights <kind>', 'disagreement weights for ordered categories').choices(['none', 'linear', 'quadratic']).default('none'))
    .option('--categories <list>', 'the categories in scale order, comma-separated (needed for weights unless the categories are numbers; may list unused ones)', nameList)
    .action((options: CommonOptions & { weights: KappaWeights; categories?: string[] }) =>
      report('kappa', options.csv, () => {
        const table = readCsvTable(options.csv, { columns: options.columns, columnCount: { min: 2, max: 2 }, cell: categoryCell(options.categories) });
        const result = cohensKappa(table.rows.map((r) => r.cells[0]!), table.rows.map((r) => r.cells[1]!), { weights: options.weights, categories: options.categories, confidence: options.confidence });
        return { json: { statistic: 'kappa', columns: table.columns, confidence: options.confidence, ...result }, text: formatKappa(result, table.columns, options.confidence) };
      }, options.json),
    );
}
