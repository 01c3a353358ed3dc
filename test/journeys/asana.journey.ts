import { expect } from 'vitest';
import type { Journey } from './driver';

const WS = '1200000000000001';
export const ASANA_PROJECT = '1208812345678901'; // project linked to the Acme deal in the sample backup
export const ASANA_PILOT = '1208812345679001'; // due Dec 20, after "Pilot dashboard" was promised (Dec 10)
const DUE_DATE = '.TaskPaneFields-dueDateContainer > .TaskDueDateToken > #task_pane_due_date_input .DueDate > span.DueDate-dateSpan';

/** The Asana sidebar on a task, by both URL styles, with the due-date warning. */
export const asanaSidebarJourney: Journey = {
  name: 'Asana: shows the linked deal on a task (old and 2025 URLs) and warns when the task is due after a promise',
  start: { sample: true },
  async run(d) {
    for (const url of [`https://app.asana.com/0/${ASANA_PROJECT}/${ASANA_PILOT}`, `https://app.asana.com/1/${WS}/project/${ASANA_PROJECT}/task/${ASANA_PILOT}`]) {
      const asana = await d.open(url);
      // Inside the sidebar's closed shadow root: the content script's world.
      const view = await asana.view();
      await expect.poll(() => view.text('[data-handoff="sidebar"] >> [data-handoff-field="deal-name"]'), { timeout: 10_000 }).toBe('Acme data platform rollout');
      // The date comes from the due-date token as real Asana builds it (test/fixtures/real/asana-task-pane.html).
      expect(await asana.text(DUE_DATE)).toMatch(/^Dec 20/);
      await expect
        .poll(() => view.texts('[data-handoff="sidebar"] >> [data-handoff-field="alert"]'))
        .toEqual(expect.arrayContaining([expect.stringContaining('10 days after “Pilot dashboard” was promised')]));
      await asana.close();
    }
  },
};
