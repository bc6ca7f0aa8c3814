// geo/agreements.json, fetched once when first needed (an agreement panel, a zone's agreements, the timeline).
// One shared instance, imported only by components that load after the first view, so the first load
// carries none of it.
import AGREEMENTS_URL from '../../geo/agreements.json?url&no-inline';
import type { Agreement, AgreementsFile } from '../lib/agreements/schema.ts';
import { once } from '../lib/once.ts';
import { fetchJson, messageOf, type Resource } from './fetch-json.ts';

export class AgreementsState {
  file = $state.raw<Resource<AgreementsFile>>({ kind: 'loading' });
  readonly #url: string;
  readonly #load: () => Promise<void>;

  constructor(url: string) {
    this.#url = url;
    this.#load = once(async () => {
      try {
        // The schema comes with the fetch, so the first load carries neither.
        const { AgreementsFile: schema } = await import('../lib/agreements/schema.ts');
        this.file = { kind: 'ready', value: await fetchJson(this.#url, schema) };
      } catch (error) {
        this.file = { kind: 'error', message: messageOf(error) };
        throw error; // once() forgets a failure, so a later ensure() tries again
      }
    });
  }

  /** Start the fetch (once); later calls return the same promise. */
  ensure(): Promise<void> {
    return this.#load().catch(() => undefined);
  }

  get value(): AgreementsFile | null {
    return this.file.kind === 'ready' ? this.file.value : null;
  }

  byId(id: string): Agreement | undefined {
    return this.value?.agreements.find((a) => a.id === id);
  }
}

let shared: AgreementsState | null = null;

/** The one AgreementsState of the page (made on first use). */
export function useAgreements(): AgreementsState {
  shared ??= new AgreementsState(AGREEMENTS_URL);
  return shared;
}
