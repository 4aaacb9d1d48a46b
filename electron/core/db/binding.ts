// Which build of better-sqlite3's native module to load: Electron sets FRAMEBENCH_SQLITE_BINDING to a build for
// its own ABI; plain Node loads the package's own.
import Database from 'better-sqlite3';

export function bindingOptions(): Database.Options {
  const nativeBinding = process.env.FRAMEBENCH_SQLITE_BINDING;
  return nativeBinding ? { nativeBinding } : {};
}

/** A second, read-only connection to a project file, for work beside the project's own connection. */
export function openReadOnly(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true, ...bindingOptions() });
}
