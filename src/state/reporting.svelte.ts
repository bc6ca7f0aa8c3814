// data/agreement-excerpts.json (which excerpts report on each agreement, and the pages holding them),
// fetched once when an agreement panel first opens, and the pages an agreement needs. Imported only by
// the agreement panel's chunk.
import { AgreementUses, type AgreementUse } from '../lib/time-schema.ts';
import { pagePath } from '../lib/coverage/pages.ts';
import { entriesReporting, type ReportingGroup } from '../lib/coverage/reporting.ts';
import type { ZoneCoveragePage } from '../lib/schema.ts';
import { once } from '../lib/once.ts';
import type { CoverageState } from './coverage.svelte.ts';
import { fetchJson, messageOf, type Resource } from './fetch-json.ts';

export class ReportingState {
  uses = $state.raw<Resource<ReadonlyMap<string, AgreementUse>>>({ kind: 'loading' });
  readonly #coverage: CoverageState;
  readonly #load: () => Promise<void>;

  constructor(coverage: CoverageState) {
    this.#coverage = coverage;
    this.#load = once(async () => {
      try {
        const list = await fetchJson(coverage.url('agreement-excerpts.json'), AgreementUses);
        // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built once and replaced whole, never changed in place
        this.uses = { kind: 'ready', value: new Map(list.map((u) => [u.agreement, u])) };
      } catch (error) {
        this.uses = { kind: 'error', message: messageOf(error) };
      }
    });
  }

  /** Fetch the list (once) and the pages holding the agreement's excerpts. */
  async ensure(agreementId: string): Promise<void> {
    await this.#load();
    const use = this.uses.kind === 'ready' ? this.uses.value.get(agreementId) : undefined;
    if (use) await Promise.all(use.pages.map((p) => this.#coverage.ensurePage(p.zone, p.page)));
  }

  /** How many excerpts report on the agreement (0 before the list arrives). */
  count(agreementId: string): number {
    return this.uses.kind === 'ready' ? (this.uses.value.get(agreementId)?.excerpt_ids.length ?? 0) : 0;
  }

  /** The excerpts on the agreement from its pages loaded so far, by zone, and the first failure. */
  groups(agreementId: string): { groups: ReportingGroup[]; status: 'loading' | 'ready' | 'error'; error: string } {
    if (this.uses.kind !== 'ready') return { groups: [], status: this.uses.kind, error: this.uses.kind === 'error' ? this.uses.message : '' };
    const use = this.uses.value.get(agreementId);
    const pages: ZoneCoveragePage[] = [];
    let error = '';
    let waiting = false;
    for (const ref of use?.pages ?? []) {
      const res = this.#coverage.pages[pagePath(ref.zone, ref.page)];
      if (res?.kind === 'ready') pages.push(res.value);
      else if (res?.kind === 'error') error ||= res.message;
      else waiting = true;
    }
    const groups = entriesReporting(agreementId, pages);
    return { groups, status: error && groups.length === 0 ? 'error' : waiting && groups.length === 0 ? 'loading' : 'ready', error };
  }
}

let shared: ReportingState | null = null;

/** The page's one ReportingState (made on first use). */
export function useReporting(coverage: CoverageState): ReportingState {
  shared ??= new ReportingState(coverage);
  return shared;
}
