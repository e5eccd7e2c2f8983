/** Documents kept per catalog revision; a client cycling through more filters only rebuilds the smaller, filtered ones. */
const DOCUMENTS_MAX = 8;

type Build = (sectors: string[] | undefined, levels: string[] | undefined) => Promise<string>;

const normalized = (values: string[] | undefined) => (values?.length ? [...new Set(values)].sort() : undefined);

/**
 * The public open-data export holds the whole published catalog: built once per catalog revision and filter, then
 * served from memory, so a public request costs a revision lookup rather than a catalog dump. Concurrent requests
 * share one build.
 */
export class OpenDataCache {
  private revision: number | null = null;
  private readonly documents = new Map<string, Promise<string>>();

  constructor(private readonly build: Build) {}

  document(revision: number, sectors: string[] | undefined, levels: string[] | undefined): Promise<string> {
    if (revision !== this.revision) {
      this.revision = revision;
      this.documents.clear();
    }
    const [s, l] = [normalized(sectors), normalized(levels)];
    const key = JSON.stringify([s ?? [], l ?? []]);
    const kept = this.documents.get(key);
    if (kept) {
      this.documents.delete(key);
      this.documents.set(key, kept);
      return kept;
    }
    const built = this.build(s, l);
    built.catch(() => this.documents.get(key) === built && this.documents.delete(key));
    this.documents.set(key, built);
    if (this.documents.size > DOCUMENTS_MAX) this.documents.delete(this.documents.keys().next().value!);
    return built;
  }
}
