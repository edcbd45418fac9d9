// Finds the ZIP entry an asset pointer (`file-service://file-…`, `sediment://file_…`, an attachment
// id) refers to: the export's own name map first, then the id at the start of an entry's name.

export interface BinaryFile {
  /** Path inside the export. */
  readonly path: string;
  /** The name the file had before a 2026 export renamed it to .dat, when the export says. */
  readonly originalName: string | null;
}

const SCHEMES = /^(?:file-service|sediment):\/\//;
const ID_AT_START =
  /^(file-[A-Za-z0-9]+|file_[0-9a-f]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** The bare id in a pointer: scheme and query removed. */
export function pointerId(pointer: string): string {
  const withoutScheme = pointer.replace(SCHEMES, '');
  const query = withoutScheme.search(/[?#]/);
  return (query === -1 ? withoutScheme : withoutScheme.slice(0, query)).trim();
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export class AssetResolver {
  private readonly byKey = new Map<string, string>();

  constructor(files: readonly BinaryFile[]) {
    for (const file of files) {
      const names = [baseName(file.path), file.originalName ? baseName(file.originalName) : null];
      for (const name of names) {
        if (!name) continue;
        this.add(name, file.path);
        this.add(name.replace(/\.[^.]+$/, ''), file.path);
        const id = ID_AT_START.exec(name)?.[1];
        if (id) this.add(id, file.path);
      }
    }
  }

  private add(key: string, path: string): void {
    const lower = key.toLowerCase();
    if (!this.byKey.has(lower)) this.byKey.set(lower, path);
  }

  /** The export path holding the pointer's bytes, or null when the export does not carry them. */
  resolve(pointer: string): string | null {
    const id = pointerId(pointer);
    if (!id) return null;
    return this.byKey.get(id.toLowerCase()) ?? null;
  }
}
