import type { ComponentChildren } from 'preact';

/**
 * A list of addresses, each with a Remove button, or a line saying the list
 * is empty (shown once the list has loaded). The Jira panels in options use
 * it for allowed sites and self-hosted hosts; each keeps its own hooks.
 */
export function RemovableList(props: {
  items: readonly string[] | undefined;
  /** `data-handoff-options` of the list, of each Remove button and of the empty line. */
  hooks: { list: string; remove: string; empty: string };
  /** The attribute naming each row's item (`data-site`, `data-origin`). */
  itemAttr: `data-${string}`;
  onRemove(item: string): void;
  empty: ComponentChildren;
}) {
  const { items, hooks, itemAttr, onRemove, empty } = props;
  if (items?.length) {
    return (
      <ul class="jira-hosts" data-handoff-options={hooks.list}>
        {items.map((item) => (
          <li key={item} {...{ [itemAttr]: item }}>
            <code>{item}</code>{' '}
            <button type="button" class="btn btn--ghost" data-handoff-options={hooks.remove} aria-label={`Remove ${item}`} onClick={() => onRemove(item)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    );
  }
  return items ? (
    <p class="muted" data-handoff-options={hooks.empty}>
      {empty}
    </p>
  ) : null;
}
