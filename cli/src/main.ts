// `corelab`: the command line of the platform. Server-side commands (serve, demo, admin, audit)
// work on the configured database; see --help on each command.
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../../server/src/config.ts';
import { DataDirLockedError } from '../../server/src/platform/data-dir-lock.ts';
import { DomainError } from '../../server/src/platform/domain-error.ts';
import { registerAdminCommands } from './admin-commands.ts';
import { registerAgreementCommand } from './agreement/command.ts';
import { registerAuditCommands } from './audit-commands.ts';
import { registerPhantomCommand } from './phantom/command.ts';
import { registerServeCommands } from './serve-commands.ts';
import { registerUploadCommand } from './upload/command.ts';

const program = new Command()
  .name('corelab')
  .description('Corelab — multi-centre imaging core lab platform')
  .version('0.1.0')
  .showHelpAfterError()
  .addHelpText(
    'after',
    '\nConfiguration comes from environment variables (PORT, HOST, CORELAB_DATA_DIR, DATABASE_URL, ...); see the README.',
  );

registerServeCommands(program);
registerAdminCommands(program);
registerAuditCommands(program);
registerPhantomCommand(program);
registerUploadCommand(program);
registerAgreementCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  if (error instanceof ConfigError) {
    console.error(`corelab: configuration error: ${error.message}`);
    process.exit(2);
  }
  if (error instanceof DomainError) {
    console.error(`corelab: refused (${error.code}): ${error.message}`);
    process.exit(1);
  }
  if (error instanceof DataDirLockedError) {
    console.error(`corelab: ${error.message}`);
    process.exit(1);
  }
  console.error(`corelab: ${(error as Error).message}`);
  process.exit(1);
}
