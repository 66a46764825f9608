// Corelab as a peer sees it: a platform listening on a loopback port, a project with consenting
// subjects of CHU Nord, and an API token of that centre's data manager for DICOMweb.
import { createTestPlatform, signIn, type TestPlatform } from '../../server/test/support/test-platform.ts';
import { parseMultipart, stowBody } from '../../server/test/imaging-fixtures.ts';

type DicomJson = Record<string, { vr: string; Value?: unknown[] }>;

export interface ListeningCorelab {
  platform: TestPlatform;
  /** http://127.0.0.1:PORT */
  url: string;
  projectId: string;
  /** The project's DICOMweb root, without a trailing slash. */
  dicomweb: string;
  token: string;
  authorization: Record<string, string>;
  registerSubjects(codes: string[]): Promise<void>;
  /** STOW-RS of the given Part 10 files in one request: HTTP status and response dataset. Aborted after timeoutMs. */
  stow(files: Buffer[], timeoutMs?: number): Promise<{ status: number; body: DicomJson }>;
  /** WADO-RS of a study, series or instance path (after /studies/): each returned part. Aborted after timeoutMs. */
  retrieve(resource: string, timeoutMs?: number): Promise<Buffer[]>;
  close(): Promise<void>;
}

export async function startCorelab(dataDir: string): Promise<ListeningCorelab> {
  const platform = await createTestPlatform({ env: { CORELAB_DATA_DIR: dataDir, CORELAB_LOGIN_RATE_PER_MINUTE: '1000' } });
  const projectId = platform.demo!.projectId;
  await platform.app.listen({ host: '127.0.0.1', port: 0 });
  const address = platform.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no loopback address');
  const url = `http://127.0.0.1:${address.port}`;
  const dm = await signIn(platform.app, 'datamanager');
  const issued = await platform.app.inject({
    method: 'POST',
    url: '/api/auth/tokens',
    headers: dm.headers,
    payload: { name: 'dicomweb peer', scopes: ['imaging:read', 'imaging:write'], projectId, expiresInDays: 1 },
  });
  if (issued.statusCode !== 201) throw new Error(`token not issued: ${issued.body}`);
  const token = (issued.json() as { token: string }).token;
  const north = (await platform.services.db.selectFrom('organisation').select('id').where('name', 'like', 'CHU Nord%').executeTakeFirstOrThrow()).id;
  return {
    platform,
    url,
    projectId,
    dicomweb: `${url}/dicomweb/projects/${projectId}`,
    token,
    authorization: { authorization: `Bearer ${token}` },
    async registerSubjects(codes) {
      for (const code of codes) {
        const r = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code, centreId: north, consentStatus: 'consented' } });
        if (r.statusCode !== 201) throw new Error(`subject ${code} not registered: ${r.statusCode} ${r.body}`);
      }
    },
    async stow(files, timeoutMs = 120_000) {
      const { body, contentType } = stowBody(files);
      const r = await fetch(`${url}/dicomweb/projects/${projectId}/studies`, { method: 'POST', signal: AbortSignal.timeout(timeoutMs), headers: { authorization: `Bearer ${token}`, 'content-type': contentType, accept: 'application/dicom+json' }, body: new Uint8Array(body) });
      const text = await r.text();
      return { status: r.status, body: (text ? JSON.parse(text) : {}) as DicomJson };
    },
    async retrieve(resource, timeoutMs = 120_000) {
      const r = await fetch(`${url}/dicomweb/projects/${projectId}/studies/${resource}`, { signal: AbortSignal.timeout(timeoutMs), headers: { authorization: `Bearer ${token}`, accept: 'multipart/related; type="application/dicom"; transfer-syntax=*' } });
      if (r.status !== 200) throw new Error(`WADO-RS ${resource}: ${r.status} ${await r.text()}`);
      return parseMultipart(Buffer.from(await r.arrayBuffer()), r.headers.get('content-type')!).map((p) => p.body);
    },
    close: () => platform.close(),
  };
}
