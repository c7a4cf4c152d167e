// Where the demo content pack shipped with Loket lives (the repository's demo/ folder).
import { fileURLToPath } from 'node:url';

/** Absolute path of demo/, the same from src/cli (tsx) and dist/cli (built). */
export const DEMO_PACK_PATH = fileURLToPath(new URL('../../demo', import.meta.url));

/** The register's example entries, published into a new demo database. */
export const REGISTER_EXAMPLES_PATH = fileURLToPath(new URL('../../demo/register/examples.yaml', import.meta.url));
