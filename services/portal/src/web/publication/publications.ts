import type { PublishedVersion } from '@jalon/contracts';
import { PlansRefusal, PlansUnavailable, type PlansClient } from '@jalon/plans-client';
import { plansUnavailable } from '../../plans-reader.js';

export type PublishedKind = PublishedVersion['kind'];
export type PublicationFileName = 'document.pdf' | 'canonical.json';

/** A publication the plans service refused (a version that is not the signed / transmitted one), by its code. */
export class PublicationRefusal extends Error {
  readonly code: string | undefined;
  constructor(code: string | undefined) {
    super(`the plans service refused the publication (${code ?? 'no code'})`);
    this.code = code;
    this.name = 'PublicationRefusal';
  }
}

/**
 * The public page's reads (on the portal's own account: the reader has not signed in) and the
 * publishers' "Publier" (President's office, communicator), made by the plans service in the signed-in person's name.
 */
export class Publications {
  private readonly client: PlansClient;
  constructor(client: PlansClient) {
    this.client = client;
  }

  private async read<T>(call: Promise<T>): Promise<T | undefined> {
    try {
      return await call;
    } catch (error) {
      if (error instanceof PlansRefusal && (error.status === 404 || error.status === 400)) return undefined;
      if (error instanceof PlansUnavailable || error instanceof PlansRefusal) throw plansUnavailable();
      throw error;
    }
  }

  /** The organisation's published versions; undefined when there is no such organisation. */
  list(org: string): Promise<PublishedVersion[] | undefined> {
    return this.read(this.client.listPublications(org));
  }

  async file(kind: PublishedKind, planId: string, number: number, file: PublicationFileName): Promise<Buffer | undefined> {
    const bytes = await this.read(this.client.publicationFile(kind, planId, number, file));
    return bytes && Buffer.from(bytes);
  }

  async publish(personId: string, kind: PublishedKind, planId: string, number: number): Promise<PublishedVersion> {
    try {
      return await this.client.onBehalfOf(personId).publishVersion(kind, planId, number);
    } catch (error) {
      if (error instanceof PlansRefusal && error.status !== undefined && error.status < 500) throw new PublicationRefusal(error.reason);
      if (error instanceof PlansUnavailable || error instanceof PlansRefusal) throw plansUnavailable();
      throw error;
    }
  }
}
