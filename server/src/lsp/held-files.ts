/** What happened to a file the server looked at; shown to the user once per file. */
export interface FileStatus {
  skipped?: string;
  notices: string[];
}

/**
 * The status of each file the server holds (in the corpus, or skipped with a reason), by URI, and how many
 * it holds under each folder. The watcher reports every deletion in the workspace (a `git gc` deletes
 * thousands of files in .git), and a folder deleted by its URI alone: each deletion of a path the server
 * does not hold asks which files it holds under that path. A scan of every file held for each one made such
 * a batch cost its size times the corpus's; the count answers most of them at once.
 */
export class HeldFiles extends Map<string, FileStatus> {
  /** Files held under each folder, by the folder's URI with its final slash, at any depth. */
  private readonly folders = new Map<string, number>();
  /**
   * How many files are skipped, for the status bar: counted over every status, it cost each status message
   * (ten a second while an edit's articles are republished) a walk of the corpus, a tenth of the server's
   * work over 20 number edits at 100,000 articles.
   */
  skipped = 0;

  // (no entries given: the map's own constructor would set them before the counts exist)
  constructor() {
    super();
  }

  override set(uri: string, status: FileStatus): this {
    const was = this.get(uri);
    if (!was) this.count(uri, 1);
    this.skipped += (status.skipped ? 1 : 0) - (was?.skipped ? 1 : 0);
    return super.set(uri, status);
  }

  override delete(uri: string): boolean {
    const was = this.get(uri);
    if (!was || !super.delete(uri)) return false;
    this.count(uri, -1);
    if (was.skipped) this.skipped--;
    return true;
  }

  override clear(): void {
    super.clear();
    this.folders.clear();
    this.skipped = 0;
  }

  /** The files held under a folder's URI, in the map's order (a file deleted and held again comes last). */
  under(uri: string): string[] {
    const prefix = uri.endsWith('/') ? uri : `${uri}/`;
    if (!this.folders.has(prefix)) return [];
    return [...this.keys()].filter((d) => d.startsWith(prefix));
  }

  private count(uri: string, by: 1 | -1): void {
    // (a URI's own final slash too, as a scan of the URIs by prefix would find it)
    for (let i = uri.indexOf('/'); i >= 0; i = uri.indexOf('/', i + 1)) {
      const folder = uri.slice(0, i + 1);
      const n = (this.folders.get(folder) ?? 0) + by;
      if (n) this.folders.set(folder, n);
      else this.folders.delete(folder);
    }
  }
}
