// The import defaults: outlet (suggesting known outlets), fallback date, and a story to file the articles under.
import type { Outlet, Story } from '../../../shared/domain/types';
import type { ImportDefaultsInput } from '../lib/import-files';

interface ImportFieldsProps {
  value: ImportDefaultsInput;
  onChange(value: ImportDefaultsInput): void;
  outlets: Outlet[];
  stories: Story[];
}

export function ImportFields({ value, onChange, outlets, stories }: ImportFieldsProps) {
  const set = (key: keyof ImportDefaultsInput) => (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value });
  return (
    <div className="import-fields">
      <label className="field">
        <span className="field-label">Outlet</span>
        <input className="input" list="import-outlets" placeholder="detect from file" value={value.outlet ?? ''} onChange={set('outlet')} autoComplete="off" />
        <datalist id="import-outlets">
          {outlets.map((o) => (
            <option key={o.id} value={o.name} />
          ))}
        </datalist>
      </label>
      <label className="field">
        <span className="field-label">Date</span>
        <input className="input" type="date" value={value.date ?? ''} onChange={set('date')} title="Used when a file has no date (YYYY-MM-DD)" />
      </label>
      <label className="field">
        <span className="field-label">Story</span>
        <input className="input" list="import-stories" placeholder="none" value={value.story ?? ''} onChange={set('story')} autoComplete="off" />
        <datalist id="import-stories">
          {stories.map((s) => (
            <option key={s.id} value={s.name} />
          ))}
        </datalist>
      </label>
    </div>
  );
}
