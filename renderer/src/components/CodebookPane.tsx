// The codebook in one place: every variable with its rules and nested codes, searchable, with an editor beside it.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Code, Variable } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';
import { plural } from '../lib/format';
import { CodeEditor, type CodePatch } from './CodeEditor';
import { ConfirmDialog } from './ConfirmDialog';
import { errorMessage } from './FormError';
import { Icon } from './Icon';
import { TemplateDialog } from './TemplateDialog';
import { VariableCard } from './VariableCard';
import { VariableEditor, type VariablePatch } from './VariableEditor';

interface CodebookPaneProps {
  version: number;
  onChanged(): void;
  say(text: string, tone?: 'info' | 'error'): void;
  searchRef: Ref<HTMLInputElement>;
}

type Dialog =
  | { kind: 'template' }
  | { kind: 'delete-code'; code: Code; codings: number; children: number }
  | { kind: 'delete-variable'; variable: Variable; codings: number }
  | { kind: 'merge'; source: Code; target: Code };

function matches(text: string, q: string) {
  return text.toLowerCase().includes(q);
}

export function CodebookPane({ version, onChanged, say, searchRef }: CodebookPaneProps) {
  const api = useApi();
  const [variables, setVariables] = useState<Variable[] | null>(null);
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const docRef = useRef<HTMLDivElement>(null);
  const firstField = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const setFirstField = useCallback((el: HTMLInputElement | HTMLTextAreaElement | null) => {
    firstField.current = el;
  }, []);

  useEffect(() => {
    let cancelled = false;
    api.call('codebook.get', { includeArchived: true }).then(
      (list) => !cancelled && setVariables(list),
      (err: unknown) => say(errorMessage(err), 'error'),
    );
    return () => {
      cancelled = true;
    };
  }, [api, version, say]);

  const q = query.trim().toLowerCase();
  const shown = useMemo(() => {
    const out: { variable: Variable; codes: Code[] }[] = [];
    for (const v of variables ?? []) {
      if (v.archived && !showArchived) continue;
      const codes = v.codes.filter((c) => showArchived || !c.archived);
      if (!q) {
        out.push({ variable: v, codes });
        continue;
      }
      const own = [v.name, v.definition, v.inclusion, v.exclusion, v.example].some((t) => matches(t, q));
      const hits = codes.filter((c) => matches(c.label, q) || matches(c.description, q));
      if (own || hits.length) out.push({ variable: v, codes: own ? codes : hits });
    }
    return out;
  }, [variables, q, showArchived]);

  const [kind, idText] = selected?.split(':') ?? [];
  const selId = Number(idText);
  const selVariable = kind === 'variable' ? variables?.find((v) => v.id === selId) : kind === 'code' ? variables?.find((v) => v.codes.some((c) => c.id === selId)) : undefined;
  const selCode = kind === 'code' ? selVariable?.codes.find((c) => c.id === selId) : undefined;

  const run = async <T,>(what: () => Promise<T>, done?: string): Promise<T | undefined> => {
    try {
      const result = await what();
      onChanged();
      if (done) say(done);
      return result;
    } catch (err) {
      say(errorMessage(err), 'error');
      return undefined;
    }
  };

  const updateVariable = (v: Variable, patch: VariablePatch) => run(() => api.call('variables.update', { id: v.id, ...patch }));
  const updateCode = async (c: Code, patch: CodePatch) => {
    const result = await run(() => api.call('codes.update', { id: c.id, ...patch }));
    if (result === undefined) throw new Error('not saved');
  };
  const siblings = (c: Code, v: Variable) => v.codes.filter((x) => x.parentId === c.parentId);

  const moveCode = (c: Code, v: Variable, dir: 1 | -1) => {
    const list = siblings(c, v);
    const at = list.findIndex((x) => x.id === c.id);
    const to = at + dir;
    if (to < 0 || to >= list.length) return;
    void run(() => api.call('codes.move', { id: c.id, parentId: c.parentId, position: to }));
  };
  const moveVariable = (v: Variable, dir: 1 | -1) => {
    const list = variables ?? [];
    const at = list.findIndex((x) => x.id === v.id);
    const to = at + dir;
    if (to < 0 || to >= list.length) return;
    void run(() => api.call('variables.move', { id: v.id, position: to }));
  };
  const nestCode = (c: Code, v: Variable, parentId: number | null) => {
    const position = v.codes.filter((x) => x.parentId === parentId && x.id !== c.id).length;
    void run(() => api.call('codes.move', { id: c.id, parentId, position }));
  };

  const deleteCode = async (c: Code) => {
    try {
      const usage = await api.call('codes.usage', { id: c.id });
      if (usage.codings > 0 || usage.children > 0) {
        setDialog({ kind: 'delete-code', code: c, codings: usage.codings, children: usage.children });
        return;
      }
      await api.call('codes.delete', { id: c.id });
      setSelected(`variable:${c.variableId}`);
      onChanged();
      say(`Deleted code “${c.label}”. Ctrl+Z brings it back.`);
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };
  const deleteVariable = async (v: Variable) => {
    const codings = v.codes.reduce((n, c) => n + c.usage, 0);
    if (codings > 0) {
      setDialog({ kind: 'delete-variable', variable: v, codings });
      return;
    }
    const done = await run(() => api.call('variables.delete', { id: v.id }), `Deleted variable “${v.name}”. Ctrl+Z brings it back.`);
    if (done) setSelected(null);
  };

  const addVariable = async () => {
    const created = await run(() => api.call('variables.create', { name: `New variable ${(variables?.length ?? 0) + 1}`, unit: 'span', level: 'nominal', kind: 'category' }));
    if (created) {
      setSelected(`variable:${created.id}`);
      requestAnimationFrame(() => {
        firstField.current?.focus();
        if (firstField.current instanceof HTMLInputElement) firstField.current.select();
      });
    }
  };

  // Keep the selected item in view when rules open up around it.
  useLayoutEffect(() => {
    if (selected) docRef.current?.querySelector(`[data-cb-item="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected, variables]);

  const focusItem = (key: string) => docRef.current?.querySelector<HTMLElement>(`[data-cb-item="${key}"]`)?.focus();

  const onDocKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const key = target.dataset.cbItem;
    if (!key || e.ctrlKey || e.metaKey) return;
    const items = [...(docRef.current?.querySelectorAll<HTMLElement>('[data-cb-item]') ?? [])];
    const at = items.indexOf(target);
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      const dir = e.key === 'ArrowUp' ? -1 : 1;
      if (selCode && selVariable) moveCode(selCode, selVariable, dir);
      else if (selVariable) moveVariable(selVariable, dir);
      requestAnimationFrame(() => focusItem(key));
    } else if (e.altKey) return;
    else if (e.key === 'ArrowDown' || e.key === 'j') items[Math.min(items.length - 1, at + 1)]?.focus();
    else if (e.key === 'ArrowUp' || e.key === 'k') items[Math.max(0, at - 1)]?.focus();
    else if (e.key === 'Home') items[0]?.focus();
    else if (e.key === 'End') items[items.length - 1]?.focus();
    else if (e.key === 'Enter' || e.key === 'F2') firstField.current?.focus();
    else if (e.key === 'Delete') {
      if (selCode) void deleteCode(selCode);
      else if (selVariable) void deleteVariable(selVariable);
    } else return;
    e.preventDefault();
  };

  const totalCodes = (variables ?? []).reduce((n, v) => n + v.codes.filter((c) => !c.archived).length, 0);

  return (
    <div className="codebook-pane">
      <div className="cb-toolbar">
        <div className="search-box cb-search">
          <Icon name="search" className="search-icon" />
          <input
            ref={searchRef}
            type="search"
            aria-label="Search codebook"
            placeholder="Search variables and codes"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setQuery('');
              else if (e.key === 'ArrowDown' || e.key === 'Enter') docRef.current?.querySelector<HTMLElement>('[data-cb-item]')?.focus();
              else return;
              e.preventDefault();
            }}
          />
        </div>
        <label className="check-row inline">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          <span>Show archived</span>
        </label>
        <span className="cb-count">
          {plural(variables?.filter((v) => !v.archived).length ?? 0, 'variable')} · {plural(totalCodes, 'code')}
        </span>
        <button type="button" className="button" onClick={() => setDialog({ kind: 'template' })}>
          <Icon name="book" />
          Load template…
        </button>
        <button type="button" className="button button-primary" onClick={() => void addVariable()}>
          <Icon name="plus" />
          New variable
        </button>
      </div>
      <div className="cb-body">
        <nav className="cb-outline" aria-label="Variables">
          {(variables ?? [])
            .filter((v) => showArchived || !v.archived)
            .map((v) => (
              <button
                key={v.id}
                type="button"
                className={`cb-outline-item${selVariable?.id === v.id ? ' is-current' : ''}`}
                tabIndex={-1}
                onClick={() => {
                  setSelected(`variable:${v.id}`);
                  requestAnimationFrame(() => docRef.current?.querySelector(`[data-cb-item="variable:${v.id}"]`)?.scrollIntoView({ block: 'start' }));
                }}
              >
                <span className="cb-outline-name">{v.name}</span>
                <span className="cb-outline-meta">{v.unit === 'span' ? 'span' : 'article'} · {v.codes.filter((c) => !c.archived).length}</span>
              </button>
            ))}
        </nav>
        <div className="cb-doc" ref={docRef} role="tree" aria-label="Codebook" onKeyDown={onDocKey} data-testid="codebook">
          {variables && variables.length === 0 && (
            <div className="cb-empty">
              <p className="empty-title">The codebook is empty</p>
              <p>Start from a published scheme, or add your own variables.</p>
              <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'template' })}>
                Load a template…
              </button>
            </div>
          )}
          {variables && variables.length > 0 && shown.length === 0 && <p className="cb-none">Nothing in the codebook matches “{query}”.</p>}
          {shown.map(({ variable, codes }) => (
            <VariableCard key={variable.id} variable={variable} codes={codes} selected={selected} onSelect={setSelected} />
          ))}
        </div>
        <aside className="cb-editor" aria-label="Editor">
          {selCode && selVariable ? (
            <CodeEditor
              key={selCode.id}
              code={selCode}
              variable={selVariable}
              firstFieldRef={setFirstField}
              onUpdate={(patch) => updateCode(selCode, patch)}
              onNest={(parentId) => nestCode(selCode, selVariable, parentId)}
              onMove={(dir) => moveCode(selCode, selVariable, dir)}
              onMerge={(targetId) => {
                const target = selVariable.codes.find((c) => c.id === targetId);
                if (target) setDialog({ kind: 'merge', source: selCode, target });
              }}
              onDelete={() => void deleteCode(selCode)}
              onAddChild={(label) => run(() => api.call('codes.create', { variableId: selVariable.id, parentId: selCode.id, label }))}
            />
          ) : selVariable ? (
            <VariableEditor
              key={selVariable.id}
              variable={selVariable}
              firstFieldRef={setFirstField}
              onUpdate={(patch) => updateVariable(selVariable, patch)}
              onAddCode={(label) => run(() => api.call('codes.create', { variableId: selVariable.id, parentId: null, label }))}
              onMove={(dir) => moveVariable(selVariable, dir)}
              onDelete={() => void deleteVariable(selVariable)}
            />
          ) : (
            <div className="cb-editor-empty">
              <p className="empty-title">Select a variable or a code</p>
              <p>
                <kbd>↑</kbd> <kbd>↓</kbd> move, <kbd>Enter</kbd> edits, <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> reorders, <kbd>Del</kbd> deletes. Every change can be undone with <kbd>Ctrl</kbd>+<kbd>Z</kbd>.
              </p>
            </div>
          )}
        </aside>
      </div>

      {dialog?.kind === 'template' && (
        <TemplateDialog
          onClose={() => setDialog(null)}
          onLoaded={(t, added) => {
            setDialog(null);
            onChanged();
            say(added ? `Loaded ${t.name}: ${plural(added, 'variable')} added.` : `${t.name} was already loaded; nothing new to add.`);
          }}
        />
      )}
      {dialog?.kind === 'delete-code' && (
        <ConfirmDialog
          title="Delete code"
          confirmLabel={dialog.codings ? `Delete code and ${plural(dialog.codings, 'coding')}` : 'Delete code'}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await api.call('codes.delete', { id: dialog.code.id, force: true });
            setDialog(null);
            setSelected(`variable:${dialog.code.variableId}`);
            onChanged();
            say(`Deleted code “${dialog.code.label}”. Ctrl+Z brings it back.`);
          }}
        >
          <p data-testid="delete-code-message">
            “<strong>{dialog.code.label}</strong>” is used by {plural(dialog.codings, 'coding')}
            {dialog.children ? ` and has ${plural(dialog.children, 'nested code')}` : ''}. Deleting it removes {dialog.codings === 1 ? 'that coding' : 'those codings'} too. Merging it
            into another code keeps them.
          </p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'delete-variable' && (
        <ConfirmDialog
          title="Delete variable"
          confirmLabel={`Delete variable and ${plural(dialog.codings, 'coding')}`}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await api.call('variables.delete', { id: dialog.variable.id, force: true });
            setDialog(null);
            setSelected(null);
            onChanged();
            say(`Deleted variable “${dialog.variable.name}”. Ctrl+Z brings it back.`);
          }}
        >
          <p>
            “<strong>{dialog.variable.name}</strong>” is used by {plural(dialog.codings, 'coding')}. Deleting it removes them too; archiving keeps them and hides the variable from coding.
          </p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'merge' && (
        <ConfirmDialog
          title="Merge codes"
          confirmLabel="Merge"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await api.call('codes.merge', { sourceId: dialog.source.id, targetId: dialog.target.id });
            setDialog(null);
            setSelected(`code:${dialog.target.id}`);
            onChanged();
            say(`Merged “${dialog.source.label}” into “${dialog.target.label}”.`);
          }}
        >
          <p>
            Merge “<strong>{dialog.source.label}</strong>” into “<strong>{dialog.target.label}</strong>”? Its {plural(dialog.source.usage, 'coding')} and nested codes move to “
            {dialog.target.label}”, and “{dialog.source.label}” is removed.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
