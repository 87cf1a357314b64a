/**
 * Where a differential case's expected values come from: a recorded real-AWS response. Cited as
 * data so a unit test can check every case has one. Two kinds:
 * - LocalStack's aws-validated snapshots (`source` is the snapshot file in localstack/localstack,
 *   `key` the pytest id, `entry` the named entry in it). Its transformers replace ids with
 *   `<uuid:1>` and the like, so cases assert the shape of those values and the exact value of the rest.
 * - Public captures (`source` is the URL or `repo path`, `key` what in it is relied on).
 */
export interface Recording {
  source: string;
  key: string;
  entry?: string;
}

const SNAPSHOTS = "localstack/localstack tests/aws/services/apigateway";

function snapshot(file: string): (test: string, entry: string) => Recording {
  return (test, entry) => ({
    source: `${SNAPSHOTS}/test_apigateway_${file}.snapshot.json`,
    key: `tests/aws/services/apigateway/test_apigateway_${file}.py::${test}`,
    entry,
  });
}

/** test_apigateway_lambda: the proxy event as a Python function echoes it, and proxy result validation. */
export const lambdaSnapshot = snapshot("lambda");
/** test_apigateway_integrations: which request headers reach an AWS_PROXY event (REGIONAL endpoint). */
export const integrationsSnapshot = snapshot("integrations");
/** test_apigateway_common: usage plans, API keys, routing, trace ids. */
export const commonSnapshot = snapshot("common");
/** test_apigateway_extended: API key and usage plan key CRUD, validation messages. */
export const extendedSnapshot = snapshot("extended");

export function capture(source: string, key: string): Recording {
  return { source, key };
}

/** `file :: snapshot key :: entry`, or `source :: key` for a capture. */
export function citation(recording: Recording): string {
  return [recording.source, recording.key, recording.entry].filter((part) => part !== undefined).join(" :: ");
}

/** One differential case: what it checks, its recording, and the check (HTTP and the management API only). */
export interface RecordedCase<Context> {
  name: string;
  recording: Recording;
  run(ctx: Context): Promise<void>;
}
