import type { DealDraft } from '@/lib/options/deal-draft';
import { errorsUnder, type FieldErrors } from '@/lib/forms/field-errors';
import { TextAreaField } from '@/components/kit/fields/TextAreaField';

type LinkKey = 'domains' | 'gmailThreads' | 'jira' | 'asana';

const LINKS: ReadonlyArray<{ key: LinkKey; label: string; placeholder: string; hint: string }> = [
  { key: 'domains', label: 'Customer e-mail domains', placeholder: 'acme.com', hint: 'Gmail threads with people at these domains are linked.' },
  { key: 'gmailThreads', label: 'Gmail thread ids', placeholder: '18c2f0a9b3d4e5f6', hint: 'Linked explicitly; wins over a domain match.' },
  {
    key: 'jira',
    label: 'Jira project or issue keys, with their site',
    placeholder: 'acme.atlassian.net/NW\nacme.atlassian.net/OPS-17',
    hint: 'site/KEY: a project key links all its issues on that site; an issue key wins. A bare key (from an old backup) links nothing until given a site.',
  },
  { key: 'asana', label: 'Asana project or task gids', placeholder: '1208812345678901', hint: 'A task gid wins over a project gid.' },
];

export interface LinksEditorProps {
  draft: Pick<DealDraft, LinkKey>;
  errors: FieldErrors;
  onChange: (patch: Partial<Pick<DealDraft, LinkKey>>) => void;
}

export function LinksEditor({ draft, errors, onChange }: LinksEditorProps) {
  return (
    <fieldset class="group">
      <legend>Links</legend>
      <p class="muted small">One per line.</p>
      <div class="grid grid--2">
        {LINKS.map((l) => (
          <TextAreaField
            key={l.key}
            label={l.label}
            field={`links.${l.key}`}
            value={draft[l.key]}
            rows={3}
            monospace
            placeholder={l.placeholder}
            hint={l.hint}
            errors={errorsUnder(errors, `links.${l.key}`)}
            onValue={(v) => onChange({ [l.key]: v })}
          />
        ))}
      </div>
    </fieldset>
  );
}
