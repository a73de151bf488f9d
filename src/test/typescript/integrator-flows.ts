// What an integrator writes against the typescript-fetch client generated from openapi/openapi.yaml. Only compiled
// (tsc strict, in .ci/run): it fails when the contract stops giving the types these flows rely on — typed
// parameters, enums, a merge patch of one field, files for the exports, optional bearer tokens on representatives.
import {
  Configuration,
  DocumentType,
  ExportApi,
  Facet,
  RepresentativesApi,
  ResponseError,
  StandardsApi,
  StandardSort,
  Status,
  SubmissionsApi,
  SyncApi,
  type Standard,
  type StandardInput,
} from '../../../target/generated-clients/typescript';

const basePath = 'http://127.0.0.1:8080';

export async function flows(token: string): Promise<void> {
  const anonymous = new Configuration({ basePath });
  const editor = new Configuration({ basePath, accessToken: token });
  const standards = new StandardsApi(anonymous);

  const page = await standards.listStandards({
    organization: ['ETSI'], status: [Status.Published], sort: StandardSort.Identifier, page: 0, size: 5,
    facets: [Facet.Organization, Facet.Status],
  });
  const first: Standard | undefined = page.items[0];
  const total: number = page.page.totalItems;
  const counts: number[] = (page.facets?.['status'] ?? []).map((facet) => facet.count);

  const found = await standards.listStandards({ q: 'y3800' });
  const looked = await standards.lookupStandard({ organization: 'itu-t', identifier: 'ITU-T Y.3800' });
  const summary: string | undefined = looked.summary;

  const raw = await standards.getStandardRaw({ id: looked.id });
  const etag = raw.raw.headers.get('ETag') ?? '';
  try {
    await standards.getStandard({ id: looked.id, ifNoneMatch: etag });
  } catch (e) {
    if (e instanceof ResponseError && e.response.status === 304) {
      // unchanged: keep the copy
    }
  }

  const writer = new StandardsApi(editor);
  const input: StandardInput = {
    organization: 'TTA', identifier: 'TTAK.QT-0001', title: 'Example', documentType: DocumentType.NationalStandard,
    status: 'published', topics: ['qkdn-key-management'],
  };
  const created = await writer.createStandard({ standardInput: input });
  const patched = await writer.patchStandard({ id: created.id, ifMatch: `"${created.revision}"`, standardPatch: { version: '2.0', summary: null } });
  await new SyncApi(editor).upsertStandard({ organization: 'TTA', identifier: 'TTAK.QT-0002', standardInput: { ...input, identifier: 'TTAK.QT-0002' } });

  let cursor: string | undefined;
  for (;;) {
    const changes = await new SyncApi(anonymous).changesSince({ since: cursor, limit: 1000 });
    cursor = changes.next;
    if (!changes.hasMore) break;
  }

  const report = await new SubmissionsApi(editor).loadSubmission({
    organization: 'TTA', reference: 'LS-1', dryRun: true, standardInput: [input], idempotencyKey: 'retry-1',
  });
  const created_rows: number = report.counts.created;

  const csv: Blob = await new ExportApi(anonymous).exportStandards({ format: 'csv', organization: ['ETSI'] });
  const ndjson: Blob = await new ExportApi(anonymous).exportStandards({ format: 'ndjson' });

  const people = await new RepresentativesApi(editor).listRepresentatives({ organization: 'ETSI', active: 'all' });
  const email: string | undefined = people.items[0]?.email;

  void [first, total, counts, found, summary, patched, report, created_rows, csv, ndjson, email];
}
