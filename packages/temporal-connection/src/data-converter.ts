import { defaultPayloadConverter, type DataConverter, type LoadedDataConverter } from '@temporalio/common';
import { EncryptionCodec } from './encryption-codec.js';
import { failureConverter, failureConverterPath } from './failure-converter.js';
import type { PayloadKeyring } from './payload-keys.js';

/** A client's data converter: every payload encrypted, failure messages included. */
export function clientDataConverter(keyring: PayloadKeyring): LoadedDataConverter {
  return { payloadConverter: defaultPayloadConverter, failureConverter, payloadCodecs: [new EncryptionCodec(keyring)] };
}

/**
 * The worker's: the same, given by path because its workflows run in a sandbox that loads the
 * failure converter from the bundle (bundle them with `failureConverterPath`).
 */
export function workerDataConverter(keyring: PayloadKeyring): DataConverter {
  return { failureConverterPath, payloadCodecs: [new EncryptionCodec(keyring)] };
}
