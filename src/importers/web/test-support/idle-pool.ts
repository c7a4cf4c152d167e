// Run as a process by extraction-pool.test.ts: extracts one page and leaves its pool open; the process must still end.
import { createExtractionPool } from '../index.js';

const pool = createExtractionPool();
const result = await pool.extract('<main><h1>Bibliotheek</h1><p>De bib is open op woensdag.</p></main>', 'https://www.leiebeek.be/bib');
process.stdout.write(JSON.stringify(result));
