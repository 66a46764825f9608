// `corelab audit verify` and `corelab audit checkpoint`.
import type { Command } from 'commander';
import { loadConfig } from '../../server/src/config.ts';
import { openRuntime } from '../../server/src/platform/runtime.ts';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The tamper-evident audit trail');

  audit
    .command('verify')
    .description('Walk the whole hash chain and check every signed checkpoint; exit 0 only when the chain holds')
    .option('--json', 'print the report as JSON', false)
    .action(async (o: { json: boolean }) => {
      const runtime = await openRuntime(loadConfig());
      let ok = false;
      try {
        const report = await runtime.services.audit.verify();
        ok = report.ok;
        if (o.json) console.log(JSON.stringify(report, null, 2));
        else if (report.ok) {
          console.log(`audit trail holds: ${report.checkedEvents} events, head #${report.head.seq} ${report.head.hash}`);
          console.log(`  ${report.checkpointsChecked} signed checkpoint(s) verified${report.latestCheckpoint ? `, latest #${report.latestCheckpoint.seq} at ${report.latestCheckpoint.signedAt}` : ''}`);
          console.log(`  ${report.eventsPerSecond} events/s in ${report.durationMs} ms`);
        } else {
          console.error(`audit trail BROKEN at event #${report.firstBreak!.seq} (${report.firstBreak!.problem}): ${report.firstBreak!.message}`);
          console.error(`  ${report.checkedEvents} events read`);
        }
      } finally {
        await runtime.close();
      }
      process.exitCode = ok ? 0 : 3;
    });

  audit
    .command('checkpoint')
    .description("Sign the current head of the chain with the platform's Ed25519 key")
    .requiredOption('--reason <text>', 'why (recorded on the audit trail)')
    .action(async (o: { reason: string }) => {
      const runtime = await openRuntime(loadConfig());
      try {
        const c = await runtime.services.audit.signCheckpoint({ actor: null, requestId: null, actingRole: 'cli' }, o.reason);
        console.log(`checkpoint #${c.seq} signed with ${c.keyId}: ${c.hash}`);
      } finally {
        await runtime.close();
      }
    });
}
