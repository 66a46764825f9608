// `corelab phantom`: writes a synthetic multi-centre cardiac MR cohort as DICOM files with its truth.
import { InvalidArgumentError, Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { generatePhantom } from './generate.ts';

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new InvalidArgumentError('expected an integer between 1 and 10000');
  return n;
}

export function registerPhantomCommand(program: Command): void {
  program
    .command('phantom')
    .description('Write a synthetic cardiac MR phantom (DICOM files with fake identities, QC defects and truth.json), deterministic from the seed')
    .requiredOption('--subjects <n>', 'number of subjects', positiveInteger)
    .option('--seed <seed>', 'seed: the same seed and options give byte-identical files', '1')
    .requiredOption('--out <dir>', 'output directory')
    .addOption(new Option('--defects <policy>', 'deliberately flawed exams').choices(['some', 'none']).default('some'))
    .action(async (options: { subjects: number; seed: string; out: string; defects: 'some' | 'none' }) => {
      const started = performance.now();
      const bar = process.stderr.isTTY
        ? new cliProgress.SingleBar({ stream: process.stderr, format: 'phantom [{bar}] {value}/{total} instances | {eta_formatted} left' }, cliProgress.Presets.shades_classic)
        : null;
      const result = await generatePhantom({
        ...options,
        onPlanned: (total) => bar?.start(total, 0),
        onProgress: (done) => bar?.update(done),
      });
      bar?.update(result.instances);
      bar?.stop();
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `phantom: ${result.subjects} subjects, ${result.exams} exams, ${result.series} series, ${result.instances} instances ` +
          `(${(result.bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s → ${options.out} (truth.json)`,
      );
    });
}
