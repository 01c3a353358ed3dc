import { DeleteAllPanel } from './DeleteAllPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

export function DataView() {
  return (
    <section id="data" class="section" aria-labelledby="data-title">
      <h1 id="data-title">Data</h1>
      <div class="panels">
        <ImportPanel />
        <ExportPanel />
      </div>
      <DeleteAllPanel />
    </section>
  );
}
