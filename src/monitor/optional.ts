import { LaunchreadyError } from '../core/errors.js';

/**
 * The monitor's heavier drivers are optional dependencies (`npm install --omit=optional` leaves them out): the
 * PostgreSQL store and the pg-boss scale-out (`pg`, `pg-boss`) and email alerts (`nodemailer`). A feature whose
 * package is missing stops with a clear error naming the config field and the install command, never a stack.
 */
export async function optionalImport<T>(load: () => Promise<T>, packages: string[], feature: string): Promise<T> {
  try {
    return await load();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e?.code === 'ERR_MODULE_NOT_FOUND' && packages.some((p) => String(e.message).includes(`'${p}'`))) {
      throw new LaunchreadyError('E_OPTIONAL_DEPENDENCY', `${feature} needs the optional package${packages.length > 1 ? 's' : ''} ${packages.join(' and ')}, which ${packages.length > 1 ? 'are' : 'is'} not installed: npm install ${packages.join(' ')}`, { cause: err });
    }
    throw err;
  }
}
