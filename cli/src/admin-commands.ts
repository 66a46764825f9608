// `corelab admin ...`: accounts, organisations, projects and roles, straight on the database, each
// change on the audit trail under the name of the operating-system user who ran it.
import os from 'node:os';
import type { Command } from 'commander';
import { loadConfig } from '../../server/src/config.ts';
import type { ActionContext } from '../../server/src/access/actor.ts';
import { ORGANISATION_KINDS, PROJECT_PARTS, PROJECT_ROLES, type OrganisationKind, type ProjectPart } from '../../server/src/access/roles.ts';
import { openRuntime, type Runtime } from '../../server/src/platform/runtime.ts';
import { invalid } from '../../server/src/platform/domain-error.ts';
import { readSecret } from './prompt.ts';

const cliContext = (): ActionContext => ({ actor: null, requestId: null, actingRole: `cli:${os.userInfo().username}` });

async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(loadConfig());
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

async function organisationId(runtime: Runtime, nameOrId: string): Promise<string> {
  const row = await runtime.services.db
    .selectFrom('organisation')
    .select('id')
    .where((eb) => eb.or([eb('name', '=', nameOrId), eb(eb.cast('id', 'text'), '=', nameOrId)]))
    .executeTakeFirst();
  if (!row) throw invalid('organisation.not-found', `no organisation is named or numbered "${nameOrId}"`);
  return row.id;
}

async function projectId(runtime: Runtime, codeOrId: string): Promise<string> {
  const row = await runtime.services.db
    .selectFrom('project')
    .select('id')
    .where((eb) => eb.or([eb('code', '=', codeOrId.toUpperCase()), eb(eb.cast('id', 'text'), '=', codeOrId)]))
    .executeTakeFirst();
  if (!row) throw invalid('project.not-found', `no project has the code or id "${codeOrId}"`);
  return row.id;
}

function oneOf<T extends string>(values: readonly T[], what: string) {
  return (value: string): T => {
    if (!(values as readonly string[]).includes(value)) throw new Error(`${what} must be one of: ${values.join(', ')}`);
    return value as T;
  };
}

export function registerAdminCommands(program: Command): void {
  const admin = program.command('admin').description('Administer accounts, organisations, projects and roles (on the configured database)');

  admin
    .command('create-organisation')
    .description('Register an organisation')
    .requiredOption('--name <name>', 'its name')
    .requiredOption('--kind <kind>', `one of ${ORGANISATION_KINDS.join(', ')}`, oneOf(ORGANISATION_KINDS, '--kind'))
    .option('--city <city>', 'its city')
    .action(async (o: { name: string; kind: OrganisationKind; city?: string }) => {
      const created = await withRuntime((r) => r.services.organisations.create(cliContext(), { name: o.name, kind: o.kind, city: o.city ?? null }));
      console.log(`organisation ${created.name} created (${created.id})`);
    });

  admin
    .command('create-user')
    .description('Create an account; the password is read from the terminal, from standard input with --password-stdin, or left unset for OIDC sign-in with --no-password')
    .requiredOption('--username <username>', 'sign-in name (lower case)')
    .requiredOption('--display-name <name>', 'full name as others see it')
    .option('--organisation <name-or-id>', 'organisation the person belongs to')
    .option('--email <email>', 'e-mail address (used to link an OIDC account)')
    .option('--platform-admin', 'make the account a platform administrator', false)
    .option('--password-stdin', 'read the password from standard input', false)
    .option('--no-password', 'no local password (the person signs in through OIDC)')
    .option('--language <fr|en>', 'preferred language', oneOf(['fr', 'en'] as const, '--language'), 'fr')
    .action(async (o: { username: string; displayName: string; organisation?: string; email?: string; platformAdmin: boolean; passwordStdin: boolean; password: boolean; language: 'fr' | 'en' }) => {
      const password = o.password ? await readSecret('Password: ', o.passwordStdin) : null;
      const user = await withRuntime(async (r) =>
        r.services.users.create(cliContext(), {
          username: o.username,
          displayName: o.displayName,
          email: o.email ?? null,
          organisationId: o.organisation ? await organisationId(r, o.organisation) : null,
          password,
          isPlatformAdmin: o.platformAdmin,
          preferredLanguage: o.language,
        }),
      );
      console.log(`account ${user.username} created (${user.id})${user.isPlatformAdmin ? ' as platform administrator' : ''}`);
    });

  admin
    .command('create-project')
    .description('Open a project')
    .requiredOption('--code <code>', 'short code, e.g. CMR-2027')
    .requiredOption('--title <title>', 'full title')
    .option('--description <text>', 'description', '')
    .action(async (o: { code: string; title: string; description: string }) => {
      const project = await withRuntime((r) => r.services.projects.create(cliContext(), o));
      console.log(`project ${project.code} created (${project.id})`);
    });

  admin
    .command('add-party')
    .description('Make an organisation take part in a project as centre, core lab, statistics unit, sponsor or committee')
    .requiredOption('--project <code-or-id>', 'the project')
    .requiredOption('--organisation <name-or-id>', 'the organisation')
    .requiredOption('--part <part>', `one of ${PROJECT_PARTS.join(', ')}`, oneOf(PROJECT_PARTS, '--part'))
    .action(async (o: { project: string; organisation: string; part: ProjectPart }) => {
      await withRuntime(async (r) => r.services.projects.addParty(cliContext(), await projectId(r, o.project), { organisationId: await organisationId(r, o.organisation), part: o.part }));
      console.log(`${o.organisation} takes part in ${o.project} as ${o.part}`);
    });

  admin
    .command('grant')
    .description('Give a person a role in a project (refused, naming the rule, when it breaks separation of duties)')
    .requiredOption('--project <code-or-id>', 'the project')
    .requiredOption('--user <username>', 'the account')
    .requiredOption('--role <role>', `one of ${PROJECT_ROLES.join(', ')}`, oneOf(PROJECT_ROLES, '--role'))
    .option('--reason <text>', 'why (recorded on the audit trail)')
    .action(async (o: { project: string; user: string; role: string; reason?: string }) => {
      const membership = await withRuntime(async (r) => {
        const user = await r.services.users.findByUsername(o.user);
        if (!user) throw invalid('user.not-found', `no account is named "${o.user}"`);
        return r.services.memberships.grant(cliContext(), await projectId(r, o.project), { userId: user.id, role: o.role, reason: o.reason });
      });
      console.log(`${membership.username} is ${membership.role} in ${o.project} for ${membership.organisationName}`);
    });
}
