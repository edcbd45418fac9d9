// What a command line says while an archive made by an older Archivist is brought up to date: the
// first start after an update can take a minute on a large archive, and a silent terminal looks hung.

export function sayUpgrade(from: number, to: number): void {
  process.stderr.write(
    `Bringing the archive up to date (format ${from} → ${to}). This happens once; on a large archive it takes a minute or two…\n`,
  );
}
